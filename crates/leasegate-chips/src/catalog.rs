//! The accelerator catalog: one record per chip, every figure with its
//! source and a confidence, and alternatives where sources disagree.

use crate::classify::{
    classify, classify_hbm, ChipSpec, Classification, HbmClassification, Precision,
};
use crate::num::{Milli, NumError};
use crate::ChipsError;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The catalog shipped in the binary.
pub const EMBEDDED_CATALOG: &str = include_str!("../data/catalog.toml");

/// Upper bound on catalog size: a typo'd override file must not eat memory.
pub const MAX_CHIPS: usize = 10_000;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Confidence {
    /// Vendor datasheet or several agreeing sources.
    High,
    /// One secondary source, or derived by simple arithmetic from one.
    Medium,
    /// Assumed, estimated, or sources disagree widely.
    Low,
}

/// A figure a source disagrees on, kept for the record; not used.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct AltFigure {
    pub value: Milli,
    pub source: String,
    pub confidence: Confidence,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// One spec figure: the value used, where it comes from, how sure we are.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Figure {
    pub value: Milli,
    pub source: String,
    pub confidence: Confidence,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub alternatives: Vec<AltFigure>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Hbm {
    pub generation: String,
    pub stacks: u32,
    /// Footprint of one stack, for the 3A090.c bandwidth density.
    pub stack_area_mm2: Figure,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Source {
    pub id: String,
    pub title: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub licence: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Accelerator {
    pub id: String,
    /// Other names accepted on lookup (`h200` for `h200-sxm`). `vendor-id`
    /// (`nvidia-h100-sxm`) is always accepted too.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    pub vendor: String,
    pub name: String,
    pub form_factor: String,
    /// Designed or marketed for use in data centres (Note 2, NAC).
    pub datacenter: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub release_date: Option<String>,
    /// Dense (non-sparse) throughput per precision, in TOPS / TFLOPS.
    pub tops: BTreeMap<Precision, Figure>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub die_area_mm2: Option<Figure>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub memory_gb: Option<Figure>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub memory_bandwidth_gb_s: Option<Figure>,
    pub memory_type: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hbm: Option<Hbm>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub interconnect_gb_s: Option<Figure>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
}

impl Accelerator {
    /// The id and the aliases.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.id.as_str()).chain(self.aliases.iter().map(String::as_str))
    }

    /// True for the id, an alias, or `vendor-id` (`nvidia-h100-sxm`), lower case.
    pub fn answers_to(&self, name: &str) -> bool {
        if self.names().any(|n| n == name) {
            return true;
        }
        let vendor = self.vendor.to_ascii_lowercase();
        name.strip_prefix(vendor.as_str())
            .and_then(|r| r.strip_prefix('-'))
            .is_some_and(|r| self.names().any(|n| n == r))
    }

    pub fn spec(&self) -> ChipSpec {
        ChipSpec {
            tops: self.tops.iter().map(|(p, f)| (*p, f.value)).collect(),
            die_area_mm2: self.die_area_mm2.as_ref().map(|f| f.value),
            datacenter: self.datacenter,
        }
    }

    pub fn classify(&self) -> Result<Classification, ChipsError> {
        classify(&self.spec()).map_err(|e| match e {
            ChipsError::MissingFigure { what } => ChipsError::MissingFigure {
                what: format!("{}: {what}", self.id),
            },
            other => other,
        })
    }

    /// 3A090.c for the HBM on this package: per-stack bandwidth over stack footprint.
    pub fn hbm_classification(&self) -> Option<HbmClassification> {
        let hbm = self.hbm.as_ref()?;
        let bw = self.memory_bandwidth_gb_s.as_ref()?.value;
        if hbm.stacks == 0 {
            return None;
        }
        let per_stack = Milli::from_thousandths(bw.thousandths() / u64::from(hbm.stacks));
        classify_hbm(per_stack, hbm.stack_area_mm2.value).ok()
    }

    /// Every source id this record cites, deduplicated, in order of first use.
    pub fn source_ids(&self) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        let mut push = |f: &Figure| {
            for s in std::iter::once(&f.source).chain(f.alternatives.iter().map(|a| &a.source)) {
                if !out.contains(s) {
                    out.push(s.clone());
                }
            }
        };
        self.tops.values().for_each(&mut push);
        for f in [
            &self.die_area_mm2,
            &self.memory_gb,
            &self.memory_bandwidth_gb_s,
            &self.interconnect_gb_s,
        ]
        .into_iter()
        .flatten()
        {
            push(f);
        }
        if let Some(h) = &self.hbm {
            push(&h.stack_area_mm2);
        }
        out
    }
}

