//! The CSV pair: entities (`id,name,schema,country,listed`, optional
//! `aliases`, `lei`, `uscc`, `company_number`, `company_register`) and
//! ownership (`owner_id,owned_id,share_min,share_max`, optional `source`,
//! `as_of`, `role`).
//!
//! Shares: both empty = unknown ([0, 100]); only one given = exact at that
//! value; both = the range. A share that does not parse, lies outside
//! [0, 100] or has min > max is an error for that row, and the row is not
//! used. `role` = director / officer / controlling_person makes the row a
//! control link instead of ownership.

use crate::ident::Identifier;
use crate::model::{
    ControlEdge, ControlRole, Dataset, Diagnostic, Entity, OwnershipEdge, Schema, Share,
};
use crate::OwnershipError;
use leasegate_core::{CountryCode, Percent};

fn reader(bytes: &[u8]) -> csv::Reader<&[u8]> {
    csv::ReaderBuilder::new()
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(bytes)
}

fn headers(r: &mut csv::Reader<&[u8]>, name: &str) -> Result<Vec<String>, OwnershipError> {
    Ok(r.headers()
        .map_err(|e| OwnershipError::Malformed(name.to_string(), e.to_string()))?
        .iter()
        .map(|h| h.trim_start_matches('\u{feff}').trim().to_ascii_lowercase())
        .collect())
}

/// Each readable row with its `file:line`, or the `csv_syntax` diagnostic
/// of a row that cannot be read (the rows after it are still read).
fn rows<'a>(
    r: &'a mut csv::Reader<&'a [u8]>,
    name: &'a str,
) -> impl Iterator<Item = Result<(csv::StringRecord, String), Diagnostic>> + 'a {
    r.records().map(move |rec| match rec {
        Ok(rec) => {
            let line = rec.position().map(|p| p.line()).unwrap_or(0);
            Ok((rec, format!("{name}:{line}")))
        }
        Err(e) => {
            let line = e.position().map(|p| p.line()).unwrap_or(0);
            Err(Diagnostic::error(
                "csv_syntax",
                format!("{name}:{line}"),
                e.to_string(),
            ))
        }
    })
}

/// Whether a header line names all of `required` (case, spaces and a BOM aside).
fn header_has(header: &str, required: &[&str]) -> bool {
    let cols: Vec<String> = header
        .split(',')
        .map(|c| c.trim().trim_start_matches('\u{feff}').to_ascii_lowercase())
        .collect();
    required.iter().all(|r| cols.iter().any(|c| c == r))
}

/// Whether the header looks like an entities file.
pub fn is_entities(header: &str) -> bool {
    header_has(header, &["id", "name"])
}
/// Whether the header looks like an ownership file.
pub fn is_ownership(header: &str) -> bool {
    header_has(header, &["owner_id", "owned_id"])
}

pub fn parse_entities(
    name: &str,
    bytes: &[u8],
    out: &mut Dataset,
    diags: &mut Vec<Diagnostic>,
) -> Result<(), OwnershipError> {
    let mut r = reader(bytes);
    let h = headers(&mut r, name)?;
    let col = |c: &str| h.iter().position(|x| x == c);
    let Some(id_c) = col("id") else {
        return Err(OwnershipError::Malformed(
            name.to_string(),
            "missing column id".into(),
        ));
    };
    let (name_c, schema_c, country_c, listed_c) =
        (col("name"), col("schema"), col("country"), col("listed"));
    let mut seen: rustc_hash::FxHashMap<String, String> = rustc_hash::FxHashMap::default();
    let (aliases_c, lei_c, uscc_c, cn_c, reg_c) = (
        col("aliases"),
        col("lei"),
        col("uscc"),
        col("company_number"),
        col("company_register"),
    );
    for row in rows(&mut r, name) {
        let (rec, loc) = match row {
            Ok(x) => x,
            Err(d) => {
                diags.push(d);
                continue;
            }
        };
        let get = |c: Option<usize>| c.and_then(|i| rec.get(i)).unwrap_or("").to_string();
        let id = get(Some(id_c));
        if id.is_empty() {
            diags.push(Diagnostic::error(
                "missing_id",
                loc,
                "row has no id; not used",
            ));
            continue;
        }
        if let Some(first) = seen.get(&id) {
            diags.push(Diagnostic::warning(
                "duplicate_entity",
                &loc,
                format!(
                    "entity id {id:?} already given at {first}; records merged (list codes united)"
                ),
            ));
        } else {
            seen.insert(id.clone(), loc.clone());
        }
        let mut e = Entity {
            id,
            name: get(name_c),
            schema: Schema::parse(&get(schema_c)),
            ..Default::default()
        };
        let country = get(country_c);
        if !country.is_empty() {
            match CountryCode::parse(&country) {
                Ok(c) => e.country = Some(c.as_str().to_string()),
                Err(err) => diags.push(Diagnostic::warning(
                    "invalid_country",
                    &loc,
                    format!("{err}; country left empty"),
                )),
            }
        }
        e.listed = split_list(&get(listed_c));
        e.aliases = get(aliases_c)
            .split(';')
            .map(str::trim)
            .filter(|a| !a.is_empty())
            .map(str::to_string)
            .collect();
        let lei = get(lei_c);
        if !lei.is_empty() {
            match Identifier::lei(&lei) {
                Ok(i) => e.identifiers.push(i),
                Err(err) => diags.push(Diagnostic::warning(
                    "invalid_lei",
                    &loc,
                    format!("{err}; identifier not stored"),
                )),
            }
        }
        let uscc = get(uscc_c);
        if !uscc.is_empty() {
            match Identifier::uscc(&uscc) {
                Ok(i) => e.identifiers.push(i),
                Err(err) => diags.push(Diagnostic::warning(
                    "invalid_uscc",
                    &loc,
                    format!("{err}; identifier not stored"),
                )),
            }
        }
        let cn = get(cn_c);
        if !cn.is_empty() {
            let reg = get(reg_c);
            e.identifiers.push(Identifier::company_number(
                if reg.is_empty() { "unknown" } else { &reg },
                &cn,
            ));
        }
        out.entities.push(e);
    }
    Ok(())
}

