//! US Consolidated Screening List (trade.gov): CSV with an `_id` column, in
//! both the 2022 layout and the 2025 fully quoted one. Also the shared
//! field logic for the JSON form.

use super::{Format, Parsed, MAX_RECORDS};
use crate::error::{ListError, RecordError};
use crate::model::{Address, Alias, AliasKind, Entry, Identifier, Schema};
use crate::text::{clean, country, opt, split_semicolons};
use std::collections::HashMap;

/// List code from the CSL `source` column: the first parenthesised
/// abbreviation, e.g. "Entity List (EL) - Bureau of Industry and Security" -> `EL`,
/// "Non-SDN Menu-Based Sanctions List (NS-MBS List) - Treasury Department" -> `NS-MBS`.
pub fn list_code(source: &str) -> String {
    if let (Some(open), Some(close)) = (source.find('('), source.find(')')) {
        if open < close {
            let inner = source[open + 1..close].trim();
            let inner = inner.strip_suffix(" List").unwrap_or(inner).trim();
            if !inner.is_empty() {
                return inner.to_string();
            }
        }
    }
    clean(source)
}

/// Organisation words that decide the schema of untyped CSL records
/// (BIS and State lists leave `type` empty for persons and companies alike).
const ORG_WORDS: &[&str] = &[
    "ltd",
    "limited",
    "inc",
    "co",
    "corp",
    "corporation",
    "company",
    "llc",
    "gmbh",
    "ag",
    "sa",
    "srl",
    "bv",
    "jsc",
    "ojsc",
    "cjsc",
    "pjsc",
    "ooo",
    "oao",
    "zao",
    "plc",
    "pte",
    "pvt",
    "group",
    "trading",
    "establishment",
    "industries",
    "industry",
    "institute",
    "center",
    "centre",
    "university",
    "academy",
    "laboratory",
    "airlines",
    "airways",
    "aviation",
    "bank",
    "technology",
    "technologies",
    "electronics",
    "enterprise",
    "enterprises",
    "international",
    "services",
    "systems",
    "organization",
    "organisation",
    "ministry",
    "factory",
    "plant",
    "bureau",
    "agency",
    "office",
    "fzc",
    "fze",
    "llp",
    "holding",
    "holdings",
    "shipping",
    "logistics",
    "import",
    "export",
    "engineering",
    "research",
    "s.a.",
    "co.,",
    "firm",
    "partners",
    "associates",
    "business",
    "solutions",
    "sdn",
    "bhd",
    "kft",
    "spa",
    "ab",
    "oy",
    "as",
    "nv",
];

fn looks_like_org(name: &str) -> bool {
    name.split(|c: char| !c.is_alphanumeric()).any(|w| {
        let lw = w.to_ascii_lowercase();
        !lw.is_empty() && ORG_WORDS.contains(&lw.as_str())
    })
}

/// Lists whose untyped records are mostly people.
fn list_has_people(list: &str) -> bool {
    matches!(list, "DPL" | "DTC" | "ISN" | "PLC")
}

/// Schema from the CSL `type` column; untyped records are guessed from the
/// list and the name (a documented heuristic, only used when the list is silent).
pub fn schema(kind: &str, list: &str, name: &str) -> Schema {
    match kind.trim().to_ascii_lowercase().as_str() {
        "individual" | "person" => Schema::Person,
        "vessel" => Schema::Vessel,
        "aircraft" => Schema::Aircraft,
        "entity" | "organization" | "company" => Schema::Organization,
        _ if list_has_people(list) && !looks_like_org(name) => Schema::Person,
        _ => Schema::Organization,
    }
}

/// ISN names carry this boilerplate suffix; it is not part of the name.
const SUCCESSOR_SUFFIXES: &[&str] = &[
    "; and any successor, sub-unit, or subsidiary thereof",
    " and any successor, sub-unit, or subsidiary thereof",
];

pub(crate) fn primary_name(raw: &str) -> String {
    let mut s = clean(raw);
    for suf in SUCCESSOR_SUFFIXES {
        if let Some(stripped) = s.strip_suffix(suf) {
            s = stripped.trim().to_string();
        }
    }
    s
}

/// Addresses as CSL writes them: `;`-separated, each ending in an ISO code.
pub(crate) fn addresses(raw: &str) -> Vec<Address> {
    split_semicolons(raw)
        .into_iter()
        .map(|full| {
            let parts: Vec<&str> = full.split(',').map(str::trim).collect();
            let cc = parts
                .last()
                .and_then(|p| if p.len() == 2 { country(p) } else { None });
            let city = if cc.is_some() && parts.len() == 2 {
                Some(parts[0].to_string())
            } else {
                None
            };
            Address {
                full,
                city,
                country: cc,
            }
        })
        .collect()
}

