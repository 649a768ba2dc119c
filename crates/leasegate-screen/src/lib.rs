//! In-memory screening index, scoring with explanations, and evaluation.
//! Pure, no IO.
//!
//! NOTE: the API below is the contract other crates code against
//! (`Index::build`, `Index::screen`, `Query`, `Match`, `Thresholds`). The
//! body is a placeholder until the matcher lands.

use leasegate_core::CountryCode;
use leasegate_lists::{Entry, Schema};
use serde::Serialize;

/// Score cut-offs: at or above `review` a match is shown for review; at or
/// above `match_` it counts as a hit.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct Thresholds {
    pub review: f64,
    #[serde(rename = "match")]
    pub match_: f64,
}

impl Default for Thresholds {
    fn default() -> Self {
        Self { review: 0.7, match_: 0.85 }
    }
}

#[derive(Debug, Clone, Default)]
pub struct Query {
    pub name: String,
    pub schema: Option<Schema>,
    pub country: Option<CountryCode>,
    /// Registration / identity numbers; an exact match is decisive.
    pub identifiers: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Match {
    pub entry_id: String,
    pub list: String,
    /// The entry's primary name.
    pub name: String,
    /// The name or alias that matched best.
    pub matched_name: String,
    pub score: f64,
    pub explanation: String,
}

pub struct Index {
    entries: Vec<Entry>,
}

impl Index {
    pub fn build(entries: Vec<Entry>) -> Self {
        Self { entries }
    }

    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// Matches scoring at least `thresholds.review`, best first, at most `limit`.
    pub fn screen(&self, _query: &Query, _thresholds: &Thresholds, _limit: usize) -> Vec<Match> {
        Vec::new()
    }
}
