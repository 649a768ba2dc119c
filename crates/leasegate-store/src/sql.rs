//! The tiny SQL surface both backends share: positional `?` parameters,
//! 64-bit integers, text and NULL. Business logic is written once against
//! [`Tx`]; PostgreSQL gets the `?` rewritten to `$n`.

use crate::StoreError;
use leasegate_ledger::{NodeFree, NodeId};
use std::collections::HashMap;
use std::sync::Arc;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Val {
    I(i64),
    T(String),
    Null,
}

impl From<i64> for Val {
    fn from(v: i64) -> Self {
        Val::I(v)
    }
}
impl From<u32> for Val {
    fn from(v: u32) -> Self {
        Val::I(i64::from(v))
    }
}
impl From<&str> for Val {
    fn from(v: &str) -> Self {
        Val::T(v.to_string())
    }
}
impl From<String> for Val {
    fn from(v: String) -> Self {
        Val::T(v)
    }
}
impl<T: Into<Val>> From<Option<T>> for Val {
    fn from(v: Option<T>) -> Self {
        v.map_or(Val::Null, Into::into)
    }
}

/// One result row.
#[derive(Debug, Clone)]
pub struct Row(pub Vec<Val>);

impl Row {
    pub fn i(&self, i: usize) -> Result<i64, StoreError> {
        match self.0.get(i) {
            Some(Val::I(v)) => Ok(*v),
            other => Err(StoreError::corrupt(
                "row",
                format!("column {i}: expected integer, got {other:?}"),
            )),
        }
    }
    pub fn t(&self, i: usize) -> Result<String, StoreError> {
        match self.0.get(i) {
            Some(Val::T(v)) => Ok(v.clone()),
            other => Err(StoreError::corrupt(
                "row",
                format!("column {i}: expected text, got {other:?}"),
            )),
        }
    }
    /// Moves a text column out (no copy); the row keeps an empty string.
    pub fn take_t(&mut self, i: usize) -> Result<String, StoreError> {
        match self.0.get_mut(i) {
            Some(Val::T(v)) => Ok(std::mem::take(v)),
            other => Err(StoreError::corrupt(
                "row",
                format!("column {i}: expected text, got {other:?}"),
            )),
        }
    }
    pub fn ot(&self, i: usize) -> Result<Option<String>, StoreError> {
        match self.0.get(i) {
            Some(Val::Null) => Ok(None),
            _ => self.t(i).map(Some),
        }
    }
}

/// A transaction on either backend.
pub trait Tx {
    fn query(&mut self, sql: &str, params: &[Val]) -> Result<Vec<Row>, StoreError>;
    fn exec(&mut self, sql: &str, params: &[Val]) -> Result<u64, StoreError>;
    fn backend(&self) -> &'static str;
    /// This connection's node cache, if the backend keeps one.
    fn node_cache(&mut self) -> Option<&mut NodeCache> {
        None
    }
}

/// Most chips whose node lists one connection keeps.
const MAX_CACHED_CHIPS: usize = 64;

/// Per-connection cache of each chip's available nodes, so a lease creation
/// does not read the whole fleet. It is valid only for the fleet version it
/// was filled at: every fleet change bumps `settings.fleet_version` inside
/// the same write transaction, and readers compare it under the write lock.
/// The cache only steers the choice of GPUs; double booking is still refused
/// by the database (exclusion constraint / overlap trigger).
#[derive(Debug, Default)]
pub struct NodeCache {
    version: Option<String>,
    by_chip: HashMap<String, Arc<ChipNodes>>,
}

/// The available nodes of one chip, in byte order of their ids (the order
/// `choose_gpus` breaks ties in), with a position index.
#[derive(Debug)]
pub struct ChipNodes {
    nodes: Vec<(NodeId, u32)>,
    index: HashMap<String, usize>,
}

impl ChipNodes {
    pub fn new(mut nodes: Vec<(NodeId, u32)>) -> Self {
        nodes.sort_by(|a, b| a.0.as_str().cmp(b.0.as_str()));
        let index = nodes
            .iter()
            .enumerate()
            .map(|(i, (id, _))| (id.as_str().to_string(), i))
            .collect();
        Self { nodes, index }
    }