/// Whether an `ids` item is sanctions information rather than an identifier.
fn is_info_kind(kind: &str) -> bool {
    let k = kind.trim();
    k.eq_ignore_ascii_case("gender")
        || k.ends_with(':')
        || k.ends_with('-')
        || k.contains("Sanctions")
        || k.contains("Directive")
}

/// Which way round `ids` items are written: 2022 is `CC, number, Kind`,
/// 2025 is `Kind, number, CC`. Decided per file by vote over three-part items.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum IdOrder {
    CountryFirst,
    KindFirst,
}

pub(crate) fn vote_id_order<'a>(all_ids: impl Iterator<Item = &'a str>) -> IdOrder {
    let (mut first, mut last) = (0usize, 0usize);
    for ids in all_ids {
        for item in ids.split(';') {
            let p: Vec<&str> = item.split(',').map(str::trim).collect();
            if p.len() == 3 {
                let cc = |s: &str| s.len() == 2 && s.bytes().all(|b| b.is_ascii_uppercase());
                if cc(p[0]) {
                    first += 1;
                }
                if cc(p[2]) {
                    last += 1;
                }
            }
        }
    }
    if last > first {
        IdOrder::KindFirst
    } else {
        IdOrder::CountryFirst
    }
}

pub(crate) fn identifiers(raw: &str, order: IdOrder) -> Vec<Identifier> {
    let mut out = Vec::new();
    for item in raw.split(';') {
        let p: Vec<String> = item.split(',').map(clean).collect();
        let (kind, value, cc) = match (order, p.len()) {
            (_, 0 | 1) => continue,
            (IdOrder::CountryFirst, 2) => (p[1].clone(), p[0].clone(), None),
            (IdOrder::KindFirst, 2) => (p[0].clone(), p[1].clone(), None),
            (IdOrder::CountryFirst, _) => (
                p[p.len() - 1].clone(),
                p[1..p.len() - 1].join(", "),
                country(&p[0]),
            ),
            (IdOrder::KindFirst, _) => {
                let cc = country(&p[p.len() - 1]).filter(|_| p[p.len() - 1].len() == 2);
                if cc.is_some() {
                    (p[0].clone(), p[1..p.len() - 1].join(", "), cc)
                } else {
                    (p[0].clone(), p[1..].join(", "), None)
                }
            }
        };
        if kind.is_empty() || value.is_empty() || is_info_kind(&kind) {
            continue;
        }
        out.push(Identifier {
            kind,
            value,
            country: cc,
        });
    }
    out
}

/// Fields of one CSL record, by column name, for both CSV and JSON.
pub(crate) struct CslRecord<'a> {
    pub get: &'a dyn Fn(&str) -> Option<String>,
}

pub(crate) fn build_entry(rec: &CslRecord<'_>, order: IdOrder) -> Result<Entry, String> {
    let get = |k: &str| (rec.get)(k).unwrap_or_default();
    let id = clean(&get("_id"));
    if id.is_empty() {
        return Err("missing _id".into());
    }
    let source = get("source");
    if clean(&source).is_empty() {
        return Err(format!("{id}: missing source"));
    }
    let list = list_code(&source);
    let name = primary_name(&get("name"));
    if name.is_empty() {
        return Err(format!("{id}: missing name"));
    }
    let schema = schema(&get("type"), &list, &name);
    let aliases = split_semicolons(&get("alt_names"))
        .into_iter()
        .filter(|a| a != &name)
        .map(|name| Alias {
            name,
            kind: AliasKind::Aka,
        })
        .collect();
    let mut addrs = addresses(&get("addresses"));
    // Nationality and citizenship are the only country many SDN persons have.
    for col in ["nationalities", "citizenships"] {
        for c in split_semicolons(&get(col)) {
            if let Some(cc) = country(&c) {
                if !addrs.iter().any(|a| a.country == Some(cc)) {
                    addrs.push(Address {
                        full: String::new(),
                        city: None,
                        country: Some(cc),
                    });
                }
            }
        }
    }
    let programs = split_semicolons(&get("programs"));
    let mut remarks = opt(&get("remarks"));
    if let Some(title) = opt(&get("title")) {
        remarks = Some(match remarks {
            Some(r) => format!("{r} Title: {title}"),
            None => format!("Title: {title}"),
        });
    }
    Ok(Entry {
        id,
        list,
        schema,
        name,
        aliases,
        addresses: addrs,
        identifiers: identifiers(&get("ids"), order),
        programs,
        license_requirement: opt(&get("license_requirement")),
        license_policy: opt(&get("license_policy")),
        federal_register: opt(&get("federal_register_notice")),
        start_date: opt(&get("start_date")),
        remarks,
    })
}

