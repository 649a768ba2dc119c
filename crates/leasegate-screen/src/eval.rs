//! Screening quality on labelled queries.
//!
//! Definitions (at the match threshold; an "alert" is a query with at least
//! one match scoring >= `thresholds.match_`):
//! - recall = positive queries (non-empty `expect`) with an expected entry
//!   among their alerts / positive queries;
//! - false-alert rate = negative queries (empty `expect`) with any alert /
//!   negative queries;
//! - precision = correct alerts / all alerted queries, where an alerted
//!   positive query is correct when an expected entry is among its alerts
//!   and an alerted negative query is a false alert; an alerted positive
//!   query whose alerts miss every expected entry is also a false alert;
//! - F1 = harmonic mean of precision and recall.

use crate::{Index, Query, Thresholds};
use serde::Serialize;
use std::collections::BTreeMap;

#[derive(Debug, Clone)]
pub struct Case {
    pub id: String,
    pub query: Query,
    /// Acceptable entry ids; empty: the query must not alert.
    pub expect: Vec<String>,
    pub kind: Option<String>,
}

#[derive(Debug, Clone, Copy, Default, Serialize, PartialEq)]
pub struct Metrics {
    pub queries: usize,
    pub positives: usize,
    pub negatives: usize,
    /// Positive queries that found an expected entry.
    pub found: usize,
    /// Negative queries that alerted.
    pub false_alerts: usize,
    /// Positive queries that alerted only on other entries.
    pub wrong_alerts: usize,
    pub recall: Option<f64>,
    pub false_alert_rate: Option<f64>,
    pub precision: Option<f64>,
    pub f1: Option<f64>,
}

impl Metrics {
    fn finish(&mut self) {
        let ratio = |a: usize, b: usize| (b > 0).then(|| a as f64 / b as f64);
        self.recall = ratio(self.found, self.positives);
        self.false_alert_rate = ratio(self.false_alerts, self.negatives);
        self.precision = ratio(
            self.found,
            self.found + self.false_alerts + self.wrong_alerts,
        );
        self.f1 = match (self.precision, self.recall) {
            (Some(p), Some(r)) if p + r > 0.0 => Some(2.0 * p * r / (p + r)),
            _ => None,
        };
    }
}

/// Per-case outcome, for finding what failed.
#[derive(Debug, Clone, Serialize)]
pub struct Outcome {
    pub id: String,
    pub kind: Option<String>,
    pub positive: bool,
    pub correct: bool,
    /// Best alert (entry id, score), if any.
    pub top: Option<(String, f64)>,
    /// Score of the best expected entry at review level, if it was seen at all.
    pub expected_score: Option<f64>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub thresholds: Thresholds,
    pub overall: Metrics,
    pub by_kind: BTreeMap<String, Metrics>,
    #[serde(skip)]
    pub outcomes: Vec<Outcome>,
}

/// Evaluates one case (pure; the CLI runs these in parallel).
pub fn run_case(index: &Index, case: &Case, thresholds: &Thresholds) -> Outcome {
    let matches = index.screen(&case.query, thresholds, 50);
    let alerts: Vec<_> = matches
        .iter()
        .filter(|m| m.score >= thresholds.match_)
        .collect();
    let positive = !case.expect.is_empty();
    let hit = alerts.iter().any(|m| case.expect.contains(&m.entry_id));
    let correct = if positive { hit } else { alerts.is_empty() };
    Outcome {
        id: case.id.clone(),
        kind: case.kind.clone(),
        positive,
        correct,
        top: alerts.first().map(|m| (m.entry_id.clone(), m.score)),
        expected_score: matches
            .iter()
            .find(|m| case.expect.contains(&m.entry_id))
            .map(|m| m.score),
    }
}

/// Aggregates outcomes into overall and per-kind metrics.
pub fn report(outcomes: Vec<Outcome>, thresholds: Thresholds) -> Report {
    let mut overall = Metrics::default();
    let mut by_kind: BTreeMap<String, Metrics> = BTreeMap::new();
    for o in &outcomes {
        let kind = o.kind.clone().unwrap_or_else(|| "(none)".to_string());
        for m in [&mut overall, by_kind.entry(kind).or_default()] {
            m.queries += 1;
            if o.positive {
                m.positives += 1;
                if o.correct {
                    m.found += 1;
                } else if o.top.is_some() {
                    m.wrong_alerts += 1;
                }
            } else {
                m.negatives += 1;
                if !o.correct {
                    m.false_alerts += 1;
                }
            }
        }
    }
    overall.finish();
    by_kind.values_mut().for_each(Metrics::finish);
    Report {
        thresholds,
        overall,
        by_kind,
        outcomes,
    }
}

/// Sequential convenience: every case, then [`report`].
pub fn evaluate(index: &Index, cases: &[Case], thresholds: Thresholds) -> Report {
    let outcomes = cases
        .iter()
        .map(|c| run_case(index, c, &thresholds))
        .collect();
    report(outcomes, thresholds)
}
