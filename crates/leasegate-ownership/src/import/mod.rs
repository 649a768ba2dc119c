//! Importers with format detection. Each returns what it could read plus
//! per-record [`Diagnostic`]s; only an unreadable or unrecognisable input as
//! a whole is an error.

pub mod bods;
pub mod csv;
pub mod ftm;
pub mod gleif;

use crate::model::{Dataset, Diagnostic};
use crate::OwnershipError;
use leasegate_core::Percent;
use serde_json::Value;

/// Largest single input accepted (bytes).
pub const MAX_INPUT_BYTES: usize = 4 << 30;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    EntitiesCsv,
    OwnershipCsv,
    Bods,
    Gleif,
    FtmLines,
}

impl Format {
    pub fn as_str(self) -> &'static str {
        match self {
            Format::EntitiesCsv => "entities CSV",
            Format::OwnershipCsv => "ownership CSV",
            Format::Bods => "BODS 0.4 JSON",
            Format::Gleif => "GLEIF API JSON",
            Format::FtmLines => "FollowTheMoney JSON lines",
        }
    }
}

fn first_json_line(text: &str) -> Option<Value> {
    text.lines()
        .find(|l| !l.trim().is_empty())
        .and_then(|l| serde_json::from_str(l).ok())
}

/// Detects the format from content (never from the file name).
pub fn detect(name: &str, bytes: &[u8]) -> Result<Format, OwnershipError> {
    let text = std::str::from_utf8(bytes)
        .map_err(|e| OwnershipError::Malformed(name.to_string(), format!("not UTF-8: {e}")))?;
    let t = text.trim_start_matches('\u{feff}').trim_start();
    if t.starts_with('[') || t.starts_with('{') {
        if let Ok(v) = serde_json::from_str::<Value>(t) {
            if bods::looks_like(&v) {
                return Ok(Format::Bods);
            }
            if gleif::looks_like(&v) {
                return Ok(Format::Gleif);
            }
            if ftm::looks_like(&v) {
                return Ok(Format::FtmLines);
            }
        } else if let Some(v) = first_json_line(t) {
            if ftm::looks_like(&v) {
                return Ok(Format::FtmLines);
            }
            if bods::looks_like(&v) {
                return Ok(Format::Bods);
            }
        }
        return Err(OwnershipError::UnknownFormat(name.to_string()));
    }
    let header = t.lines().next().unwrap_or("");
    if csv::is_ownership(header) {
        Ok(Format::OwnershipCsv)
    } else if csv::is_entities(header) {
        Ok(Format::EntitiesCsv)
    } else {
        Err(OwnershipError::UnknownFormat(name.to_string()))
    }
}

/// Parses one input of a known format into `out`.
pub fn parse(
    format: Format,
    name: &str,
    bytes: &[u8],
    out: &mut Dataset,
    diags: &mut Vec<Diagnostic>,
) -> Result<(), OwnershipError> {
    if bytes.len() > MAX_INPUT_BYTES {
        return Err(OwnershipError::InputTooLarge {
            what: name.to_string(),
            size: bytes.len(),
            limit: MAX_INPUT_BYTES,
        });
    }
    let text = || {
        std::str::from_utf8(bytes)
            .map(|t| t.trim_start_matches('\u{feff}'))
            .map_err(|e| OwnershipError::Malformed(name.to_string(), format!("not UTF-8: {e}")))
    };
    match format {
        Format::EntitiesCsv => csv::parse_entities(name, bytes, out, diags),
        Format::OwnershipCsv => csv::parse_ownership(name, bytes, out, diags),
        Format::Bods => {
            let t = text()?;
            let statements: Vec<Value> = match serde_json::from_str::<Value>(t) {
                Ok(Value::Array(a)) => a,
                Ok(v) => vec![v],
                Err(_) => {
                    let mut v = Vec::new();
                    for (i, l) in t.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
                        match serde_json::from_str(l) {
                            Ok(x) => v.push(x),
                            Err(e) => diags.push(Diagnostic::error(
                                "json_syntax",
                                format!("{name}:{}", i + 1),
                                e.to_string(),
                            )),
                        }
                    }
                    v
                }
            };
            bods::parse(name, &statements, out, diags);
            Ok(())
        }
        Format::Gleif => {
            let v: Value = serde_json::from_str(text()?)
                .map_err(|e| OwnershipError::Malformed(name.to_string(), e.to_string()))?;
            gleif::parse(name, &v, out, diags);
            Ok(())
        }
        Format::FtmLines => {
            for (i, l) in text()?
                .lines()
                .enumerate()
                .filter(|(_, l)| !l.trim().is_empty())
            {
                let loc = format!("{name}:{}", i + 1);
                match serde_json::from_str::<Value>(l) {
                    Ok(v) => ftm::parse_line(&loc, &v, out, diags),
                    Err(e) => diags.push(Diagnostic::error("json_syntax", loc, e.to_string())),
                }
            }
            Ok(())
        }
    }
}

/// Detects and parses.
pub fn import(
    name: &str,
    bytes: &[u8],
    out: &mut Dataset,
    diags: &mut Vec<Diagnostic>,
) -> Result<Format, OwnershipError> {
    let f = detect(name, bytes)?;
    parse(f, name, bytes, out, diags)?;
    Ok(f)
}

/// A JSON number or numeric string as a percentage (at most 5 decimals kept).
pub(crate) fn pct_value(v: &Value) -> Option<Percent> {
    match v {
        Value::Number(n) => {
            let f = n.as_f64()?;
            Percent::parse(&format!("{f:.5}")).ok()
        }
        Value::String(s) => Percent::parse(s).ok(),
        _ => None,
    }
}
/// An exclusive lower bound: one unit (0.00001%) above.
pub(crate) fn pct_exclusive_min(v: &Value) -> Option<Percent> {
    let p = pct_value(v)?;
    Percent::from_units((p.units() + 1).min(Percent::HUNDRED.units())).ok()
}
/// An exclusive upper bound: one unit below.
pub(crate) fn pct_exclusive_max(v: &Value) -> Option<Percent> {
    let p = pct_value(v)?;
    Percent::from_units(p.units().saturating_sub(1)).ok()
}