/// Parses the trade.gov CSV. A record that cannot be read becomes a
/// [`RecordError`] with its record and line number; the rest are kept.
pub fn parse_csv(bytes: &[u8]) -> Result<Parsed, ListError> {
    let mut rdr = csv::ReaderBuilder::new()
        .flexible(true)
        .has_headers(true)
        .from_reader(bytes);
    let headers: Vec<String> = rdr
        .headers()
        .map_err(|e| ListError::NotAList(format!("unreadable CSV header: {e}")))?
        .iter()
        .map(|h| h.trim().trim_start_matches('\u{feff}').to_string())
        .collect();
    let col: HashMap<&str, usize> = headers
        .iter()
        .enumerate()
        .map(|(i, h)| (h.as_str(), i))
        .collect();
    for required in ["_id", "source", "name"] {
        if !col.contains_key(required) {
            return Err(ListError::NotAList(format!(
                "CSV has no {required:?} column, so it is not a Consolidated Screening List"
            )));
        }
    }
    let mut out = Parsed::new(Format::CslCsv);
    // Two passes over records: the id order vote needs every `ids` cell.
    let mut rows: Vec<(u64, u64, csv::StringRecord)> = Vec::new();
    let mut record_no = 0u64;
    let mut raw = csv::ByteRecord::new();
    loop {
        record_no += 1;
        let line = rdr.position().line() + 1;
        match rdr.read_byte_record(&mut raw) {
            Ok(false) => break,
            Ok(true) => {
                if rows.len() >= MAX_RECORDS {
                    return Err(ListError::TooLarge {
                        what: "record count".into(),
                        limit: MAX_RECORDS as u64,
                    });
                }
                let line = raw.position().map(|p| p.line()).unwrap_or(line);
                match csv::StringRecord::from_byte_record(std::mem::take(&mut raw)) {
                    Ok(r) => rows.push((record_no, line, r)),
                    Err(e) => out.errors.push(RecordError::new(
                        record_no,
                        Some(line),
                        format!("invalid UTF-8: {e}"),
                    )),
                }
            }
            Err(e) => {
                // A broken quote runs to the end of the file: report and stop.
                out.errors.push(RecordError::new(
                    record_no,
                    Some(line),
                    format!("unreadable CSV: {e}"),
                ));
                if !matches!(e.kind(), csv::ErrorKind::Utf8 { .. }) {
                    break;
                }
            }
        }
    }
    let ids_col = col.get("ids").copied();
    let order = vote_id_order(
        rows.iter()
            .filter_map(|(_, _, r)| ids_col.and_then(|i| r.get(i))),
    );
    for (record_no, line, r) in &rows {
        if r.len() != headers.len() {
            out.errors.push(RecordError::new(
                *record_no,
                Some(*line),
                format!("expected {} fields, found {}", headers.len(), r.len()),
            ));
            continue;
        }
        let get = |k: &str| col.get(k).and_then(|&i| r.get(i)).map(str::to_string);
        match build_entry(&CslRecord { get: &get }, order) {
            Ok(e) => out.entries.push(e),
            Err(msg) => out
                .errors
                .push(RecordError::new(*record_no, Some(*line), msg)),
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_codes() {
        assert_eq!(
            list_code("Entity List (EL) - Bureau of Industry and Security"),
            "EL"
        );
        assert_eq!(
            list_code("Military End User (MEU) List - Bureau of Industry and Security"),
            "MEU"
        );
        assert_eq!(
            list_code("Non-SDN Menu-Based Sanctions List (NS-MBS List) - Treasury Department"),
            "NS-MBS"
        );
        assert_eq!(
            list_code("Specially Designated Nationals (SDN) - Treasury Department"),
            "SDN"
        );
    }

    #[test]
    fn ids_both_orders() {
        let a = identifiers(
            "CA, BC166787, Passport; Male, Gender",
            IdOrder::CountryFirst,
        );
        assert_eq!(
            a,
            vec![Identifier {
                kind: "Passport".into(),
                value: "BC166787".into(),
                country: country("CA")
            }]
        );
        let b = identifiers(
            "Passport, 836238033, KP; Gender, Male; Registration ID, C122790",
            IdOrder::KindFirst,
        );
        assert_eq!(b.len(), 2);
        assert_eq!(b[0].country.map(|c| c.to_string()).as_deref(), Some("KP"));
        assert_eq!(b[1].value, "C122790");
    }

    #[test]
    fn schema_guess() {
        assert_eq!(schema("", "DPL", "ALEXANDER M. ROVEGNO"), Schema::Person);
        assert_eq!(schema("", "DPL", "SKY BLUE BIRD LTD"), Schema::Organization);
        assert_eq!(schema("", "EL", "Huawei"), Schema::Organization);
        assert_eq!(schema("Vessel", "SDN", "X"), Schema::Vessel);
    }
}
