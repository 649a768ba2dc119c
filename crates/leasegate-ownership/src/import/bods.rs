//! Beneficial Ownership Data Standard 0.4: a JSON array (or JSON lines) of
//! statements with `recordType` entity / person / relationship.
//!
//! Mapping decisions:
//! - ids are `recordId`; a later statement for the same record replaces an earlier one;
//! - `shareholding` interests become ownership edges; `exact` is exact,
//!   `minimum`/`maximum` bound the range, exclusive bounds move one unit
//!   (0.00001%) inward, a missing share is unknown;
//! - an `indirect` (or `unknown`) shareholding is not a direct holding, and
//!   counting it in full would multiply-through what the rule does not; it is
//!   kept as [0, max] so it can raise `possibly_covered` but never `covered`
//!   (warning `indirect_interest`);
//! - `boardMember`/`boardChair` become director links, `seniorManagingOfficial`
//!   officer links, every other interest a controlling-person link;
//! - an interest without a `type` may be a stake of undeterminable size and is
//!   kept as an unknown shareholding (warning `untyped_interest`);
//! - an unspecified interested party (`{"reason": ...}`) cannot be an owner:
//!   warning `unspecified_party`.

use super::{pct_exclusive_max, pct_exclusive_min, pct_value};
use crate::ident::Identifier;
use crate::model::{
    ControlEdge, ControlRole, Dataset, Diagnostic, Entity, OwnershipEdge, Schema, Share,
};
use leasegate_core::{CountryCode, Percent};
use serde_json::Value;

pub fn looks_like(v: &Value) -> bool {
    let first = match v {
        Value::Array(a) => a.first(),
        v => Some(v),
    };
    first.is_some_and(|s| s.get("recordType").is_some() && s.get("recordDetails").is_some())
}

pub fn parse(name: &str, statements: &[Value], out: &mut Dataset, diags: &mut Vec<Diagnostic>) {
    let mut entities: Vec<(String, Entity)> = Vec::new();
    let mut rels: Vec<(String, Vec<OwnershipEdge>, Vec<ControlEdge>)> = Vec::new();
    for (i, st) in statements.iter().enumerate() {
        let loc = format!("{name}:statement {}", i + 1);
        let rid = st
            .get("recordId")
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_string();
        let d = st.get("recordDetails").unwrap_or(&Value::Null);
        let Some(kind) = st.get("recordType").and_then(Value::as_str) else {
            diags.push(Diagnostic::error(
                "malformed_statement",
                loc,
                "statement has no recordType; not used",
            ));
            continue;
        };
        if rid.is_empty() {
            diags.push(Diagnostic::error(
                "malformed_statement",
                loc,
                "statement has no recordId; not used",
            ));
            continue;
        }
        match kind {
            "entity" | "person" => {
                let e = entity(&rid, kind, d, &loc, diags);
                match entities.iter_mut().find(|(r, _)| *r == rid) {
                    Some(slot) => slot.1 = e,
                    None => entities.push((rid, e)),
                }
            }
            "relationship" => {
                let (own, ctl) = relationship(&rid, d, &loc, diags);
                match rels.iter_mut().find(|(r, _, _)| *r == rid) {
                    Some(slot) => {
                        slot.1 = own;
                        slot.2 = ctl;
                    }
                    None => rels.push((rid, own, ctl)),
                }
            }
            other => diags.push(Diagnostic::warning(
                "unknown_record_type",
                loc,
                format!("recordType {other:?} not used"),
            )),
        }
    }
    out.entities.extend(entities.into_iter().map(|(_, e)| e));
    for (_, own, ctl) in rels {
        out.ownership.extend(own);
        out.control.extend(ctl);
    }
}

fn entity(rid: &str, kind: &str, d: &Value, loc: &str, diags: &mut Vec<Diagnostic>) -> Entity {
    let s = |v: Option<&Value>| v.and_then(Value::as_str).unwrap_or("").to_string();
    let mut e = Entity {
        id: rid.to_string(),
        ..Default::default()
    };
    if kind == "person" {
        e.schema = Schema::Person;
        let names = d
            .get("names")
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default();
        let mut all: Vec<String> = names
            .iter()
            .map(|n| s(n.get("fullName")))
            .filter(|n| !n.is_empty())
            .collect();
        if !all.is_empty() {
            e.name = all.remove(0);
            e.aliases = all;
        }
        e.country = d
            .get("nationalities")
            .and_then(Value::as_array)
            .and_then(|a| a.first())
            .map(|n| s(n.get("code")))
            .filter(|c| !c.is_empty());
    } else {
        e.name = s(d.get("name"));
        e.aliases = d
            .get("alternateNames")
            .and_then(Value::as_array)
            .map(|a| {
                a.iter()
                    .filter_map(Value::as_str)
                    .map(str::to_string)
                    .collect()
            })
            .unwrap_or_default();
        e.country = Some(s(d.get("jurisdiction").and_then(|j| j.get("code"))))
            .filter(|c| !c.is_empty())
            .or_else(|| {
                d.get("addresses")
                    .and_then(Value::as_array)
                    .and_then(|a| {
                        a.iter().find_map(|ad| {
                            ad.get("country")
                                .and_then(|c| c.get("code"))
                                .and_then(Value::as_str)
                        })
                    })
                    .map(str::to_string)
            });
        for id in d
            .get("identifiers")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            let (scheme, value) = (s(id.get("scheme")), s(id.get("id")));
            if value.is_empty() {
                continue;
            }
            let parsed = if scheme.ends_with("LEI") {
                Identifier::lei(&value).map_err(|e| e.to_string())
            } else if scheme.starts_with("CN-") && value.len() == 18 {
                Identifier::uscc(&value).map_err(|e| e.to_string())
            } else {
                Ok(Identifier::company_number(
                    if scheme.is_empty() {
                        "unknown"
                    } else {
                        &scheme
                    },
                    &value,
                ))
            };
            match parsed {
                Ok(i) => e.identifiers.push(i),
                Err(m) => diags.push(Diagnostic::warning(
                    "invalid_identifier",
                    loc,
                    format!("{m}; identifier not stored"),
                )),
            }
        }
    }
    // Jurisdiction codes may carry a subdivision (GB-ENG); the country is the first part.
    if let Some(c) = e.country.take() {
        let head = c.split('-').next().unwrap_or("");
        match CountryCode::parse(head) {
            Ok(cc) => e.country = Some(cc.as_str().to_string()),
            Err(err) => diags.push(Diagnostic::warning(
                "invalid_country",
                loc,
                format!("{err}; country left empty"),
            )),
        }
    }
    e
}

