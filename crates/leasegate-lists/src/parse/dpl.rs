//! BIS Denied Persons List, tab-separated with a header row
//! (`Name, Street_Address, City, State, Country, Postal_Code, Effective_Date,
//! Expiration_Date, Standard_Order, Last_Update, Action, FR_Citation`).
//! One row per (party, address): rows with the same name are merged into one
//! entry. The file has no ids, so the id is `bis-dpl:<name slug>`, stable
//! across versions so that diffs track the party.

use super::{csl, Format, Parsed, MAX_RECORDS};
use crate::error::{ListError, RecordError};
use crate::model::{Address, Entry};
use crate::text::{clean, country, date, iso_date, opt};
use std::collections::HashMap;

fn slug(name: &str) -> String {
    let mut s = String::new();
    for w in name
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if !s.is_empty() {
            s.push('-');
        }
        s.extend(w.chars().flat_map(char::to_lowercase));
    }
    s
}

pub fn parse(bytes: &[u8]) -> Result<Parsed, ListError> {
    let mut rdr = csv::ReaderBuilder::new()
        .delimiter(b'\t')
        .flexible(true)
        .from_reader(bytes);
    let headers: Vec<String> = rdr
        .headers()
        .map_err(|e| ListError::NotAList(format!("unreadable header: {e}")))?
        .iter()
        .map(|h| h.trim().trim_start_matches('\u{feff}').to_ascii_lowercase())
        .collect();
    let col: HashMap<&str, usize> = headers
        .iter()
        .enumerate()
        .map(|(i, h)| (h.as_str(), i))
        .collect();
    if !col.contains_key("name") {
        return Err(ListError::NotAList(
            "tab-separated file has no Name column".into(),
        ));
    }
    let mut out = Parsed::new(Format::BisDplTxt);
    let mut by_id: HashMap<String, usize> = HashMap::new();
    let mut record_no = 0u64;
    let mut rec = csv::StringRecord::new();
    loop {
        record_no += 1;
        let line = rdr.position().line() + 1;
        match rdr.read_record(&mut rec) {
            Ok(false) => break,
            Ok(true) => {}
            Err(e) => {
                out.errors.push(RecordError::new(
                    record_no,
                    Some(line),
                    format!("unreadable row: {e}"),
                ));
                if matches!(e.kind(), csv::ErrorKind::Utf8 { .. }) {
                    continue;
                }
                break;
            }
        }
        let line = rec.position().map(|p| p.line()).unwrap_or(line);
        if rec.len() != headers.len() {
            out.errors.push(RecordError::new(
                record_no,
                Some(line),
                format!("expected {} fields, found {}", headers.len(), rec.len()),
            ));
            continue;
        }
        let get = |k: &str| col.get(k).and_then(|&i| rec.get(i)).and_then(opt);
        let Some(name) = get("name") else {
            out.errors
                .push(RecordError::new(record_no, Some(line), "row has no name"));
            continue;
        };
        let id = format!("bis-dpl:{}", slug(&name));
        if id == "bis-dpl:" {
            out.errors.push(RecordError::new(
                record_no,
                Some(line),
                format!("name {name:?} has no letters or digits"),
            ));
            continue;
        }
        let cc_text = get("country");
        let address = Address {
            full: [
                get("street_address"),
                get("city"),
                get("state"),
                get("postal_code"),
                cc_text.clone(),
            ]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(", "),
            city: get("city"),
            country: cc_text.as_deref().and_then(country),
        };
        if let Some(&i) = by_id.get(&id) {
            let e = &mut out.entries[i];
            if !address.full.is_empty() && !e.addresses.contains(&address) {
                e.addresses.push(address);
            }
            continue;
        }
        if out.entries.len() >= MAX_RECORDS {
            return Err(ListError::TooLarge {
                what: "record count".into(),
                limit: MAX_RECORDS as u64,
            });
        }
        let mut remarks = Vec::new();
        if let Some(a) = get("action") {
            remarks.push(format!("Action: {a}"));
        }
        if let Some(x) = get("expiration_date") {
            remarks.push(format!("Expires: {}", date(&x).map(iso_date).unwrap_or(x)));
        }
        if let Some(s) = get("standard_order") {
            remarks.push(format!("Standard order: {s}"));
        }
        let start_date = get("effective_date").map(|d| date(&d).map(iso_date).unwrap_or(d));
        by_id.insert(id.clone(), out.entries.len());
        out.entries.push(Entry {
            id,
            list: "DPL".into(),
            schema: csl::schema("", "DPL", &name),
            name: clean(&name),
            aliases: Vec::new(),
            addresses: if address.full.is_empty() {
                Vec::new()
            } else {
                vec![address]
            },
            identifiers: Vec::new(),
            programs: Vec::new(),
            license_requirement: None,
            license_policy: None,
            federal_register: get("fr_citation"),
            start_date,
            remarks: (!remarks.is_empty()).then(|| remarks.join("; ")),
        });
    }
    Ok(out)
}
