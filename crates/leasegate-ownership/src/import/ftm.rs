//! FollowTheMoney entities as JSON lines (`{"id","schema","properties"}`).
//! `Ownership` (owner, asset, percentage, startDate) becomes an ownership
//! edge; `Directorship` (director, organization, role) a director or officer
//! link; Person / Company / Organization / LegalEntity / PublicBody become
//! entities. A percentage may be a number, `a-b` range or missing (unknown);
//! anything else is an error for that record.

use super::pct_value;
use crate::ident::Identifier;
use crate::import::csv::parse_share;
use crate::model::{
    ControlEdge, ControlRole, Dataset, Diagnostic, Entity, OwnershipEdge, Schema, Share,
};
use leasegate_core::CountryCode;
use serde_json::Value;

pub fn looks_like(v: &Value) -> bool {
    v.get("schema").and_then(Value::as_str).is_some() && v.get("properties").is_some()
}

fn props<'a>(v: &'a Value, key: &str) -> Vec<&'a str> {
    v.get("properties")
        .and_then(|p| p.get(key))
        .and_then(Value::as_array)
        .map(|a| a.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default()
}

pub fn parse_line(loc: &str, v: &Value, out: &mut Dataset, diags: &mut Vec<Diagnostic>) {
    let id = v
        .get("id")
        .and_then(Value::as_str)
        .unwrap_or("")
        .to_string();
    let schema = v.get("schema").and_then(Value::as_str).unwrap_or("");
    let first = |k: &str| props(v, k).first().map(|s| s.to_string());
    match schema {
        "Ownership" => {
            let (Some(owner), Some(asset)) = (first("owner"), first("asset")) else {
                diags.push(Diagnostic::error(
                    "malformed_record",
                    loc,
                    "Ownership without owner or asset; not used",
                ));
                return;
            };
            let share = match first("percentage") {
                None => Share::UNKNOWN,
                Some(p) => {
                    let p = p.trim().trim_end_matches('%').to_string();
                    let parsed = match p.split_once('-') {
                        Some((a, b)) if !a.trim().is_empty() => parse_share(a.trim(), b.trim()),
                        _ => pct_value(&Value::String(p.clone()))
                            .map(Share::exact)
                            .ok_or_else(|| format!("percentage {p:?} is not a number in [0, 100]")),
                    };
                    match parsed {
                        Ok(s) => s,
                        Err(m) => {
                            diags.push(Diagnostic::error(
                                "invalid_share",
                                loc,
                                format!("{m}; record not used"),
                            ));
                            return;
                        }
                    }
                }
            };
            out.ownership.push(OwnershipEdge {
                owner,
                owned: asset,
                share,
                source: Some(format!("{loc} ({id})")),
                as_of: first("startDate").or_else(|| first("date")),
            });
        }
        "Directorship" => {
            let (Some(d), Some(o)) = (first("director"), first("organization")) else {
                diags.push(Diagnostic::error(
                    "malformed_record",
                    loc,
                    "Directorship without director or organization; not used",
                ));
                return;
            };
            let role_text = first("role").unwrap_or_default().to_ascii_lowercase();
            let role = if role_text.contains("officer")
                || role_text.contains("secretary")
                || role_text.contains("executive")
            {
                ControlRole::Officer
            } else {
                ControlRole::Director
            };
            out.control.push(ControlEdge {
                controller: d,
                controlled: o,
                role,
                source: Some(format!("{loc} ({id})")),
            });
        }
        "Person" | "Company" | "Organization" | "LegalEntity" | "PublicBody" => {
            if id.is_empty() {
                diags.push(Diagnostic::error(
                    "missing_id",
                    loc,
                    "entity without id; not used",
                ));
                return;
            }
            let mut names: Vec<String> = props(v, "name").into_iter().map(str::to_string).collect();
            let mut e = Entity {
                id,
                name: if names.is_empty() {
                    String::new()
                } else {
                    names.remove(0)
                },
                schema: Schema::parse(schema),
                ..Default::default()
            };
            e.aliases = names;
            e.aliases
                .extend(props(v, "alias").into_iter().map(str::to_string));
            if let Some(c) = first("jurisdiction").or_else(|| first("country")) {
                match CountryCode::parse(&c) {
                    Ok(cc) => e.country = Some(cc.as_str().to_string()),
                    Err(err) => diags.push(Diagnostic::warning(
                        "invalid_country",
                        loc,
                        format!("{err}; country left empty"),
                    )),
                }
            }
            for l in props(v, "leiCode") {
                match Identifier::lei(l) {
                    Ok(i) => e.identifiers.push(i),
                    Err(err) => diags.push(Diagnostic::warning(
                        "invalid_lei",
                        loc,
                        format!("{err}; identifier not stored"),
                    )),
                }
            }
            for r in props(v, "registrationNumber") {
                e.identifiers.push(Identifier::company_number(
                    e.country.as_deref().unwrap_or("unknown"),
                    r,
                ));
            }
            out.entities.push(e);
        }
        other => diags.push(Diagnostic::warning(
            "unsupported_schema",
            loc,
            format!("FollowTheMoney schema {other:?} not used"),
        )),
    }
}
