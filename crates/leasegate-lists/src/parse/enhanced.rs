//! OFAC Enhanced XML (`<sanctionsData>`), SDN or consolidated non-SDN
//! publication. Ids `ofac-sdn:<entity id>` for SDN entries (the same uid as
//! SDN.XML) and `ofac-cons:<entity id>` otherwise; the list code comes from
//! each entity's sanctions list (SDN, SSI, CMIC, PLC, NS-MBS, FSE, CAP).
//! Source `ofac_sdn` for an SDN publication, `ofac_cons` otherwise.

use super::sdn_xml::{is_info_kind, join_address, ofac_schema};
use super::xml::{walk, Item, Node, Records};
use super::{Format, Parsed};
use crate::error::ListError;
use crate::model::{Address, Alias, AliasKind, Entry, Identifier};
use crate::text::{country, date, opt};

fn list_code(name: &str) -> Option<&'static str> {
    Some(match name.trim() {
        "SDN List" => "SDN",
        "Sectoral Sanctions Identifications List" => "SSI",
        "Non-SDN CMIC List" => "CMIC",
        "Non-SDN Palestinian Legislative Council List" => "PLC",
        "Non-SDN Menu-Based Sanctions List" => "NS-MBS",
        "FSE List" => "FSE",
        "CAPTA List" => "CAP",
        "Consolidated List" => return None,
        _ => return None,
    })
}

fn descendants<'a>(n: &'a Node, name: &str, out: &mut Vec<&'a Node>) {
    for c in &n.children {
        if c.name == name {
            out.push(c);
        }
        descendants(c, name, out);
    }
}

fn all<'a>(n: &'a Node, name: &str) -> Vec<&'a Node> {
    let mut v = Vec::new();
    descendants(n, name, &mut v);
    v
}

fn entry(n: &Node) -> Result<Entry, String> {
    let id = n.attr("id").and_then(opt).ok_or("entity without id")?;
    let kind = n
        .child("generalInfo")
        .and_then(|g| g.text_of("entityType"))
        .unwrap_or_default();
    let mut list: Option<(String, Option<String>)> = None;
    let mut other_list = None;
    if let Some(sl) = n.child("sanctionsLists") {
        for l in sl.children_named("sanctionsList") {
            match list_code(&l.text) {
                // A non-SDN list wins over SDN: the consolidated publication is about it.
                Some(code) if list.as_ref().is_none_or(|(c, _)| c == "SDN") => {
                    list = Some((code.to_string(), l.attr("datePublished").and_then(opt)))
                }
                None if other_list.is_none() && l.text.trim() != "Consolidated List" => {
                    other_list = opt(&l.text)
                }
                _ => {}
            }
        }
    }
    let (list, start_date) = list
        .or_else(|| other_list.map(|o| (o, None)))
        .unwrap_or_else(|| ("OFAC".into(), None));
    let mut primary: Option<String> = None;
    let mut aliases = Vec::new();
    if let Some(names) = n.child("names") {
        for nm in names.children_named("name") {
            let is_primary = nm.text_of("isPrimary").as_deref() == Some("true");
            let low = nm.text_of("isLowQuality").as_deref() == Some("true");
            let alias_type = nm
                .text_of("aliasType")
                .unwrap_or_default()
                .to_ascii_uppercase();
            let kind = if low {
                AliasKind::Weak
            } else if alias_type.starts_with("F.K.A") {
                AliasKind::Fka
            } else {
                AliasKind::Aka
            };
            let mut first = true;
            for t in all(nm, "translation") {
                let Some(full) = t.text_of("formattedFullName") else {
                    continue;
                };
                let t_primary = t.text_of("isPrimary").as_deref() == Some("true");
                if is_primary && t_primary && primary.is_none() && first {
                    primary = Some(full);
                } else if !aliases.iter().any(|a: &Alias| a.name == full) {
                    // Other scripts of the primary name are strong aliases.
                    aliases.push(Alias {
                        name: full,
                        kind: if is_primary { AliasKind::Aka } else { kind },
                    });
                }
                first = false;
            }
        }
    }
    let name = primary
        .or_else(|| (!aliases.is_empty()).then(|| aliases.remove(0).name))
        .ok_or_else(|| format!("entity {id} has no name"))?;
    aliases.retain(|a| a.name != name);
    let mut addresses = Vec::new();
    for a in all(n, "address") {
        let cc = a.text_of("country").and_then(|c| country(&c));
        let mut parts: Vec<Option<String>> = all(a, "addressPart")
            .into_iter()
            .map(|p| p.text_of("value"))
            .collect();
        parts.push(a.text_of("country"));
        let full = join_address(&parts);
        if full.is_empty() {
            continue;
        }
        let city = all(a, "addressPart")
            .into_iter()
            .find(|p| p.text_of("type").as_deref() == Some("CITY"))
            .and_then(|p| p.text_of("value"));
        addresses.push(Address {
            full,
            city,
            country: cc,
        });
    }
    let mut identifiers = Vec::new();
    for d in all(n, "identityDocument") {
        let (Some(kind), Some(value)) = (d.text_of("type"), d.text_of("documentNumber")) else {
            continue;
        };
        if is_info_kind(&kind) {
            continue;
        }
        identifiers.push(Identifier {
            kind,
            value,
            country: d.text_of("issuingCountry").and_then(|c| country(&c)),
        });
    }
    let programs = n
        .child("sanctionsPrograms")
        .map(|p| {
            p.children_named("sanctionsProgram")
                .filter_map(|x| opt(&x.text))
                .collect()
        })
        .unwrap_or_default();
    let prefix = if list == "SDN" {
        "ofac-sdn"
    } else {
        "ofac-cons"
    };
    Ok(Entry {
        id: format!("{prefix}:{id}"),
        list,
        schema: ofac_schema(&kind),
        name,
        aliases,
        addresses,
        identifiers,
        programs,
        license_requirement: None,
        license_policy: None,
        federal_register: None,
        start_date,
        remarks: n
            .text_of("remarks")
            .or_else(|| n.child("generalInfo").and_then(|g| g.text_of("remarks"))),
    })
}

pub fn parse(bytes: &[u8]) -> Result<Parsed, ListError> {
    let mut rec = Records::new(Format::OfacEnhancedXml);
    let mut lists_in_filter: Vec<String> = Vec::new();
    let res = walk(
        bytes,
        &|name| name == "entity" || name == "publicationInfo",
        &mut |item| match item {
            Item::Root(r) => rec.root(r.name == "sanctionsData"),
            Item::Captured { node, .. } if node.name == "publicationInfo" => {
                rec.out.as_of = node.text_of("dataAsOf").and_then(|d| date(&d));
                lists_in_filter = all(&node, "sanctionsList")
                    .into_iter()
                    .filter_map(|l| opt(&l.text))
                    .collect();
            }
            Item::Captured { node, line } => rec.record(line, entry(&node)),
        },
    );
    rec.out.source = if lists_in_filter.iter().any(|l| l == "SDN List") {
        "ofac_sdn"
    } else {
        "ofac_cons"
    }
    .to_string();
    rec.finish(res, "sanctionsData")
}
