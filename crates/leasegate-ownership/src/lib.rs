//! Ownership graph, importers and the 50% rule resolved to a fixpoint with evidence.
//!
//! Pipeline: importers ([`import`]) turn CSV, BODS 0.4, GLEIF level-2 and
//! FollowTheMoney records into a [`Dataset`] plus per-record
//! [`Diagnostic`]s; [`build_graph`] validates the dataset (unknown ids,
//! duplicate pairs, certain shares summing above 100) and interns it into a
//! compact [`Graph`]; [`Resolver`] computes every status as the least
//! fixpoint of the rule (see [`resolve`]) and keeps it current under single
//! [`Change`]s; [`report`] produces evidence per entity.
//!
//! Everything here is pure and deterministic: no IO, no clock.

pub mod gen;
pub mod graph;
pub mod ident;
pub mod import;
pub mod model;
pub mod report;
pub mod resolve;

pub use graph::{Graph, GraphBuilder, ListMask, NodeId};
pub use ident::{IdScheme, IdentError, Identifier};
pub use model::{
    ControlEdge, ControlRole, Dataset, Diagnostic, Entity, OwnershipEdge, Schema, Severity, Share,
};
pub use report::{ControlLink, EntityReport, RedFlag, Via};
pub use resolve::{Change, Resolver, Status};

use leasegate_core::{ErrorCode, Percent};
use rustc_hash::FxHashMap;

#[derive(Debug, thiserror::Error)]
pub enum OwnershipError {
    #[error("too many {0} for one graph")]
    TooLarge(&'static str),
    #[error("the threshold must be above 0%")]
    Threshold,
    #[error("cannot detect the format of {0}: expected entities CSV (id,name,...), ownership CSV (owner_id,owned_id,...), BODS 0.4 JSON, GLEIF API JSON or FollowTheMoney JSON lines")]
    UnknownFormat(String),
    #[error("{what} is {size} bytes, above the {limit}-byte limit")]
    InputTooLarge {
        what: String,
        size: usize,
        limit: usize,
    },
    #[error("{0}: {1}")]
    Malformed(String, String),
}

impl ErrorCode for OwnershipError {
    fn code(&self) -> &'static str {
        match self {
            OwnershipError::TooLarge(_) => "graph_too_large",
            OwnershipError::Threshold => "invalid_threshold",
            OwnershipError::UnknownFormat(_) => "unknown_format",
            OwnershipError::InputTooLarge { .. } => "input_too_large",
            OwnershipError::Malformed(..) => "malformed_input",
        }
    }
    fn is_user_error(&self) -> bool {
        true
    }
}

/// A validated graph with its control links and what validation found.
pub struct Built {
    pub graph: Graph,
    pub control: Vec<ControlLink>,
    pub diagnostics: Vec<Diagnostic>,
}

/// Validates a dataset and builds the graph.
///
/// Decisions (each reported, nothing silently dropped):
/// - an entity id given twice: list codes united (the CSV importer warns);
/// - an edge naming an id that is not an entity: error `unknown_id`, edge not used;
/// - the same (owner, owned) pair twice: warning `duplicate_pair`, counted once
///   with the stricter bounds ([`Share::merge`]);
/// - certain shares (share_min) of one entity summing above 100: warning
///   `shares_over_100` naming the rows; all are kept (the data is inconsistent,
///   dropping any row could hide a listed owner);
/// - an entity owning itself: warning `self_ownership`, kept (it cannot change a status).
pub fn build_graph(data: &Dataset) -> Result<Built, OwnershipError> {
    let mut diags = Vec::new();
    let mut b = GraphBuilder::with_capacity(data.entities.len(), data.ownership.len());
    for e in &data.entities {
        let n = b.node(&e.id)?;
        for c in &e.listed {
            b.list(n, c)?;
        }
    }
    let loc = |e: &OwnershipEdge| {
        e.source
            .clone()
            .unwrap_or_else(|| format!("{} -> {}", e.owner, e.owned))
    };
    let mut pairs: FxHashMap<(NodeId, NodeId), usize> = FxHashMap::default();
    let mut per_owned: FxHashMap<NodeId, (u64, Vec<usize>)> = FxHashMap::default();
    for (i, e) in data.ownership.iter().enumerate() {
        let (Some(o), Some(y)) = (b.lookup(&e.owner), b.lookup(&e.owned)) else {
            let missing: Vec<&str> = [&e.owner, &e.owned]
                .into_iter()
                .filter(|id| b.lookup(id).is_none())
                .map(String::as_str)
                .collect();
            diags.push(Diagnostic::error(
                "unknown_id",
                loc(e),
                format!("unknown entity id {}; edge not used", missing.join(" and ")),
            ));
            continue;
        };
        if o == y {
            diags.push(Diagnostic::warning(
                "self_ownership",
                loc(e),
                format!(
                    "{} owns itself ({}); kept, it cannot change a status",
                    e.owner, e.share
                ),
            ));
        }
        if let Some(&first) = pairs.get(&(o, y)) {
            let f = &data.ownership[first];
            let how = if f.share == e.share {
                "identical"
            } else {
                "conflicting"
            };
            diags.push(Diagnostic::warning(
                "duplicate_pair",
                loc(e),
                format!(
                    "{how} duplicate of {} for {} -> {} ({} vs {}); counted once as {}",
                    loc(f),
                    e.owner,
                    e.owned,
                    f.share,
                    e.share,
                    f.share.merge(e.share)
                ),
            ));
        } else {
            pairs.insert((o, y), i);
            let ent = per_owned.entry(y).or_default();
            ent.0 += u64::from(e.share.min().units());
            ent.1.push(i);
        }
        b.edge(o, y, e.share)?;
    }
    let hundred = u64::from(Percent::HUNDRED.units());
    let mut over: Vec<(NodeId, (u64, Vec<usize>))> = per_owned
        .into_iter()
        .filter(|(_, (s, _))| *s > hundred)
        .collect();
    over.sort_unstable_by_key(|(y, _)| *y);
    for (_, (sum, rows)) in over {
        let e = &data.ownership[rows[0]];
        let total = fmt_units(sum);
        let names: Vec<String> = rows.iter().map(|&r| loc(&data.ownership[r])).collect();
        diags.push(Diagnostic::warning(
            "shares_over_100",
            format!("entity {}", e.owned),
            format!(
                "certain shares in {} sum to {total}%, above 100 (rows: {}); all kept",
                e.owned,
                names.join(", ")
            ),
        ));
    }
    let graph = b.build();
    let mut control = Vec::new();
    for c in &data.control {
        let (Some(p), Some(x)) = (graph.node(&c.controller), graph.node(&c.controlled)) else {
            diags.push(Diagnostic::error(
                "unknown_id",
                c.source
                    .clone()
                    .unwrap_or_else(|| format!("{} -> {}", c.controller, c.controlled)),
                format!(
                    "control link {} -> {} names an unknown entity; not used",
                    c.controller, c.controlled
                ),
            ));
            continue;
        };
        control.push(ControlLink {
            controller: p,
            controlled: x,
            role: c.role,
        });
    }
    Ok(Built {
        graph,
        control,
        diagnostics: diags,
    })
}

/// Formats a sum of [`Percent`] units that may exceed 100.
pub fn fmt_units(units: u64) -> String {
    let scale = u64::from(Percent::SCALE);
    let (int, frac) = (units / scale, units % scale);
    if frac == 0 {
        format!("{int}")
    } else {
        format!("{int}.{}", format!("{frac:05}").trim_end_matches('0'))
    }
}
