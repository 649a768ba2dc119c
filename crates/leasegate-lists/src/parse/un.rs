//! UN Security Council consolidated list XML (`<CONSOLIDATED_LIST>`);
//! ids `un:<DATAID>`, list `UN`, as-of from the root's `dateGenerated`.

use super::sdn_xml::join_address;
use super::xml::{walk, Item, Node, Records};
use super::{Format, Parsed};
use crate::error::ListError;
use crate::model::{Address, Alias, AliasKind, Entry, Identifier, Schema};
use crate::text::{country, date, opt};

fn alias_kind(quality: &str) -> AliasKind {
    match quality.trim().to_ascii_lowercase().as_str() {
        "low" => AliasKind::Weak,
        "f.k.a." => AliasKind::Fka,
        _ => AliasKind::Aka,
    }
}

fn entry(n: &Node) -> Result<Entry, String> {
    let person = n.name == "INDIVIDUAL";
    let id = n
        .text_of("DATAID")
        .ok_or_else(|| format!("{} without DATAID", n.name))?;
    let prefix = if person { "INDIVIDUAL" } else { "ENTITY" };
    let parts: Vec<String> = ["FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME"]
        .iter()
        .filter_map(|k| n.text_of(k))
        .collect();
    // Entities sometimes pack several names into FIRST_NAME, separated by ';'.
    let mut names: Vec<String> = if person {
        vec![parts.join(" ")]
    } else {
        parts.join(" ").split(';').filter_map(opt).collect()
    };
    names.retain(|s| !s.is_empty());
    if names.is_empty() {
        return Err(format!("{} {id} has no name", n.name));
    }
    let name = names.remove(0);
    let mut aliases: Vec<Alias> = names
        .into_iter()
        .map(|name| Alias {
            name,
            kind: AliasKind::Aka,
        })
        .collect();
    for a in n.children_named(if person {
        "INDIVIDUAL_ALIAS"
    } else {
        "ENTITY_ALIAS"
    }) {
        if let Some(an) = a.text_of("ALIAS_NAME") {
            aliases.push(Alias {
                name: an,
                kind: alias_kind(&a.text_of("QUALITY").unwrap_or_default()),
            });
        }
    }
    if let Some(orig) = n.text_of("NAME_ORIGINAL_SCRIPT") {
        aliases.push(Alias {
            name: orig,
            kind: AliasKind::Aka,
        });
    }
    let mut addresses = Vec::new();
    for a in n
        .children_named(&format!("{prefix}_ADDRESS"))
        .collect::<Vec<_>>()
    {
        let cc = a.text_of("COUNTRY").and_then(|c| country(&c));
        let full = join_address(&[
            a.text_of("STREET"),
            a.text_of("CITY"),
            a.text_of("STATE_PROVINCE"),
            a.text_of("ZIP_CODE"),
            a.text_of("COUNTRY"),
        ]);
        if full.is_empty() {
            continue;
        }
        addresses.push(Address {
            full,
            city: a.text_of("CITY"),
            country: cc,
        });
    }
    if let Some(nat) = n.child("NATIONALITY") {
        for v in nat.children_named("VALUE") {
            if let Some(cc) = country(&v.text) {
                Address::add_country(&mut addresses, cc);
            }
        }
    }
    let mut identifiers = Vec::new();
    if let Some(r) = n.text_of("REFERENCE_NUMBER") {
        identifiers.push(Identifier {
            kind: "UN Reference Number".into(),
            value: r,
            country: None,
        });
    }
    for d in n.children_named("INDIVIDUAL_DOCUMENT") {
        let (Some(kind), Some(value)) = (d.text_of("TYPE_OF_DOCUMENT"), d.text_of("NUMBER")) else {
            continue;
        };
        let cc = d
            .text_of("ISSUING_COUNTRY")
            .or_else(|| d.text_of("COUNTRY_OF_ISSUE"))
            .and_then(|c| country(&c));
        identifiers.push(Identifier {
            kind,
            value,
            country: cc,
        });
    }
    Ok(Entry {
        id: format!("un:{id}"),
        list: "UN".into(),
        schema: if person {
            Schema::Person
        } else {
            Schema::Organization
        },
        name,
        aliases,
        addresses,
        identifiers,
        programs: n.text_of("UN_LIST_TYPE").into_iter().collect(),
        license_requirement: None,
        license_policy: None,
        federal_register: None,
        start_date: n.text_of("LISTED_ON"),
        remarks: n.text_of("COMMENTS1"),
    })
}

pub fn parse(bytes: &[u8]) -> Result<Parsed, ListError> {
    let mut rec = Records::new(Format::UnXml);
    let res = walk(
        bytes,
        &|name| name == "INDIVIDUAL" || name == "ENTITY",
        &mut |item| match item {
            Item::Root(r) => {
                rec.root(r.name == "CONSOLIDATED_LIST");
                rec.out.as_of = r.attr("dateGenerated").and_then(date);
            }
            Item::Captured { node, line } => rec.record(line, entry(&node)),
        },
    );
    rec.finish(res, "CONSOLIDATED_LIST")
}
