//! OFAC legacy SDN CSV trio, no header rows: `sdn.csv` (ent_num, name,
//! type, program, title, call sign, vessel type, tonnage, GRT, vessel flag,
//! vessel owner, remarks), `add.csv` (ent_num, add_num, address,
//! city/state/postal, country, remarks), `alt.csv` (ent_num, alt_num, type,
//! name, remarks). OFAC writes `-0-` for empty and ends files with `^Z`.
//! Ids are `ofac-sdn:<ent_num>`, the same uid as in SDN.XML.

use super::sdn_xml::ofac_schema;
use super::{Format, Parsed, MAX_RECORDS};
use crate::error::{ListError, RecordError};
use crate::model::{Address, Alias, AliasKind, Entry, Identifier};
use crate::text::{country, opt};
use std::collections::HashMap;

/// Which file of the trio some content is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Part {
    Sdn,
    Add,
    Alt,
}

fn reader(bytes: &[u8]) -> csv::Reader<&[u8]> {
    csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(bytes)
}

/// Recognises a trio member by its first record: numeric id, then 12
/// (sdn), 6 (add) or 5 (alt) fields.
pub fn detect_part(bytes: &[u8]) -> Option<Part> {
    let mut r = reader(bytes);
    let mut rec = csv::StringRecord::new();
    if !r.read_record(&mut rec).ok()? {
        return None;
    }
    let numeric = |s: &str| !s.trim().is_empty() && s.trim().bytes().all(|b| b.is_ascii_digit());
    if !numeric(rec.get(0)?) {
        return None;
    }
    match rec.len() {
        12 => Some(Part::Sdn),
        6 if numeric(rec.get(1)?) => Some(Part::Add),
        5 if numeric(rec.get(1)?) => Some(Part::Alt),
        _ => None,
    }
}

/// Iterates data rows, skipping the trailing `^Z` line, reporting unreadable rows.
fn rows(
    bytes: &[u8],
    file: &str,
    expect: usize,
    errors: &mut Vec<RecordError>,
    mut f: impl FnMut(u64, u64, &csv::StringRecord),
) {
    let mut r = reader(bytes);
    let mut rec = csv::StringRecord::new();
    let mut n = 0u64;
    loop {
        n += 1;
        let line = r.position().line();
        match r.read_record(&mut rec) {
            Ok(false) => break,
            Ok(true) => {
                let line = rec.position().map(|p| p.line()).unwrap_or(line);
                if rec.len() == 1
                    && rec.get(0).is_some_and(|s| {
                        s.trim_matches(|c: char| c.is_whitespace() || c == '\u{1a}')
                            .is_empty()
                    })
                {
                    continue;
                }
                if rec.len() != expect {
                    errors.push(RecordError::new(
                        n,
                        Some(line),
                        format!("{file}: expected {expect} fields, found {}", rec.len()),
                    ));
                    continue;
                }
                f(n, line, &rec);
            }
            Err(e) => {
                errors.push(RecordError::new(
                    n,
                    Some(line),
                    format!("{file}: unreadable row: {e}"),
                ));
                if !matches!(e.kind(), csv::ErrorKind::Utf8 { .. }) {
                    break;
                }
            }
        }
    }
}

/// Parses the trio; `add` and `alt` are optional (without them entries
/// have no addresses or aliases).
pub fn parse_trio(sdn: &[u8], add: Option<&[u8]>, alt: Option<&[u8]>) -> Result<Parsed, ListError> {
    if detect_part(sdn) != Some(Part::Sdn) {
        return Err(ListError::NotAList(
            "not an OFAC sdn.csv (expected 12 fields starting with a numeric ent_num)".into(),
        ));
    }
    let mut out = Parsed::new(Format::OfacSdnCsv);
    let mut index: HashMap<String, usize> = HashMap::new();
    let mut too_many = false;
    let mut errors = Vec::new();
    rows(sdn, "sdn.csv", 12, &mut errors, |n, line, r| {
        let g = |i: usize| r.get(i).and_then(opt);
        let Some(num) = g(0).filter(|s| s.bytes().all(|b| b.is_ascii_digit())) else {
            errors_push(&mut out.errors, n, line, "sdn.csv: ent_num is not a number");
            return;
        };
        let Some(name) = g(1) else {
            errors_push(
                &mut out.errors,
                n,
                line,
                &format!("sdn.csv: entry {num} has no name"),
            );
            return;
        };
        if out.entries.len() >= MAX_RECORDS {
            too_many = true;
            return;
        }
        let programs = g(3)
            .map(|p| {
                p.split("] [")
                    .filter_map(|x| opt(x.trim_matches(|c| c == '[' || c == ']')))
                    .collect()
            })
            .unwrap_or_default();
        let mut remarks = g(11);
        if let Some(t) = g(4) {
            remarks = Some(match remarks {
                Some(r) => format!("{r} Title: {t}"),
                None => format!("Title: {t}"),
            });
        }
        let identifiers = g(5)
            .map(|cs| {
                vec![Identifier {
                    kind: "Call Sign".into(),
                    value: cs,
                    country: None,
                }]
            })
            .unwrap_or_default();
        index.insert(num.clone(), out.entries.len());
        out.entries.push(Entry {
            id: format!("ofac-sdn:{num}"),
            list: "SDN".into(),
            schema: ofac_schema(&g(2).unwrap_or_default()),
            name,
            aliases: Vec::new(),
            addresses: Vec::new(),
            identifiers,
            programs,
            license_requirement: None,
            license_policy: None,
            federal_register: None,
            start_date: None,
            remarks,
        });
    });
    out.errors.append(&mut errors);
    if too_many {
        return Err(ListError::TooLarge {
            what: "record count".into(),
            limit: MAX_RECORDS as u64,
        });
    }
    if let Some(add) = add {
        let mut errs = Vec::new();
        rows(add, "add.csv", 6, &mut out.errors, |n, line, r| {
            let g = |i: usize| r.get(i).and_then(opt);
            let Some(&i) = g(0).and_then(|num| index.get(&num)) else {
                errs.push(RecordError::new(
                    n,
                    Some(line),
                    "add.csv: address for an unknown ent_num",
                ));
                return;
            };
            let full = [g(2), g(3), g(4)]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(", ");
            if full.is_empty() {
                return;
            }
            out.entries[i].addresses.push(Address {
                full,
                city: None,
                country: g(4).and_then(|c| country(&c)),
            });
        });
        out.errors.append(&mut errs);
    }
    if let Some(alt) = alt {
        let mut errs = Vec::new();
        rows(alt, "alt.csv", 5, &mut out.errors, |n, line, r| {
            let g = |i: usize| r.get(i).and_then(opt);
            let Some(&i) = g(0).and_then(|num| index.get(&num)) else {
                errs.push(RecordError::new(
                    n,
                    Some(line),
                    "alt.csv: alias for an unknown ent_num",
                ));
                return;
            };
            let Some(name) = g(3) else { return };
            let kind = match g(2).unwrap_or_default().to_ascii_lowercase().as_str() {
                "fka" => AliasKind::Fka,
                _ => AliasKind::Aka,
            };
            out.entries[i].aliases.push(Alias { name, kind });
        });
        out.errors.append(&mut errs);
    }
    Ok(out)
}

fn errors_push(errors: &mut Vec<RecordError>, n: u64, line: u64, msg: &str) {
    errors.push(RecordError::new(n, Some(line), msg));
}
