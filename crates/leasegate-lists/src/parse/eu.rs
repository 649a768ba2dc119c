//! EU Financial Sanctions Files XML 1.1 (`<export>` of `<sanctionEntity>`);
//! ids `eu:<logicalId>`, list `EU`, as-of from the root's `generationDate`.

use super::sdn_xml::join_address;
use super::xml::{walk, Item, Node, Records};
use super::{Format, Parsed};
use crate::error::ListError;
use crate::model::{Address, Alias, AliasKind, Entry, Identifier, Schema};
use crate::text::{date, opt};
use leasegate_core::CountryCode;

/// EU writes `00` for unknown countries.
fn eu_country(n: &Node) -> Option<CountryCode> {
    n.attr("countryIso2Code")
        .filter(|c| *c != "00")
        .and_then(|c| CountryCode::parse(c).ok())
}

fn attr(n: &Node, k: &str) -> Option<String> {
    n.attr(k).and_then(opt)
}

fn entry(n: &Node) -> Result<Entry, String> {
    let id = attr(n, "logicalId").ok_or("sanctionEntity without logicalId")?;
    let schema = match n
        .child("subjectType")
        .and_then(|s| s.attr("code"))
        .unwrap_or("")
    {
        "person" => Schema::Person,
        "vessel" => Schema::Vessel,
        "aircraft" => Schema::Aircraft,
        _ => Schema::Organization,
    };
    let mut names: Vec<(String, bool, bool)> = Vec::new(); // (name, strong, english)
    for a in n.children_named("nameAlias") {
        let whole = attr(a, "wholeName").or_else(|| {
            let parts: Vec<String> = ["firstName", "middleName", "lastName"]
                .iter()
                .filter_map(|k| attr(a, k))
                .collect();
            (!parts.is_empty()).then(|| parts.join(" "))
        });
        let Some(whole) = whole else { continue };
        let strong = a.attr("strong") != Some("false");
        let lang = a.attr("nameLanguage").unwrap_or("");
        let english = lang.is_empty() || lang.eq_ignore_ascii_case("EN");
        if !names.iter().any(|(nm, _, _)| nm == &whole) {
            names.push((whole, strong, english));
        }
    }
    // Primary: the first strong English name, else the first name.
    let primary = names.iter().position(|(_, s, e)| *s && *e).unwrap_or(0);
    if names.is_empty() {
        return Err(format!("sanctionEntity {id} has no name"));
    }
    let (name, _, _) = names.remove(primary);
    let aliases = names
        .into_iter()
        .map(|(name, strong, _)| Alias {
            name,
            kind: if strong {
                AliasKind::Aka
            } else {
                AliasKind::Weak
            },
        })
        .collect();
    let mut addresses = Vec::new();
    for a in n.children_named("address") {
        let cc = eu_country(a);
        let full = join_address(&[
            attr(a, "street"),
            attr(a, "poBox"),
            attr(a, "city"),
            attr(a, "region"),
            attr(a, "zipCode"),
            a.attr("countryDescription")
                .filter(|d| *d != "UNKNOWN")
                .and_then(opt),
        ]);
        addresses.push(Address {
            full,
            city: attr(a, "city"),
            country: cc,
        });
    }
    for c in n.children_named("citizenship") {
        if let Some(cc) = eu_country(c) {
            Address::add_country(&mut addresses, cc);
        }
    }
    let mut identifiers = Vec::new();
    if let Some(r) = attr(n, "euReferenceNumber") {
        identifiers.push(Identifier {
            kind: "EU Reference Number".into(),
            value: r,
            country: None,
        });
    }
    if let Some(r) = attr(n, "unitedNationId") {
        identifiers.push(Identifier {
            kind: "UN Reference Number".into(),
            value: r,
            country: None,
        });
    }
    for i in n.children_named("identification") {
        let Some(value) = attr(i, "number").or_else(|| attr(i, "latinNumber")) else {
            continue;
        };
        let kind = attr(i, "identificationTypeDescription")
            .or_else(|| attr(i, "identificationTypeCode"))
            .unwrap_or_else(|| "Identification".into());
        identifiers.push(Identifier {
            kind,
            value,
            country: eu_country(i),
        });
    }
    let regs: Vec<&Node> = n.children_named("regulation").collect();
    let mut programs: Vec<String> = Vec::new();
    for r in &regs {
        if let Some(p) = attr(r, "programme") {
            if !programs.contains(&p) {
                programs.push(p);
            }
        }
    }
    let start_date = regs.iter().filter_map(|r| attr(r, "publicationDate")).min();
    let remarks: Vec<String> = n
        .children_named("remark")
        .filter_map(|r| opt(&r.text))
        .collect();
    Ok(Entry {
        id: format!("eu:{id}"),
        list: "EU".into(),
        schema,
        name,
        aliases,
        addresses,
        identifiers,
        programs,
        license_requirement: None,
        license_policy: None,
        federal_register: None,
        start_date,
        remarks: (!remarks.is_empty()).then(|| remarks.join(" ")),
    })
}

pub fn parse(bytes: &[u8]) -> Result<Parsed, ListError> {
    let mut rec = Records::new(Format::EuFsfXml);
    let res = walk(
        bytes,
        &|name| name == "sanctionEntity",
        &mut |item| match item {
            Item::Root(r) => {
                rec.root(r.name == "export");
                rec.out.as_of = r.attr("generationDate").and_then(date);
            }
            Item::Captured { node, line } => rec.record(line, entry(&node)),
        },
    );
    rec.finish(res, "export")
}
