//! Small hand-made entries in the shape the list parsers produce.

use leasegate_core::CountryCode;
use leasegate_lists::{Address, Alias, AliasKind, Entry, Identifier, Schema};
use leasegate_screen::Index;

pub fn entry(
    id: &str,
    list: &str,
    schema: Schema,
    name: &str,
    aliases: &[&str],
    country: Option<&str>,
) -> Entry {
    Entry {
        id: id.to_string(),
        list: list.to_string(),
        schema,
        name: name.to_string(),
        aliases: aliases
            .iter()
            .map(|a| Alias {
                name: a.to_string(),
                kind: AliasKind::Aka,
            })
            .collect(),
        addresses: country
            .map(|c| {
                vec![Address {
                    full: c.to_string(),
                    city: None,
                    country: Some(CountryCode::parse(c).unwrap()),
                }]
            })
            .unwrap_or_default(),
        identifiers: vec![],
        programs: vec![],
        license_requirement: None,
        license_policy: None,
        federal_register: None,
        start_date: None,
        remarks: None,
    }
}

pub fn entries() -> Vec<Entry> {
    use Schema::*;
    let mut v = vec![
        entry(
            "el-huawei",
            "EL",
            Organization,
            "Huawei Technologies Co., Ltd.",
            &["Huawei"],
            Some("CN"),
        ),
        entry(
            "el-huawei-cloud",
            "EL",
            Organization,
            "Huawei Cloud Beijing",
            &[],
            Some("CN"),
        ),
        entry(
            "el-sensetime",
            "EL",
            Organization,
            "SenseTime Group Limited",
            &[],
            Some("CN"),
        ),
        entry(
            "el-belletech",
            "EL",
            Organization,
            "Belletech Corp",
            &[],
            Some("US"),
        ),
        entry(
            "el-709",
            "EL",
            Organization,
            "China State Shipbuilding Corporation, Limited (CSSC) 709th Research Institute",
            &[],
            Some("CN"),
        ),
        entry(
            "el-715",
            "EL",
            Organization,
            "China State Shipbuilding Corporation, Limited (CSSC) 715th Research Institute",
            &[],
            Some("CN"),
        ),
        entry("sdn-abbas", "SDN", Person, "'ABBAS, Rim", &[], Some("SY")),
        entry(
            "sdn-aung",
            "SDN",
            Person,
            "AUNG, Shwe Ye Phu",
            &[],
            Some("MM"),
        ),
        entry(
            "sdn-putin",
            "SDN",
            Person,
            "PUTIN, Vladimir Vladimirovich",
            &["Владимир Путин"],
            Some("RU"),
        ),
        entry("sdn-smith", "SDN", Person, "SMITH, John", &[], Some("GB")),
        entry(
            "sdn-krasnoye",
            "SDN",
            Organization,
            "PUBLIC JOINT STOCK COMPANY KRASNOYE SORMOVO SHIPYARD",
            &[],
            Some("RU"),
        ),
        entry("sdn-vessel", "SDN", Vessel, "SEA CLIFF", &[], None),
        entry(
            "dpl-ltd",
            "DPL",
            Organization,
            "Sky Blue Bird Aviation",
            &["SKY BLUE BIRD GROUP"],
            Some("AE"),
        ),
    ];
    v[3].identifiers.push(Identifier {
        kind: "Registration Number".into(),
        value: "REG-448812-X".into(),
        country: None,
    });
    v
}

pub fn index() -> Index {
    Index::build(entries())
}
