//! The one model every list format is parsed into.

use leasegate_core::CountryCode;
use serde::{Deserialize, Serialize};

/// What kind of party an entry describes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
#[serde(rename_all = "snake_case")]
pub enum Schema {
    Person,
    Organization,
    Vessel,
    Aircraft,
}

/// How strongly an alias identifies the party.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AliasKind {
    /// also known as (strong)
    Aka,
    /// formerly known as
    Fka,
    /// weak / low-quality alias (OFAC "weak aka")
    Weak,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Alias {
    pub name: String,
    pub kind: AliasKind,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Address {
    /// The address as one line, as published.
    pub full: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<CountryCode>,
}

impl Address {
    /// Records a nationality or citizenship as a country-only address, so a
    /// country given with the query can match it, unless an address already
    /// names that country.
    pub fn add_country(addresses: &mut Vec<Address>, cc: CountryCode) {
        if !addresses.iter().any(|a| a.country == Some(cc)) {
            addresses.push(Address {
                full: String::new(),
                city: None,
                country: Some(cc),
            });
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Identifier {
    /// e.g. "Passport", "Registration Number", "Unified Social Credit Code".
    pub kind: String,
    pub value: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<CountryCode>,
}

/// One restricted party as published on one list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    /// CSL `_id` verbatim; `ofac-sdn:<uid>`, `un:<dataid>`, `eu:<logicalId>`,
    /// `bis-dpl:<name-slug>` for the BIS Denied Persons txt (it has no ids).
    pub id: String,
    /// List code: EL, SDN, MEU, UVL, DPL, CMIC, SSI, DTC, ISN, UN, EU, ...
    pub list: String,
    pub schema: Schema,
    pub name: String,
    #[serde(default)]
    pub aliases: Vec<Alias>,
    #[serde(default)]
    pub addresses: Vec<Address>,
    #[serde(default)]
    pub identifiers: Vec<Identifier>,
    #[serde(default)]
    pub programs: Vec<String>,
    /// Entity List licence requirement, as published.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub license_requirement: Option<String>,
    /// Entity List licence review policy, as published.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub license_policy: Option<String>,
    /// Federal Register citation(s), e.g. "84 FR 22963".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub federal_register: Option<String>,
    /// Listing start date as published (ISO 8601 where the source gives one).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_date: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remarks: Option<String>,
}

impl Entry {
    /// Primary name followed by every alias: what matching indexes.
    pub fn all_names(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.name.as_str()).chain(self.aliases.iter().map(|a| a.name.as_str()))
    }

    /// Every country the entry's addresses name, deduplicated, in order.
    pub fn countries(&self) -> Vec<CountryCode> {
        let mut out: Vec<CountryCode> = Vec::new();
        for c in self.addresses.iter().filter_map(|a| a.country) {
            if !out.contains(&c) {
                out.push(c);
            }
        }
        out
    }
}
