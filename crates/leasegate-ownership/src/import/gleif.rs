//! GLEIF API responses (JSON:API): `lei-records` become entities (id = LEI,
//! check digits validated) and level-2 `relationship-records` become
//! ownership edges parent -> child.
//!
//! GLEIF relationships carry no percentage. A consolidating parent holds a
//! majority (IFRS 10 / US GAAP control via > 50%), so the share is the range
//! (50, 100]: minimum 50.00001 (one unit above 50, since the bound is
//! exclusive), maximum 100. A listed consolidating parent therefore covers
//! its subsidiary at the default threshold. Ultimate-parent records stand
//! for a chain of majority stakes, each of which is covered in turn when the
//! top is listed, so they get the same share. Inactive relationships are
//! skipped with a warning; endpoints not described by a lei-record in the
//! same input are added as entities named by their LEI.

use super::pct_exclusive_min;
use crate::ident::Identifier;
use crate::model::{Dataset, Diagnostic, Entity, OwnershipEdge, Share};
use leasegate_core::{CountryCode, Percent};
use serde_json::Value;

pub fn looks_like(v: &Value) -> bool {
    let first = match v.get("data") {
        Some(Value::Array(a)) => a.first(),
        Some(d) => Some(d),
        None => None,
    };
    first
        .and_then(|d| d.get("type"))
        .and_then(Value::as_str)
        .is_some_and(|t| t.ends_with("-records"))
        || v.get("data")
            .is_some_and(|d| d.as_array().is_some_and(|a| a.is_empty()))
}

pub fn parse(name: &str, v: &Value, out: &mut Dataset, diags: &mut Vec<Diagnostic>) {
    let records: Vec<&Value> = match v.get("data") {
        Some(Value::Array(a)) => a.iter().collect(),
        Some(d) => vec![d],
        None => Vec::new(),
    };
    let majority = Share::range(
        pct_exclusive_min(&Value::from(50)).unwrap_or(Percent::ZERO),
        Percent::HUNDRED,
    )
    .unwrap_or(Share::UNKNOWN);
    let mut seen_leis: Vec<String> = Vec::new();
    for (i, r) in records.iter().enumerate() {
        let loc = format!("{name}:record {}", i + 1);
        let a = r.get("attributes").unwrap_or(&Value::Null);
        match r.get("type").and_then(Value::as_str).unwrap_or("") {
            "lei-records" => {
                let lei = a.get("lei").and_then(Value::as_str).unwrap_or("");
                let ent = a.get("entity").unwrap_or(&Value::Null);
                let mut e = Entity {
                    id: lei.to_string(),
                    name: ent
                        .pointer("/legalName/name")
                        .and_then(Value::as_str)
                        .unwrap_or("")
                        .to_string(),
                    ..Default::default()
                };
                e.aliases = ent
                    .get("otherNames")
                    .and_then(Value::as_array)
                    .map(|a| {
                        a.iter()
                            .filter_map(|n| n.get("name").and_then(Value::as_str))
                            .map(str::to_string)
                            .collect()
                    })
                    .unwrap_or_default();
                if let Some(c) = ent.pointer("/legalAddress/country").and_then(Value::as_str) {
                    match CountryCode::parse(c) {
                        Ok(cc) => e.country = Some(cc.as_str().to_string()),
                        Err(err) => diags.push(Diagnostic::warning(
                            "invalid_country",
                            &loc,
                            format!("{err}; country left empty"),
                        )),
                    }
                }
                match Identifier::lei(lei) {
                    Ok(id) => e.identifiers.push(id),
                    Err(err) => diags.push(Diagnostic::warning(
                        "invalid_lei",
                        &loc,
                        format!("{err}; kept as a plain id"),
                    )),
                }
                if !lei.is_empty() {
                    seen_leis.push(lei.to_string());
                    out.entities.push(e);
                }
            }
            "relationship-records" => {
                let rel = a.get("relationship").unwrap_or(&Value::Null);
                let child = rel
                    .pointer("/startNode/id")
                    .and_then(Value::as_str)
                    .unwrap_or("");
                let parent = rel
                    .pointer("/endNode/id")
                    .and_then(Value::as_str)
                    .unwrap_or("");
                let ty = rel.get("type").and_then(Value::as_str).unwrap_or("");
                let status = rel.get("status").and_then(Value::as_str).unwrap_or("");
                if child.is_empty() || parent.is_empty() {
                    diags.push(Diagnostic::error(
                        "malformed_record",
                        loc,
                        "relationship without start or end node; not used",
                    ));
                    continue;
                }
                if !ty.ends_with("CONSOLIDATED_BY") {
                    diags.push(Diagnostic::warning(
                        "unsupported_relationship",
                        loc,
                        format!("relationship type {ty:?} is not ownership; not used"),
                    ));
                    continue;
                }
                if status != "ACTIVE" {
                    diags.push(Diagnostic::warning(
                        "inactive_relationship",
                        loc,
                        format!("{parent} -> {child} has status {status:?}; not used"),
                    ));
                    continue;
                }
                for id in [child, parent] {
                    if !seen_leis.iter().any(|s| s == id) {
                        seen_leis.push(id.to_string());
                        let mut e = Entity {
                            id: id.to_string(),
                            name: String::new(),
                            ..Default::default()
                        };
                        if let Ok(l) = Identifier::lei(id) {
                            e.identifiers.push(l);
                        }
                        out.entities.push(e);
                    }
                }
                let as_of = rel
                    .get("periods")
                    .and_then(Value::as_array)
                    .and_then(|p| {
                        p.iter().find(|x| {
                            x.get("type").and_then(Value::as_str) == Some("RELATIONSHIP_PERIOD")
                        })
                    })
                    .and_then(|p| p.get("startDate"))
                    .and_then(Value::as_str)
                    .map(|s| s.chars().take(10).collect());
                out.ownership.push(OwnershipEdge {
                    owner: parent.to_string(),
                    owned: child.to_string(),
                    share: majority,
                    source: Some(format!("{loc} (GLEIF {ty})")),
                    as_of,
                });
            }
            other => diags.push(Diagnostic::warning(
                "unsupported_record",
                loc,
                format!("GLEIF record type {other:?} not used"),
            )),
        }
    }
}