/// List codes separated by `;`, `|` or spaces, upper-cased.
fn split_list(s: &str) -> Vec<String> {
    s.split([';', '|', ' '])
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .map(|c| c.to_ascii_uppercase())
        .collect()
}

/// Parses one share cell pair per the rules in the module docs.
pub fn parse_share(min: &str, max: &str) -> Result<Share, String> {
    let p = |s: &str, which: &str| Percent::parse(s).map_err(|e| format!("{which}: {e}"));
    match (min.is_empty(), max.is_empty()) {
        (true, true) => Ok(Share::UNKNOWN),
        (false, true) => Ok(Share::exact(p(min, "share_min")?)),
        (true, false) => Ok(Share::exact(p(max, "share_max")?)),
        (false, false) => {
            let (a, b) = (p(min, "share_min")?, p(max, "share_max")?);
            Share::range(a, b).ok_or_else(|| format!("share_min {a} is above share_max {b}"))
        }
    }
}

pub fn parse_ownership(
    name: &str,
    bytes: &[u8],
    out: &mut Dataset,
    diags: &mut Vec<Diagnostic>,
) -> Result<(), OwnershipError> {
    let mut r = reader(bytes);
    let h = headers(&mut r, name)?;
    let col = |c: &str| h.iter().position(|x| x == c);
    let (Some(owner_c), Some(owned_c)) = (col("owner_id"), col("owned_id")) else {
        return Err(OwnershipError::Malformed(
            name.to_string(),
            "missing column owner_id or owned_id".into(),
        ));
    };
    let (min_c, max_c, src_c, asof_c, role_c) = (
        col("share_min"),
        col("share_max"),
        col("source"),
        col("as_of"),
        col("role"),
    );
    for row in rows(&mut r, name) {
        let (rec, loc) = match row {
            Ok(x) => x,
            Err(d) => {
                diags.push(d);
                continue;
            }
        };
        let get = |c: Option<usize>| c.and_then(|i| rec.get(i)).unwrap_or("").to_string();
        let (owner, owned) = (get(Some(owner_c)), get(Some(owned_c)));
        if owner.is_empty() || owned.is_empty() {
            diags.push(Diagnostic::error(
                "missing_id",
                loc,
                "owner_id and owned_id are required; row not used",
            ));
            continue;
        }
        let role = get(role_c).to_ascii_lowercase();
        let control = match role.as_str() {
            "" | "owner" | "shareholder" | "ownership" => None,
            "director" => Some(ControlRole::Director),
            "officer" => Some(ControlRole::Officer),
            "controlling_person" | "controller" => Some(ControlRole::ControllingPerson),
            other => {
                diags.push(Diagnostic::error(
                    "invalid_role",
                    loc,
                    format!("unknown role {other:?}; row not used"),
                ));
                continue;
            }
        };
        if let Some(role) = control {
            out.control.push(ControlEdge {
                controller: owner,
                controlled: owned,
                role,
                source: Some(loc),
            });
            continue;
        }
        let share = match parse_share(&get(min_c), &get(max_c)) {
            Ok(s) => s,
            Err(m) => {
                let code = if m.contains("above share_max") {
                    "share_min_above_max"
                } else {
                    "invalid_share"
                };
                diags.push(Diagnostic::error(code, loc, format!("{m}; row not used")));
                continue;
            }
        };
        let as_of = Some(get(asof_c)).filter(|s| !s.is_empty());
        let source = Some(get(src_c))
            .filter(|s| !s.is_empty())
            .map(|s| format!("{loc} ({s})"))
            .or(Some(loc));
        out.ownership.push(OwnershipEdge {
            owner,
            owned,
            share,
            source,
            as_of,
        });
    }
    Ok(())
}