/// A record of the catalog file that could not be read; the rest still loads.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct CatalogIssue {
    pub index: usize,
    pub id: Option<String>,
    pub message: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Catalog {
    pub version: String,
    pub sources: Vec<Source>,
    pub chips: Vec<Accelerator>,
}

// ---- raw file shapes -------------------------------------------------------

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCatalog {
    schema: u32,
    version: String,
    #[serde(default)]
    sources: Vec<RawSource>,
    #[serde(default)]
    chips: Vec<toml::Value>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSource {
    id: String,
    title: String,
    url: Option<String>,
    licence: Option<String>,
}

/// A number written as a string ("989.4", exact) or a TOML number.
#[derive(Deserialize)]
#[serde(untagged)]
enum NumText {
    Text(String),
    Int(i64),
    Float(f64),
}

impl NumText {
    fn parse(&self, field: &str) -> Result<Milli, ChipsError> {
        // Rust prints the shortest string that round-trips, so 989.4 stays "989.4".
        let s = match self {
            NumText::Text(s) => s.clone(),
            NumText::Int(i) => i.to_string(),
            NumText::Float(f) => f.to_string(),
        };
        Milli::parse(&s).map_err(|e| num_error(field, &s, e))
    }
}

pub(crate) fn num_error(field: &str, s: &str, e: NumError) -> ChipsError {
    let why = match e {
        NumError::Syntax => "not a decimal number",
        NumError::Negative => "must not be negative",
        NumError::Precision => "more than three decimals",
        NumError::Overflow => "too large",
    };
    ChipsError::invalid(field, s, why)
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAlt {
    value: NumText,
    source: String,
    confidence: Option<Confidence>,
    note: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFigure {
    value: NumText,
    source: String,
    confidence: Confidence,
    note: Option<String>,
    #[serde(default)]
    alt: Vec<RawAlt>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawHbm {
    generation: String,
    stacks: u32,
    stack_area_mm2: RawFigure,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawChip {
    id: String,
    #[serde(default)]
    aliases: Vec<String>,
    vendor: String,
    name: String,
    form_factor: String,
    datacenter: bool,
    release_date: Option<String>,
    #[serde(default)]
    tops: BTreeMap<String, RawFigure>,
    die_area_mm2: Option<RawFigure>,
    memory_gb: Option<RawFigure>,
    memory_bandwidth_gb_s: Option<RawFigure>,
    memory_type: String,
    hbm: Option<RawHbm>,
    interconnect_gb_s: Option<RawFigure>,
    notes: Option<String>,
}

fn figure(raw: RawFigure, field: &str, sources: &[Source]) -> Result<Figure, ChipsError> {
    let known = |s: &str| -> Result<(), ChipsError> {
        if sources.iter().any(|x| x.id == s) {
            Ok(())
        } else {
            Err(ChipsError::invalid(
                format!("{field}.source"),
                s,
                "not declared in [[sources]]",
            ))
        }
    };
    known(&raw.source)?;
    let mut alternatives = Vec::with_capacity(raw.alt.len());
    for a in raw.alt {
        known(&a.source)?;
        alternatives.push(AltFigure {
            value: a.value.parse(&format!("{field}.alt"))?,
            source: a.source,
            confidence: a.confidence.unwrap_or(Confidence::Medium),
            note: a.note,
        });
    }
    Ok(Figure {
        value: raw.value.parse(field)?,
        source: raw.source,
        confidence: raw.confidence,
        note: raw.note,
        alternatives,
    })
}

fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 64
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !s.starts_with('-')
        && !s.ends_with('-')
}

fn chip(raw: RawChip, sources: &[Source]) -> Result<Accelerator, ChipsError> {
    if !is_slug(&raw.id) {
        return Err(ChipsError::invalid(
            "id",
            &raw.id,
            "expected a slug of a-z, 0-9 and '-'",
        ));
    }
    let mut tops = BTreeMap::new();
    for (k, f) in raw.tops {
        let p = Precision::parse(&k)?;
        tops.insert(p, figure(f, &format!("tops.{k}"), sources)?);
    }
    if tops.is_empty() {
        return Err(ChipsError::MissingFigure {
            what: format!("{}: no dense throughput figure", raw.id),
        });
    }
    let opt = |f: Option<RawFigure>, name: &str| f.map(|f| figure(f, name, sources)).transpose();
    let die = opt(raw.die_area_mm2, "die_area_mm2")?;
    if die.as_ref().is_some_and(|d| d.value.is_zero()) {
        return Err(ChipsError::invalid(
            "die_area_mm2",
            "0",
            "die area must be greater than zero",
        ));
    }
    let hbm = match raw.hbm {
        Some(h) => {
            let area = figure(h.stack_area_mm2, "hbm.stack_area_mm2", sources)?;
            if area.value.is_zero() || h.stacks == 0 {
                return Err(ChipsError::invalid(
                    "hbm",
                    "0",
                    "stacks and stack area must be greater than zero",
                ));
            }
            Some(Hbm {
                generation: h.generation,
                stacks: h.stacks,
                stack_area_mm2: area,
            })
        }
        None => None,
    };
    Ok(Accelerator {
        id: raw.id,
        aliases: raw.aliases,
        vendor: raw.vendor,
        name: raw.name,
        form_factor: raw.form_factor,
        datacenter: raw.datacenter,
        release_date: raw.release_date,
        tops,
        die_area_mm2: die,
        memory_gb: opt(raw.memory_gb, "memory_gb")?,
        memory_bandwidth_gb_s: opt(raw.memory_bandwidth_gb_s, "memory_bandwidth_gb_s")?,
        memory_type: raw.memory_type,
        hbm,
        interconnect_gb_s: opt(raw.interconnect_gb_s, "interconnect_gb_s")?,
        notes: raw.notes,
    })
}

impl Catalog {
    /// The embedded catalog. Its records are checked by the test suite, so
    /// issues here are a build defect and surface as `invalid_data`.
    pub fn embedded() -> Result<Catalog, ChipsError> {
        let (c, issues) = Catalog::parse(EMBEDDED_CATALOG, "embedded catalog.toml")?;
        match issues.first() {
            None => Ok(c),
            Some(i) => Err(ChipsError::InvalidData {
                file: "embedded catalog.toml".into(),
                message: i.message.clone(),
            }),
        }
    }

    /// Parses a catalog file. A file that is not TOML, or has the wrong
    /// schema, is an error; a chip record that is wrong is skipped and
    /// reported as an issue while the rest load.
    pub fn parse(text: &str, file: &str) -> Result<(Catalog, Vec<CatalogIssue>), ChipsError> {
        let bad = |message: String| ChipsError::InvalidData {
            file: file.to_string(),
            message,
        };
        let raw: RawCatalog = toml::from_str(text).map_err(|e| bad(e.to_string()))?;
        if raw.schema != 1 {
            return Err(bad(format!(
                "unsupported schema {} (expected 1)",
                raw.schema
            )));
        }
        if raw.chips.len() > MAX_CHIPS {
            return Err(bad(format!(
                "{} chips exceeds the limit of {MAX_CHIPS}",
                raw.chips.len()
            )));
        }
        let sources: Vec<Source> = raw
            .sources
            .into_iter()
            .map(|s| Source {
                id: s.id,
                title: s.title,
                url: s.url,
                licence: s.licence,
            })
            .collect();
        let mut chips: Vec<Accelerator> = Vec::with_capacity(raw.chips.len());
        let mut issues = Vec::new();
        for (index, v) in raw.chips.into_iter().enumerate() {
            let id = v.get("id").and_then(|i| i.as_str()).map(str::to_string);
            let res = RawChip::deserialize(v)
                .map_err(|e| bad(e.to_string()))
                .and_then(|r| chip(r, &sources));
            match res {
                // Ids and aliases share one namespace so a lookup is never ambiguous.
                Ok(c) if chips.iter().any(|x| c.names().any(|n| x.answers_to(n))) => {
                    issues.push(CatalogIssue {
                        index,
                        id,
                        message: format!(
                            "duplicate id or alias among {:?}",
                            c.names().collect::<Vec<_>>()
                        ),
                    })
                }
                Ok(c) => chips.push(c),
                Err(e) => issues.push(CatalogIssue {
                    index,
                    id,
                    message: e.to_string(),
                }),
            }
        }
        Ok((
            Catalog {
                version: raw.version,
                sources,
                chips,
            },
            issues,
        ))
    }

    pub fn get(&self, id: &str) -> Result<&Accelerator, ChipsError> {
        let want = id.trim().to_ascii_lowercase();
        let found = self.chips.iter().find(|c| c.id == want);
        let found = found.or_else(|| self.chips.iter().find(|c| c.answers_to(&want)));
        found.ok_or_else(|| ChipsError::UnknownChip {
            id: id.to_string(),
            suggestions: self.close_matches(&want),
        })
    }

    /// What the policy needs about a catalog chip: the lease gate's entry point.
    pub fn chip_class(&self, id: &str) -> Result<crate::policy::ChipClass, ChipsError> {
        crate::policy::ChipClass::from_accelerator(self.get(id)?)
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    /// Up to five ids that contain the query, share a token with it, or are a
    /// few edits away: enough to turn `h100` into `h100-sxm`.
    pub fn close_matches(&self, query: &str) -> Vec<String> {
        let q = query.to_ascii_lowercase();
        let tokens: Vec<&str> = q
            .split(|c: char| !c.is_ascii_alphanumeric())
            .filter(|t| t.len() >= 2)
            .collect();
        let mut scored: Vec<(usize, &str)> = self
            .chips
            .iter()
            .filter_map(|c| {
                let d = levenshtein(&q, &c.id);
                let name = c.name.to_ascii_lowercase();
                let shares = tokens
                    .iter()
                    .any(|t| c.id.split('-').any(|p| p == *t) || name.contains(t));
                if c.id.contains(&q) || shares || d <= 3 {
                    Some((d, c.id.as_str()))
                } else {
                    None
                }
            })
            .collect();
        scored.sort();
        scored
            .into_iter()
            .take(5)
            .map(|(_, id)| id.to_string())
            .collect()
    }
}

fn levenshtein(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            cur[j + 1] = (prev[j] + usize::from(ca != *cb))
                .min(prev[j + 1] + 1)
                .min(cur[j] + 1);
        }
        prev = cur;
    }
    prev[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn levenshtein_basics() {
        assert_eq!(levenshtein("h100", "h100"), 0);
        assert_eq!(levenshtein("kitten", "sitting"), 3);
    }

    #[test]
    fn per_record_errors_keep_the_rest() {
        let text = r#"
schema = 1
version = "t"
[[sources]]
id = "s"
title = "S"
[[chips]]
id = "good"
vendor = "V"
name = "Good"
form_factor = "PCIe"
datacenter = true
memory_type = "GDDR6"
tops = { fp16 = { value = "100", source = "s", confidence = "high" } }
[[chips]]
id = "bad"
vendor = "V"
name = "Bad"
form_factor = "PCIe"
datacenter = true
memory_type = "GDDR6"
tops = { fp16 = { value = "-1", source = "s", confidence = "high" } }
[[chips]]
id = "other"
aliases = ["good"]
vendor = "V"
name = "Other"
form_factor = "PCIe"
datacenter = true
memory_type = "GDDR6"
tops = { fp16 = { value = "1", source = "s", confidence = "high" } }
"#;
        let (c, issues) = Catalog::parse(text, "t").unwrap();
        assert_eq!(c.chips.len(), 1);
        assert_eq!(issues.len(), 2);
        assert!(
            issues[1].message.contains("duplicate"),
            "{}",
            issues[1].message
        );
        assert_eq!(c.get("v-good").unwrap().id, "good");
        assert!(
            issues[0].message.contains("must not be negative"),
            "{}",
            issues[0].message
        );
        assert!(Catalog::parse("not toml [", "t").is_err());
    }
}
