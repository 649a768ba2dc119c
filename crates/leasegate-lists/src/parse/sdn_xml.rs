//! OFAC SDN.XML (`<sdnList>` of `<sdnEntry>`); ids `ofac-sdn:<uid>`, list `SDN`.

use super::xml::{walk, Item, Node, Records};
use super::{Format, Parsed};
use crate::error::ListError;
use crate::model::{Address, Alias, AliasKind, Entry, Identifier, Schema};
use crate::text::{clean, country, date, opt};

/// `LAST, First` for people (as OFAC and the CSL print them), `LAST` otherwise.
pub(crate) fn person_name(last: Option<String>, first: Option<String>) -> Option<String> {
    match (last, first) {
        (Some(l), Some(f)) => Some(format!("{l}, {f}")),
        (Some(l), None) => Some(l),
        (None, Some(f)) => Some(f),
        (None, None) => None,
    }
}

pub(crate) fn ofac_schema(kind: &str) -> Schema {
    match kind.trim().to_ascii_lowercase().as_str() {
        "individual" => Schema::Person,
        "vessel" => Schema::Vessel,
        "aircraft" => Schema::Aircraft,
        _ => Schema::Organization,
    }
}

pub(crate) fn alias_kind(kind: &str, category: &str) -> AliasKind {
    if category.trim().eq_ignore_ascii_case("weak") {
        AliasKind::Weak
    } else if kind.to_ascii_lowercase().contains("f.k.a") {
        AliasKind::Fka
    } else {
        AliasKind::Aka
    }
}

/// Joins the non-empty parts of an address into one line.
pub(crate) fn join_address(parts: &[Option<String>]) -> String {
    parts
        .iter()
        .flatten()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .join(", ")
}

pub(crate) fn is_info_kind(kind: &str) -> bool {
    let k = kind.trim();
    k.eq_ignore_ascii_case("gender")
        || k.ends_with(':')
        || k.ends_with('-')
        || k.contains("Sanctions")
        || k.contains("Directive")
}

fn entry(n: &Node) -> Result<Entry, String> {
    let uid = n.text_of("uid").ok_or("sdnEntry without uid")?;
    if !uid.bytes().all(|b| b.is_ascii_digit()) {
        return Err(format!("sdnEntry uid {uid:?} is not a number"));
    }
    let schema = ofac_schema(&n.text_of("sdnType").unwrap_or_default());
    let name = person_name(n.text_of("lastName"), n.text_of("firstName"))
        .ok_or_else(|| format!("sdnEntry {uid} has no name"))?;
    let mut e = Entry {
        id: format!("ofac-sdn:{uid}"),
        list: "SDN".into(),
        schema,
        name,
        aliases: Vec::new(),
        addresses: Vec::new(),
        identifiers: Vec::new(),
        programs: Vec::new(),
        license_requirement: None,
        license_policy: None,
        federal_register: None,
        start_date: None,
        remarks: n.text_of("remarks"),
    };
    if let Some(pl) = n.child("programList") {
        e.programs = pl
            .children_named("program")
            .filter_map(|p| opt(&p.text))
            .collect();
    }
    if let Some(al) = n.child("akaList") {
        for a in al.children_named("aka") {
            if let Some(name) = person_name(a.text_of("lastName"), a.text_of("firstName")) {
                let kind = alias_kind(
                    &a.text_of("type").unwrap_or_default(),
                    &a.text_of("category").unwrap_or_default(),
                );
                e.aliases.push(Alias { name, kind });
            }
        }
    }
    if let Some(al) = n.child("addressList") {
        for a in al.children_named("address") {
            let cc = a.text_of("country").and_then(|c| country(&c));
            let full = join_address(&[
                a.text_of("address1"),
                a.text_of("address2"),
                a.text_of("address3"),
                a.text_of("city"),
                a.text_of("stateOrProvince"),
                a.text_of("postalCode"),
                a.text_of("country"),
            ]);
            e.addresses.push(Address {
                full,
                city: a.text_of("city"),
                country: cc,
            });
        }
    }
    for list in ["nationalityList", "citizenshipList"] {
        if let Some(nl) = n.child(list) {
            for c in nl.children.iter().filter_map(|x| x.text_of("country")) {
                if let Some(cc) = country(&c) {
                    Address::add_country(&mut e.addresses, cc);
                }
            }
        }
    }
    if let Some(il) = n.child("idList") {
        for i in il.children_named("id") {
            let (Some(kind), Some(value)) = (i.text_of("idType"), i.text_of("idNumber")) else {
                continue;
            };
            if is_info_kind(&kind) {
                continue;
            }
            e.identifiers.push(Identifier {
                kind,
                value,
                country: i.text_of("idCountry").and_then(|c| country(&c)),
            });
        }
    }
    if let Some(v) = n.child("vesselInfo") {
        if let Some(cs) = v.text_of("callSign") {
            e.identifiers.push(Identifier {
                kind: "Call Sign".into(),
                value: cs,
                country: None,
            });
        }
    }
    Ok(e)
}

pub fn parse(bytes: &[u8]) -> Result<Parsed, ListError> {
    let mut rec = Records::new(Format::OfacSdnXml);
    let res = walk(
        bytes,
        &|name| name == "sdnEntry" || name == "publshInformation",
        &mut |item| match item {
            Item::Root(r) => rec.root(r.name == "sdnList"),
            Item::Captured { node, .. } if node.name == "publshInformation" => {
                rec.out.as_of = node.text_of("Publish_Date").and_then(|d| date(&d));
            }
            Item::Captured { node, line } => rec.record(line, entry(&node).map_err(|m| clean(&m))),
        },
    );
    rec.finish(res, "sdnList")
}
