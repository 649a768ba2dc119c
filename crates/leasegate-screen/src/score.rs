//! Evidence beyond the name (country, schema, alias quality, identifiers)
//! and the explanation attached to every match.

use crate::Query;
use leasegate_core::CountryCode;
use leasegate_lists::{AliasKind, Schema};
use leasegate_names::{Comparison, Name, TokenPair};
use serde::Serialize;

/// Weak (low-quality) aliases, as OFAC flags them, count for less.
pub(crate) const WEAK_ALIAS_FACTOR: f64 = 0.9;
/// A query stated to be a person against an organisation, vessel or aircraft.
pub(crate) const PERSON_QUERY_MISMATCH_FACTOR: f64 = 0.85;
/// A company query against a person entry: milder, because many list
/// records state no type and parsers infer "person" from the name's shape.
pub(crate) const ORG_QUERY_MISMATCH_FACTOR: f64 = 0.96;
/// Both sides state countries and none agree.
pub(crate) const COUNTRY_MISMATCH_FACTOR: f64 = 0.9;
/// Share of the remaining distance to 1 a country agreement closes.
pub(crate) const COUNTRY_MATCH_GAIN: f64 = 0.15;

/// One piece of evidence that moved the name score.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Adjustment {
    /// Stable snake_case: `weak_alias`, `schema_mismatch`, `country_match`,
    /// `country_mismatch`, `number_mismatch`, `identifier_match`.
    pub reason: &'static str,
    pub detail: String,
    /// Score before and after.
    pub before: f64,
    pub after: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Default)]
pub struct LegalFormsSeen {
    pub query: Vec<String>,
    pub candidate: Vec<String>,
}

/// Why an entry matched: the token alignment of the best-matching name and
/// every adjustment applied afterwards.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Explanation {
    pub matched_name: String,
    /// Canonical tokens the comparison saw (after folding, abbreviations, legal forms).
    pub query_tokens: Vec<String>,
    pub candidate_tokens: Vec<String>,
    /// "tokens" (weighted alignment) or "joined" (names compared without spaces).
    pub method: &'static str,
    pub pairs: Vec<TokenPair>,
    pub unmatched_query: Vec<String>,
    pub unmatched_candidate: Vec<String>,
    pub legal_forms: LegalFormsSeen,
    pub name_score: f64,
    pub adjustments: Vec<Adjustment>,
    pub score: f64,
}

impl Explanation {
    pub(crate) fn new(
        matched_name: &str,
        q: &Name,
        c: &Name,
        cmp: Comparison,
        adjustments: Vec<Adjustment>,
        score: f64,
    ) -> Self {
        let mut adjustments = adjustments;
        if cmp.surname_missing {
            adjustments.insert(
                0,
                Adjustment {
                    reason: "surname_missing",
                    detail: "the entry's family name is not in the query".into(),
                    before: round4(cmp.score),
                    after: round4(cmp.score),
                },
            );
        }
        if cmp.number_mismatch {
            // Already inside name_score; listed so the reader sees why it is low.
            adjustments.insert(
                0,
                Adjustment {
                    reason: "number_mismatch",
                    detail: "numbers in the names differ".into(),
                    before: round4(cmp.score),
                    after: round4(cmp.score),
                },
            );
        }
        Self {
            matched_name: matched_name.to_string(),
            query_tokens: q.tokens.iter().map(|t| t.text.clone()).collect(),
            candidate_tokens: c.tokens.iter().map(|t| t.text.clone()).collect(),
            method: cmp.method,
            pairs: cmp.pairs,
            unmatched_query: cmp.unmatched_query,
            unmatched_candidate: cmp.unmatched_candidate,
            legal_forms: LegalFormsSeen {
                query: q.legal_forms.clone(),
                candidate: c.legal_forms.clone(),
            },
            name_score: round4(cmp.score),
            adjustments,
            score: round4(score),
        }
    }