fn share_of(v: Option<&Value>) -> Share {
    let Some(v) = v else { return Share::UNKNOWN };
    if let Some(x) = v.get("exact").and_then(pct_value) {
        return Share::exact(x);
    }
    let min = v
        .get("minimum")
        .and_then(pct_value)
        .or_else(|| v.get("exclusiveMinimum").and_then(pct_exclusive_min))
        .unwrap_or(Percent::ZERO);
    let max = v
        .get("maximum")
        .and_then(pct_value)
        .or_else(|| v.get("exclusiveMaximum").and_then(pct_exclusive_max))
        .unwrap_or(Percent::HUNDRED);
    Share::range(min, max).unwrap_or(Share::UNKNOWN)
}

fn relationship(
    rid: &str,
    d: &Value,
    loc: &str,
    diags: &mut Vec<Diagnostic>,
) -> (Vec<OwnershipEdge>, Vec<ControlEdge>) {
    let (mut own, mut ctl) = (Vec::new(), Vec::new());
    let subject = d
        .get("subject")
        .and_then(Value::as_str)
        .unwrap_or("")
        .to_string();
    let party = match d.get("interestedParty") {
        Some(Value::String(p)) => p.clone(),
        Some(v) => {
            let reason = v
                .get("reason")
                .and_then(Value::as_str)
                .unwrap_or("unspecified");
            diags.push(Diagnostic::warning(
                "unspecified_party",
                loc,
                format!("relationship {rid}: interested party unspecified ({reason}); no owner to record"),
            ));
            return (own, ctl);
        }
        None => String::new(),
    };
    if subject.is_empty() || party.is_empty() {
        diags.push(Diagnostic::error(
            "malformed_statement",
            loc,
            format!("relationship {rid} lacks subject or interestedParty; not used"),
        ));
        return (own, ctl);
    }
    let source = Some(format!("{loc} ({rid})"));
    let mut share: Option<Share> = None;
    let mut as_of: Option<String> = None;
    for it in d
        .get("interests")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        let ty = it.get("type").and_then(Value::as_str).unwrap_or("");
        if ty == "shareholding" {
            let mut s = share_of(it.get("share"));
            let doi = it
                .get("directOrIndirect")
                .and_then(Value::as_str)
                .unwrap_or("direct");
            if doi != "direct" {
                diags.push(Diagnostic::warning(
                    "indirect_interest",
                    loc,
                    format!("relationship {rid}: {doi} shareholding of {s} kept as [0, {}] (may raise possibly_covered, never covered)", s.max()),
                ));
                s = Share::range(Percent::ZERO, s.max()).unwrap_or(Share::UNKNOWN);
            }
            share = Some(share.map_or(s, |p| p.merge(s)));
            if as_of.is_none() {
                as_of = it
                    .get("startDate")
                    .and_then(Value::as_str)
                    .map(str::to_string);
            }
        } else if ty.is_empty() {
            // An interest of undisclosed nature may be a stake of undeterminable size.
            diags.push(Diagnostic::warning(
                "untyped_interest",
                loc,
                format!("relationship {rid}: interest without a type kept as a shareholding of unknown share"),
            ));
            share = Some(share.map_or(Share::UNKNOWN, |p| p.merge(Share::UNKNOWN)));
        } else {
            let role = match ty {
                "boardMember" | "boardChair" => ControlRole::Director,
                "seniorManagingOfficial" => ControlRole::Officer,
                _ => ControlRole::ControllingPerson,
            };
            if !ctl.iter().any(|c: &ControlEdge| c.role == role) {
                ctl.push(ControlEdge {
                    controller: party.clone(),
                    controlled: subject.clone(),
                    role,
                    source: source.clone(),
                });
            }
        }
    }
    if let Some(share) = share {
        own.push(OwnershipEdge {
            owner: party,
            owned: subject,
            share,
            source,
            as_of,
        });
    }
    (own, ctl)
}
