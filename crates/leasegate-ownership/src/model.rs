//! The ownership data model: entities, ownership edges with exact / ranged /
//! unknown shares, control edges, and the diagnostics importers return.

use crate::ident::Identifier;
use leasegate_core::Percent;
use serde::{Deserialize, Serialize};
use std::fmt;

/// A share in [min, max], held exactly in [`Percent`] units. An unknown share
/// is the full range [0, 100]: for the rule the two are the same thing (it
/// contributes 0 to `share_min` sums and 100 to `share_max` sums).
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Share {
    min: Percent,
    max: Percent,
}

impl Share {
    pub const UNKNOWN: Share = Share {
        min: Percent::ZERO,
        max: Percent::HUNDRED,
    };

    pub fn exact(p: Percent) -> Self {
        Self { min: p, max: p }
    }
    /// `None` when min > max.
    pub fn range(min: Percent, max: Percent) -> Option<Self> {
        (min <= max).then_some(Self { min, max })
    }
    /// Builds from raw units; `None` when out of range or min > max.
    pub fn from_units(min: u32, max: u32) -> Option<Self> {
        let min = Percent::from_units(min).ok()?;
        let max = Percent::from_units(max).ok()?;
        Self::range(min, max)
    }
    pub fn min(self) -> Percent {
        self.min
    }
    pub fn max(self) -> Percent {
        self.max
    }
    pub fn is_unknown(self) -> bool {
        self == Self::UNKNOWN
    }
    pub fn is_exact(self) -> bool {
        self.min == self.max
    }
    /// Two reports about the same (owner, owned) pair are counted once, by
    /// the stricter reading of each bound: the larger minimum (some source
    /// asserts at least that much) and the larger maximum. The result is
    /// never weaker than either input for the rule.
    pub fn merge(self, other: Share) -> Share {
        Share {
            min: self.min.max(other.min),
            max: self.max.max(other.max),
        }
    }
}

impl fmt::Debug for Share {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}
impl fmt::Display for Share {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.is_unknown() {
            f.write_str("unknown share")
        } else if self.is_exact() {
            write!(f, "{}%", self.min)
        } else {
            write!(f, "{}-{}%", self.min, self.max)
        }
    }
}

/// Stored as decimal strings so the round trip is exact.
#[derive(Serialize, Deserialize)]
struct ShareRepr {
    min: String,
    max: String,
}
impl Serialize for Share {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        ShareRepr {
            min: self.min.to_string(),
            max: self.max.to_string(),
        }
        .serialize(s)
    }
}
impl<'de> Deserialize<'de> for Share {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let r = ShareRepr::deserialize(d)?;
        let min = Percent::parse(&r.min).map_err(serde::de::Error::custom)?;
        let max = Percent::parse(&r.max).map_err(serde::de::Error::custom)?;
        Share::range(min, max).ok_or_else(|| serde::de::Error::custom("share min > max"))
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Schema {
    #[default]
    Organization,
    Person,
}

impl Schema {
    /// Accepts FollowTheMoney and BODS spellings; anything that is not a
    /// person is treated as an organisation (companies, trusts, states).
    pub fn parse(s: &str) -> Self {
        match s.trim().to_ascii_lowercase().as_str() {
            "person" | "natural_person" | "individual" | "knownperson" => Schema::Person,
            _ => Schema::Organization,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Entity {
    pub id: String,
    pub name: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    #[serde(default)]
    pub schema: Schema,
    /// ISO 3166-1 alpha-2, validated by the importer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub identifiers: Vec<Identifier>,
    /// List codes (EL, SDN, MEU, ...) the entity is itself listed on.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub listed: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OwnershipEdge {
    pub owner: String,
    pub owned: String,
    pub share: Share,
    /// Where the fact came from (file and record), for evidence.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// As-of date, `YYYY-MM-DD` as given by the source.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub as_of: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ControlRole {
    Director,
    Officer,
    ControllingPerson,
}

/// Control without ownership: `controller` is a director / officer /
/// controlling person of `controlled`. Never counts toward the 50% rule;
/// feeds the shared-management red flag.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ControlEdge {
    pub controller: String,
    pub controlled: String,
    pub role: ControlRole,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

/// Everything known about a set of entities; what importers produce and what
/// the CLI stores in the data dir.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Dataset {
    pub entities: Vec<Entity>,
    pub ownership: Vec<OwnershipEdge>,
    #[serde(default)]
    pub control: Vec<ControlEdge>,
}

impl Dataset {
    /// Merges records that share an id (first-seen order kept): the first
    /// non-empty name and country win, aliases, identifiers and list codes
    /// are united. Used when several sources describe the same entity.
    pub fn merge_entities(&mut self) {
        let mut index: rustc_hash::FxHashMap<String, usize> = rustc_hash::FxHashMap::default();
        let mut out: Vec<Entity> = Vec::with_capacity(self.entities.len());
        for e in std::mem::take(&mut self.entities) {
            match index.get(&e.id) {
                None => {
                    index.insert(e.id.clone(), out.len());
                    out.push(e);
                }
                Some(&i) => {
                    let t = &mut out[i];
                    if t.name.is_empty() {
                        t.name = e.name;
                    } else if !e.name.is_empty() && e.name != t.name && !t.aliases.contains(&e.name)
                    {
                        t.aliases.push(e.name);
                    }
                    if t.country.is_none() {
                        t.country = e.country;
                    }
                    for a in e.aliases {
                        if !t.aliases.contains(&a) {
                            t.aliases.push(a);
                        }
                    }
                    for x in e.identifiers {
                        if !t.identifiers.contains(&x) {
                            t.identifiers.push(x);
                        }
                    }
                    for c in e.listed {
                        if !t.listed.contains(&c) {
                            t.listed.push(c);
                        }
                    }
                }
            }
        }
        self.entities = out;
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// The record was kept (possibly merged); the user should look.
    Warning,
    /// The record (or the field named) was not used.
    Error,
}

/// A per-record problem, naming where it was found.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    pub severity: Severity,
    /// Stable snake_case code, e.g. `share_out_of_range`.
    pub code: &'static str,
    /// `file:row` or record id.
    pub location: String,
    pub message: String,
}

impl Diagnostic {
    pub fn error(
        code: &'static str,
        location: impl Into<String>,
        message: impl Into<String>,
    ) -> Self {
        Self {
            severity: Severity::Error,
            code,
            location: location.into(),
            message: message.into(),
        }
    }
    pub fn warning(
        code: &'static str,
        location: impl Into<String>,
        message: impl Into<String>,
    ) -> Self {
        Self {
            severity: Severity::Warning,
            code,
            location: location.into(),
            message: message.into(),
        }
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sev = match self.severity {
            Severity::Warning => "warning",
            Severity::Error => "error",
        };
        write!(
            f,
            "{sev}[{}] {}: {}",
            self.code, self.location, self.message
        )
    }
}