    /// The nodes `choose_gpus` needs to see to choose exactly as it would
    /// from the whole fleet, given `busy` ("node:gpu" pairs booked in the
    /// window, other chips' included). Every partly booked node is kept; of
    /// the wholly free nodes of each size only the first `want` by id: the
    /// allocator breaks ties between equally free nodes by id and takes at
    /// least one GPU per node it picks, so it never reaches a later one (and
    /// when any node is left out, the ones kept hold at least `want` free
    /// GPUs, so a shortage is still reported with the full free count).
    /// Building all 1,000 entries per creation was most of its CPU time.
    pub fn candidates(&self, busy: &str, want: u32) -> Result<Vec<NodeFree>, StoreError> {
        let mut booked: Vec<(usize, u32)> = Vec::new();
        for pair in busy.split(',').filter(|p| !p.is_empty()) {
            let (node, gpu) = pair
                .rsplit_once(':')
                .ok_or_else(|| StoreError::corrupt("allocations", pair))?;
            if let Some(&i) = self.index.get(node) {
                let gpu = gpu
                    .parse()
                    .map_err(|e| StoreError::corrupt("allocations", e))?;
                booked.push((i, gpu));
            }
        }
        booked.sort_unstable();
        let mut out = Vec::new();
        // (node size, wholly free nodes of that size kept so far)
        let mut kept: Vec<(u32, u32)> = Vec::new();
        let mut b = booked.iter().peekable();
        for (i, (id, count)) in self.nodes.iter().enumerate() {
            if b.peek().is_some_and(|(j, _)| *j == i) {
                let mut gpus = Vec::new();
                while let Some((_, g)) = b.next_if(|(j, _)| *j == i) {
                    gpus.push(*g);
                }
                out.push(NodeFree {
                    node_id: id.clone(),
                    gpu_count: *count,
                    busy: gpus,
                });
                continue;
            }
            let n = match kept.iter_mut().find(|(size, _)| size == count) {
                Some((_, n)) => n,
                None => {
                    kept.push((*count, 0));
                    &mut kept.last_mut().expect("just pushed").1
                }
            };
            if *n < want {
                *n += 1;
                out.push(NodeFree {
                    node_id: id.clone(),
                    gpu_count: *count,
                    busy: Vec::new(),
                });
            }
        }
        Ok(out)
    }
}

impl NodeCache {
    /// The cached nodes of `chip` at fleet `version`, if any.
    pub fn get(&mut self, version: Option<&str>, chip: &str) -> Option<Arc<ChipNodes>> {
        if self.version.as_deref() != version {
            self.version = version.map(str::to_string);
            self.by_chip.clear();
            return None;
        }
        self.by_chip.get(chip).cloned()
    }
    pub fn put(&mut self, chip: &str, nodes: Arc<ChipNodes>) {
        if self.by_chip.len() >= MAX_CACHED_CHIPS {
            self.by_chip.clear();
        }
        self.by_chip.insert(chip.to_string(), nodes);
    }
}

/// `?` placeholders to `$1..$n` (our SQL never has `?` inside literals).
pub fn dollar_params(sql: &str) -> String {
    let mut out = String::with_capacity(sql.len() + 8);
    let mut n = 0;
    for c in sql.chars() {
        if c == '?' {
            n += 1;
            out.push('$');
            out.push_str(&n.to_string());
        } else {
            out.push(c);
        }
    }
    out
}

/// Moves the recorded audit head (migration 2) to the log's last entry;
/// run in every write transaction just before COMMIT. The head only moves
/// forward, and only while the entry it names is still in the log: if an
/// attacker removed the last entries and a later write appended after the
/// shortened chain, the head stays where it was and `audit verify` reports
/// the mismatch instead of the truncation being papered over.
pub(crate) const SYNC_AUDIT_HEAD: &str = "UPDATE audit_head SET seq = h.seq, hash = h.hash \
     FROM (SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1) AS h \
     WHERE audit_head.id = 1 AND h.seq > audit_head.seq \
     AND (audit_head.seq = 0 OR EXISTS (SELECT 1 FROM audit_log a \
     WHERE a.seq = audit_head.seq AND a.hash = audit_head.hash))";

#[cfg(test)]
mod tests {
    use super::*;
    use leasegate_ledger::choose_gpus;
    use proptest::prelude::*;

    /// Every node as `choose_gpus` saw them before the candidate cut.
    fn all(nodes: &[(NodeId, u32)], busy: &str) -> Vec<NodeFree> {
        let mut out: Vec<NodeFree> = nodes
            .iter()
            .map(|(id, n)| NodeFree {
                node_id: id.clone(),
                gpu_count: *n,
                busy: Vec::new(),
            })
            .collect();
        for pair in busy.split(',').filter(|p| !p.is_empty()) {
            let (node, gpu) = pair.rsplit_once(':').unwrap();
            if let Some(f) = out.iter_mut().find(|f| f.node_id.as_str() == node) {
                f.busy.push(gpu.parse().unwrap());
            }
        }
        out
    }

    proptest! {
        /// The candidates give exactly the choice (or the shortage) the
        /// whole fleet gives.
        #[test]
        fn candidates_choose_as_the_whole_fleet(
            sizes in prop::collection::vec(prop::sample::select(vec![1u32, 2, 4, 8]), 1..40),
            booked in prop::collection::vec((0usize..40, 0u32..8), 0..60),
            want in 1u32..20,
        ) {
            let nodes: Vec<(NodeId, u32)> = sizes
                .iter()
                .enumerate()
                .map(|(i, n)| (NodeId::parse(&format!("n{}", (i * 7919) % 97)).unwrap(), *n))
                .collect::<std::collections::BTreeMap<_, _>>()
                .into_iter()
                .collect();
            let busy: Vec<String> = booked
                .iter()
                .filter(|(i, g)| *i < nodes.len() && *g < nodes[*i].1)
                .map(|(i, g)| format!("{}:{g}", nodes[*i].0))
                .chain(["other-chip:3".to_string()])
                .collect();
            let busy = busy.join(",");
            let c = ChipNodes::new(nodes.clone());
            let got = choose_gpus(&c.candidates(&busy, want).unwrap(), want);
            prop_assert_eq!(got, choose_gpus(&all(&nodes, &busy), want));
        }
    }
}