    /// One line for tables and logs.
    pub fn summary(&self) -> String {
        use std::fmt::Write;
        // Written into one buffer (this runs for every returned match):
        // parts separated by "; ", lists by ", " or " ".
        let mut out = String::with_capacity(128);
        let mut parts = 0;
        let mut part = |out: &mut String| {
            if parts > 0 {
                out.push_str("; ");
            }
            parts += 1;
        };
        if self.method == "joined" {
            part(&mut out);
            out.push_str("names equal when written without spaces");
        }
        if !self.pairs.is_empty() {
            part(&mut out);
            out.push_str("matched ");
            for (i, p) in self.pairs.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                let how = p.how.as_str();
                if p.query == p.candidate {
                    out.push_str(&p.query);
                    out.push_str(" (");
                    out.push_str(how);
                    out.push(')');
                } else {
                    let _ = write!(
                        out,
                        "{}~{} ({how} {:.2})",
                        p.query, p.candidate, p.similarity
                    );
                }
            }
        }
        let words = |out: &mut String, label: &str, w: &[String]| {
            out.push_str(label);
            for (i, t) in w.iter().enumerate() {
                if i > 0 {
                    out.push(' ');
                }
                out.push_str(t);
            }
        };
        if !self.unmatched_query.is_empty() {
            part(&mut out);
            words(&mut out, "query only: ", &self.unmatched_query);
        }
        if !self.unmatched_candidate.is_empty() {
            part(&mut out);
            words(&mut out, "entry only: ", &self.unmatched_candidate);
        }
        for a in &self.adjustments {
            part(&mut out);
            out.push_str(a.reason);
            out.push_str(" (");
            out.push_str(&a.detail);
            out.push(')');
        }
        out
    }
}

pub(crate) fn round4(x: f64) -> f64 {
    (x * 10_000.0).round() / 10_000.0
}

fn is_person(s: Schema) -> bool {
    s == Schema::Person
}

/// Applies the non-name evidence to a name score.
pub(crate) fn adjust(
    name_score: f64,
    q: &Query,
    entry_schema: Schema,
    entry_countries: &[CountryCode],
    alias: Option<AliasKind>,
    explain: bool,
) -> (f64, Vec<Adjustment>) {
    let mut s = name_score;
    let mut adj = Vec::new();
    let mut apply = |reason: &'static str, detail: &dyn Fn() -> String, new: f64, s: &mut f64| {
        if explain {
            adj.push(Adjustment {
                reason,
                detail: detail(),
                before: round4(*s),
                after: round4(new),
            });
        }
        *s = new;
    };
    if alias == Some(AliasKind::Weak) {
        apply(
            "weak_alias",
            &|| "matched a weak alias".to_string(),
            s * WEAK_ALIAS_FACTOR,
            &mut s,
        );
    }
    if let Some(qs) = q.schema {
        if is_person(qs) != is_person(entry_schema) {
            let d = || format!("query is {qs:?}, entry is {entry_schema:?}").to_lowercase();
            let f = if is_person(qs) {
                PERSON_QUERY_MISMATCH_FACTOR
            } else {
                ORG_QUERY_MISMATCH_FACTOR
            };
            apply("schema_mismatch", &d, s * f, &mut s);
        }
    }
    if let Some(c) = q.country {
        if !entry_countries.is_empty() {
            if entry_countries.contains(&c) {
                apply(
                    "country_match",
                    &|| format!("{c} is among the entry's countries"),
                    s + (1.0 - s) * COUNTRY_MATCH_GAIN,
                    &mut s,
                );
            } else {
                let d = || {
                    let list: Vec<&str> = entry_countries.iter().map(|c| c.as_str()).collect();
                    format!("{c} not among the entry's countries ({})", list.join(", "))
                };
                apply("country_mismatch", &d, s * COUNTRY_MISMATCH_FACTOR, &mut s);
            }
        }
    }
    (s.clamp(0.0, 1.0), adj)
}
