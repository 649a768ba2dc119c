//! US Consolidated Screening List, JSON form (trade.gov API / download):
//! `{"results": [ {...}, ... ]}` or a bare array. Same fields as the CSV,
//! but `alt_names`, `programs` are arrays, `addresses` are objects
//! (`address`, `city`, `state`, `postal_code`, `country`) and `ids` are
//! objects (`type`, `number`, `country`).

use super::csl::{build_entry, CslRecord, IdOrder};
use super::{Format, Parsed, MAX_RECORDS};
use crate::error::{ListError, RecordError};
use crate::model::{Address, Identifier};
use crate::text::{country, opt};
use serde_json::Value;

fn scalar(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        Value::Array(a) => Some(a.iter().filter_map(scalar).collect::<Vec<_>>().join("; ")),
        _ => None,
    }
}

fn record(obj: &serde_json::Map<String, Value>) -> Result<crate::model::Entry, String> {
    let get = |k: &str| -> Option<String> {
        match (k, obj.get(k)?) {
            // Structured in JSON; handled below.
            ("addresses" | "ids", Value::Array(_)) => None,
            (_, v) => scalar(v),
        }
    };
    let mut e = build_entry(&CslRecord { get: &get }, IdOrder::KindFirst)?;
    if let Some(Value::Array(addrs)) = obj.get("addresses") {
        for a in addrs {
            let f = |k: &str| a.get(k).and_then(scalar).and_then(|s| opt(&s));
            let full = [
                f("address"),
                f("city"),
                f("state"),
                f("postal_code"),
                f("country"),
            ]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(", ");
            if full.is_empty() {
                continue;
            }
            let cc = f("country").and_then(|c| country(&c));
            e.addresses
                .retain(|x| !(x.full.is_empty() && x.country == cc));
            e.addresses.push(Address {
                full,
                city: f("city"),
                country: cc,
            });
        }
    }
    if let Some(Value::Array(ids)) = obj.get("ids") {
        for i in ids {
            let f = |k: &str| i.get(k).and_then(scalar).and_then(|s| opt(&s));
            let (Some(kind), Some(value)) = (f("type"), f("number")) else {
                continue;
            };
            if super::sdn_xml::is_info_kind(&kind) {
                continue;
            }
            e.identifiers.push(Identifier {
                kind,
                value,
                country: f("country").and_then(|c| country(&c)),
            });
        }
    }
    Ok(e)
}

pub fn parse(bytes: &[u8]) -> Result<Parsed, ListError> {
    let doc: Value = match serde_json::from_slice(bytes) {
        Ok(v) => v,
        Err(e) => {
            return Err(ListError::NotAList(format!(
                "invalid JSON at line {}, column {}: {e}",
                e.line(),
                e.column()
            )))
        }
    };
    let results = match &doc {
        Value::Array(a) => a,
        Value::Object(o) => match o.get("results") {
            Some(Value::Array(a)) => a,
            _ => {
                return Err(ListError::NotAList(
                    "JSON object has no \"results\" array".into(),
                ))
            }
        },
        _ => {
            return Err(ListError::NotAList(
                "JSON is neither an array nor an object with \"results\"".into(),
            ))
        }
    };
    if results.len() > MAX_RECORDS {
        return Err(ListError::TooLarge {
            what: "record count".into(),
            limit: MAX_RECORDS as u64,
        });
    }
    let mut out = Parsed::new(Format::CslJson);
    for (i, r) in results.iter().enumerate() {
        let n = i as u64 + 1;
        match r.as_object() {
            Some(obj) => match record(obj) {
                Ok(e) => out.entries.push(e),
                Err(m) => out.errors.push(RecordError::new(n, None, m)),
            },
            None => out
                .errors
                .push(RecordError::new(n, None, "result is not a JSON object")),
        }
    }
    Ok(out)
}
