//! In-memory screening index, scoring with explanations, and evaluation.
//! Pure, no IO: entries in, matches out.
//!
//! - [`Index::build`] parses every name and alias once (via
//!   `leasegate-names`) and builds a token index: exact tokens, delete-one
//!   variants of each token (typo-tolerant lookup, SymSpell style) and the
//!   tokens of each name written together (merged/split words). A query only
//!   touches the postings of its own tokens, never the whole list.
//! - [`Index::screen`] ranks candidates by matched token weight, scores the
//!   best ones with a weighted token alignment, then applies country, schema,
//!   alias-quality and identifier evidence, each recorded in the
//!   [`Explanation`]. A candidate whose score bound
//!   (`leasegate_names::score_upper_bound`) cannot reach the review
//!   threshold or the top `limit` is not aligned: same results, less work.
//! - [`eval`] measures recall / false-alert rate on labelled queries.

pub mod eval;
mod index;
mod score;

pub use index::Index;
pub use score::{Adjustment, Explanation, LegalFormsSeen};

use leasegate_core::CountryCode;
use leasegate_lists::Schema;
use serde::Serialize;

/// Score cut-offs: at or above `review` a match is shown for review; at or
/// above `match_` it counts as a hit (an alert).
#[derive(Debug, Clone, Copy, Serialize, PartialEq)]
pub struct Thresholds {
    pub review: f64,
    #[serde(rename = "match")]
    pub match_: f64,
}

impl Thresholds {
    pub const DEFAULT_REVIEW: f64 = 0.70;
    pub const DEFAULT_MATCH: f64 = 0.80;
}

impl Default for Thresholds {
    fn default() -> Self {
        Self {
            review: Self::DEFAULT_REVIEW,
            match_: Self::DEFAULT_MATCH,
        }
    }
}

/// Longest name accepted, in bytes: longer input is refused, not truncated.
pub const MAX_NAME_BYTES: usize = 1024;

#[derive(Debug, Clone, Default)]
pub struct Query {
    pub name: String,
    pub schema: Option<Schema>,
    pub country: Option<CountryCode>,
    /// Registration / identity numbers; an exact match is decisive.
    pub identifiers: Vec<String>,
}

impl Query {
    pub fn name(name: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            ..Self::default()
        }
    }
}

/// Why a query cannot be screened.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum QueryError {
    #[error("name is empty")]
    EmptyName,
    #[error("name is {0} bytes long; the limit is {MAX_NAME_BYTES}")]
    NameTooLong(usize),
    #[error("name {0:?} has no letters or digits to match on")]
    NothingToMatch(String),
}

impl leasegate_core::ErrorCode for QueryError {
    fn code(&self) -> &'static str {
        match self {
            QueryError::EmptyName => "empty_name",
            QueryError::NameTooLong(_) => "name_too_long",
            QueryError::NothingToMatch(_) => "name_unmatchable",
        }
    }
    fn is_user_error(&self) -> bool {
        true
    }
}

impl Query {
    /// Checks the limits every screening input must respect.
    pub fn validate(&self) -> Result<(), QueryError> {
        if self.name.trim().is_empty() {
            return Err(QueryError::EmptyName);
        }
        if self.name.len() > MAX_NAME_BYTES {
            return Err(QueryError::NameTooLong(self.name.len()));
        }
        if leasegate_names::fold(&self.name).is_empty() {
            return Err(QueryError::NothingToMatch(self.name.clone()));
        }
        Ok(())
    }
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
    /// One-line human summary of `details`.
    pub explanation: String,
    /// The structured explanation: token pairs, penalties, adjustments.
    pub details: Explanation,
}
