//! Country groups with effective dates, so "as of date X" is answered with
//! the table in force on X.

use crate::ChipsError;
use leasegate_core::CountryCode;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};
use time::Date;

pub const EMBEDDED_COUNTRY_GROUPS: &str = include_str!("../data/country_groups.toml");

/// One membership period. `from` inclusive, `until` exclusive (the first day
/// the country is out). `None` means open-ended.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Membership {
    pub country: CountryCode,
    pub from: Option<Date>,
    pub until: Option<Date>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub citation: Option<String>,
}

impl Membership {
    fn in_force(&self, d: Date) -> bool {
        self.from.is_none_or(|f| d >= f) && self.until.is_none_or(|u| d < u)
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Group {
    pub name: String,
    pub title: String,
    pub citation: String,
    pub memberships: Vec<Membership>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct CountryGroups {
    pub version: String,
    pub valid_from: Date,
    pub source: String,
    #[serde(skip)]
    known: BTreeSet<CountryCode>,
    pub groups: BTreeMap<String, Group>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    schema: u32,
    version: String,
    valid_from: String,
    source: String,
    known: Vec<String>,
    groups: BTreeMap<String, RawGroup>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawGroup {
    title: String,
    citation: String,
    #[serde(default)]
    members: Vec<String>,
    #[serde(default)]
    dated: Vec<RawDated>,
    notes: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDated {
    country: Option<String>,
    #[serde(default)]
    countries: Vec<String>,
    from: Option<String>,
    until: Option<String>,
    citation: Option<String>,
}

const DATE_FMT: &[time::format_description::FormatItem<'static>] =
    time::macros::format_description!("[year]-[month]-[day]");

/// Parses `YYYY-MM-DD`.
pub fn parse_date(s: &str) -> Result<Date, ChipsError> {
    Date::parse(s.trim(), DATE_FMT)
        .map_err(|_| ChipsError::invalid("date", s, "expected YYYY-MM-DD"))
}

pub fn format_date(d: Date) -> String {
    d.format(DATE_FMT).unwrap_or_else(|_| d.to_string())
}

impl CountryGroups {
    pub fn embedded() -> Result<Self, ChipsError> {
        Self::parse(EMBEDDED_COUNTRY_GROUPS, "embedded country_groups.toml")
    }

    pub fn parse(text: &str, file: &str) -> Result<Self, ChipsError> {
        let bad = |m: String| ChipsError::InvalidData {
            file: file.to_string(),
            message: m,
        };
        let raw: RawFile = toml::from_str(text).map_err(|e| bad(e.to_string()))?;
        if raw.schema != 1 {
            return Err(bad(format!(
                "unsupported schema {} (expected 1)",
                raw.schema
            )));
        }
        let cc = |s: &str| CountryCode::parse(s).map_err(|e| bad(e.to_string()));
        let date = |s: &Option<String>| {
            s.as_deref()
                .map(parse_date)
                .transpose()
                .map_err(|e| bad(e.to_string()))
        };
        let known = raw
            .known
            .iter()
            .map(|s| cc(s))
            .collect::<Result<BTreeSet<_>, _>>()?;
        let mut groups = BTreeMap::new();
        for (name, g) in raw.groups {
            let mut memberships = Vec::new();
            for m in &g.members {
                memberships.push(Membership {
                    country: cc(m)?,
                    from: None,
                    until: None,
                    citation: None,
                });
            }
            for d in &g.dated {
                let (from, until) = (date(&d.from)?, date(&d.until)?);
                if let (Some(f), Some(u)) = (from, until) {
                    if f >= u {
                        return Err(bad(format!(
                            "group {name}: from {f} is not before until {u}"
                        )));
                    }
                }
                for c in d.country.iter().chain(d.countries.iter()) {
                    // A dated entry replaces an undated one for the same country.
                    let code = cc(c)?;
                    memberships.retain(|m: &Membership| {
                        !(m.country == code && m.from.is_none() && m.until.is_none())
                    });
                    memberships.push(Membership {
                        country: code,
                        from,
                        until,
                        citation: d.citation.clone(),
                    });
                }
            }
            for m in &memberships {
                if !known.contains(&m.country) {
                    return Err(bad(format!(
                        "group {name}: {} is not in `known`",
                        m.country
                    )));
                }
            }
            groups.insert(
                name.clone(),
                Group {
                    name,
                    title: g.title,
                    citation: g.citation,
                    memberships,
                    notes: g.notes,
                },
            );
        }
        Ok(CountryGroups {
            version: raw.version,
            valid_from: parse_date(&raw.valid_from).map_err(|e| bad(e.to_string()))?,
            source: raw.source,
            known,
            groups,
        })
    }

    /// Validates a user-supplied country: shape and membership of the ISO list.
    pub fn country(&self, s: &str) -> Result<CountryCode, ChipsError> {
        let c = CountryCode::parse(s).map_err(|_| ChipsError::UnknownCountry(s.to_string()))?;
        if self.known.contains(&c) {
            Ok(c)
        } else {
            Err(ChipsError::UnknownCountry(s.to_string()))
        }
    }

    fn check_date(&self, as_of: Date) -> Result<(), ChipsError> {
        if as_of < self.valid_from {
            return Err(ChipsError::DateOutOfRange {
                date: format_date(as_of),
                valid_from: format_date(self.valid_from),
            });
        }
        Ok(())
    }

    /// Is `c` in group `name` on `as_of`? Unknown group names are data errors.
    pub fn is_member(&self, name: &str, c: CountryCode, as_of: Date) -> Result<bool, ChipsError> {
        self.check_date(as_of)?;
        let g = self
            .groups
            .get(name)
            .ok_or_else(|| ChipsError::InvalidData {
                file: "country_groups.toml".into(),
                message: format!("unknown country group {name:?}"),
            })?;
        Ok(g.memberships
            .iter()
            .any(|m| m.country == c && m.in_force(as_of)))
    }

    /// Every group `c` belongs to on `as_of`, sorted by name.
    pub fn groups_of(&self, c: CountryCode, as_of: Date) -> Result<Vec<String>, ChipsError> {
        self.check_date(as_of)?;
        Ok(self
            .groups
            .values()
            .filter(|g| {
                g.memberships
                    .iter()
                    .any(|m| m.country == c && m.in_force(as_of))
            })
            .map(|g| g.name.clone())
            .collect())
    }

    /// A group name, or a bare country code (`CN`), matches `c`?
    pub fn matches(&self, selector: &str, c: CountryCode, as_of: Date) -> Result<bool, ChipsError> {
        if self.groups.contains_key(selector) {
            self.is_member(selector, c, as_of)
        } else {
            let sel = CountryCode::parse(selector).map_err(|_| ChipsError::InvalidData {
                file: "policy.toml".into(),
                message: format!("{selector:?} is neither a country group nor a country code"),
            })?;
            Ok(sel == c)
        }
    }

    pub fn has_group(&self, name: &str) -> bool {
        self.groups.contains_key(name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cambodia_leaves_d5() {
        let g = CountryGroups::embedded().unwrap();
        let kh = g.country("kh").unwrap();
        assert!(g
            .is_member("D:5", kh, parse_date("2026-02-02").unwrap())
            .unwrap());
        assert!(!g
            .is_member("D:5", kh, parse_date("2026-02-03").unwrap())
            .unwrap());
        assert!(g
            .is_member("D:1", kh, parse_date("2026-02-03").unwrap())
            .unwrap());
        assert!(matches!(
            g.country("XX"),
            Err(ChipsError::UnknownCountry(_))
        ));
        assert!(matches!(
            g.is_member("D:5", kh, parse_date("2020-01-01").unwrap()),
            Err(ChipsError::DateOutOfRange { .. })
        ));
    }
}
