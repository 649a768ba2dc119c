//! The 50% rule as a least fixpoint, computed with a worklist, plus
//! incremental maintenance under single changes.
//!
//! For every non-listed entity `x`, with `T` the threshold:
//! - `covered` if Σ share_min(o, x) over owners `o` that are listed or covered ≥ T;
//! - else `possibly_covered` if Σ share_max(o, x) over owners that are listed,
//!   covered or possibly covered ≥ T (an unknown share has max 100);
//! - else `clear`.
//!
//! Each (owner, owned) pair is one edge (the graph merges duplicates), so it
//! is counted once. Shares are not multiplied along chains.
//!
//! Termination and correctness of the worklist: statuses live in the chain
//! clear < possibly_covered < covered (listed is fixed from the start). Each
//! evaluation is monotone: it only adds non-negative contributions of owners
//! whose status rose, so sums only grow and a status only rises. A node is
//! enqueued only when its status rises, which happens at most twice per node,
//! and processing a node walks its out-edges once, so the loop does at most
//! O(V + 2E) work and stops. Starting from all-clear (the bottom) and
//! applying only monotone steps, it reaches the *least* fixpoint: nothing is
//! covered unless a finite chain of contributions from listed entities
//! justifies it, so a cycle with no listed owner (A owns 100% of B, B owns
//! 100% of A) stays clear rather than covering itself.

use crate::graph::{Graph, ListMask, NodeId};
use crate::model::Share;
use crate::OwnershipError;
use leasegate_core::Percent;
use rustc_hash::{FxHashMap, FxHashSet};
use serde::Serialize;
use std::collections::VecDeque;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[repr(u8)]
pub enum Status {
    Clear = 0,
    PossiblyCovered = 1,
    Covered = 2,
    Listed = 3,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Clear => "clear",
            Status::PossiblyCovered => "possibly_covered",
            Status::Covered => "covered",
            Status::Listed => "listed",
        }
    }
    /// Whether an owner with this status counts toward `share_min` sums.
    pub fn counts_min(self) -> bool {
        self >= Status::Covered
    }
    /// Whether an owner with this status counts toward `share_max` sums.
    pub fn counts_max(self) -> bool {
        self >= Status::PossiblyCovered
    }
}

/// One change to the graph, applied by [`Resolver::apply`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Change {
    /// Adds the edge or replaces its share. Unknown ids are added as entities.
    SetEdge {
        owner: String,
        owned: String,
        share: Share,
    },
    RemoveEdge {
        owner: String,
        owned: String,
    },
    /// Adds list codes to an entity (added as an entity when new).
    List {
        id: String,
        codes: Vec<String>,
    },
    /// Removes every list code from an entity.
    Unlist {
        id: String,
    },
}

fn evaluate(graph: &Graph, threshold: u64, sum_min: &[u64], sum_max: &[u64], x: u32) -> Status {
    let i = x as usize;
    if graph.listed(x) != 0 {
        Status::Listed
    } else if sum_min[i] >= threshold {
        Status::Covered
    } else if sum_max[i] >= threshold {
        Status::PossiblyCovered
    } else {
        Status::Clear
    }
}

/// The graph with its resolved statuses, kept consistent under [`Change`]s.
#[derive(Clone)]
pub struct Resolver {
    graph: Graph,
    threshold: u64,
    status: Vec<Status>,
    /// Status whose contributions have been added to the children's sums;
    /// equals `status` whenever the worklist is empty.
    pushed: Vec<Status>,
    sum_min: Vec<u64>,
    sum_max: Vec<u64>,
    in_queue: Vec<bool>,
    queue: VecDeque<u32>,
}

impl Resolver {
    /// Resolves the whole graph. `threshold` must be above 0.
    pub fn new(graph: Graph, threshold: Percent) -> Result<Self, OwnershipError> {
        if threshold == Percent::ZERO {
            return Err(OwnershipError::Threshold);
        }
        let mut r = Self {
            graph,
            threshold: u64::from(threshold.units()),
            status: Vec::new(),
            pushed: Vec::new(),
            sum_min: Vec::new(),
            sum_max: Vec::new(),
            in_queue: Vec::new(),
            queue: VecDeque::new(),
        };
        r.recompute();
        Ok(r)
    }

    /// Recomputes every status from scratch (same result as [`Resolver::new`]).
    pub fn recompute(&mut self) {
        let n = self.graph.node_count();
        self.status.clear();
        self.status.resize(n, Status::Clear);
        self.pushed.clear();
        self.pushed.resize(n, Status::Clear);
        self.sum_min.clear();
        self.sum_min.resize(n, 0);
        self.sum_max.clear();
        self.sum_max.resize(n, 0);
        self.in_queue.clear();
        self.in_queue.resize(n, false);
        self.queue.clear();
        for x in 0..n as u32 {
            if self.graph.listed(x) != 0 {
                self.status[x as usize] = Status::Listed;
                self.enqueue(x);
            }
        }
        self.run(None);
    }

    pub fn graph(&self) -> &Graph {
        &self.graph
    }
    pub fn threshold(&self) -> Percent {
        Percent::from_units(self.threshold as u32).unwrap_or(Percent::HUNDRED)
    }
    pub fn status(&self, n: NodeId) -> Status {
        self.status[n as usize]
    }
    pub fn statuses(&self) -> &[Status] {
        &self.status
    }
    /// Σ share_min over listed/covered owners and Σ share_max over
    /// listed/covered/possibly covered owners, each capped at 100.
    pub fn listed_shares(&self, n: NodeId) -> (Percent, Percent) {
        let cap = |v: u64| {
            Percent::from_units(v.min(u64::from(Percent::HUNDRED.units())) as u32)
                .unwrap_or(Percent::HUNDRED)
        };
        (cap(self.sum_min[n as usize]), cap(self.sum_max[n as usize]))
    }

    fn enqueue(&mut self, x: u32) {
        if !self.in_queue[x as usize] {
            self.in_queue[x as usize] = true;
            self.queue.push_back(x);
        }
    }

    fn evaluate(&self, x: u32) -> Status {
        evaluate(&self.graph, self.threshold, &self.sum_min, &self.sum_max, x)
    }

    /// Drains the worklist. `track` records the first-seen old status of
    /// every node whose status changes.
    fn run(&mut self, mut track: Option<&mut FxHashMap<u32, Status>>) {
        let mut rises: Vec<u32> = Vec::new();
        while let Some(x) = self.queue.pop_front() {
            let xi = x as usize;
            self.in_queue[xi] = false;
            let (before, now) = (self.pushed[xi], self.status[xi]);
            if before == now {
                continue;
            }
            self.pushed[xi] = now;
            let add_min = !before.counts_min() && now.counts_min();
            let add_max = !before.counts_max() && now.counts_max();
            for a in self.graph.out_edges(x) {
                let y = a.node as usize;
                if add_min {
                    self.sum_min[y] += u64::from(a.min);
                }
                if add_max {
                    self.sum_max[y] += u64::from(a.max);
                }
                let s = evaluate(
                    &self.graph,
                    self.threshold,
                    &self.sum_min,
                    &self.sum_max,
                    a.node,
                );
                if s > self.status[y] {
                    if let Some(t) = track.as_deref_mut() {
                        t.entry(a.node).or_insert(self.status[y]);
                    }
                    self.status[y] = s;
                    rises.push(a.node);
                }
            }
            for y in rises.drain(..) {
                self.enqueue(y);
            }
        }
    }

    /// Applies one change and updates every affected status. Returns the
    /// entities whose status changed, with (old, new), sorted by node id.
    ///
    /// Statuses can fall (an edge removed, an entity unlisted), which a
    /// rising worklist cannot undo, so: collect the region R reachable from
    /// the changed entity through entities whose status is not clear (only
    /// those pass anything on), reset R to clear, recompute R's sums from
    /// its in-edges, and rerun the rising worklist from there. Everything
    /// outside R keeps a status whose justification does not go through the
    /// change, so it is still below the new least fixpoint and the worklist
    /// reaches exactly that fixpoint. Cost is proportional to R, not the graph.
    pub fn apply(
        &mut self,
        change: Change,
    ) -> Result<Vec<(NodeId, Status, Status)>, OwnershipError> {
        let seed = match change {
            Change::SetEdge {
                owner,
                owned,
                share,
            } => {
                let o = self.node_or_add(&owner)?;
                let y = self.node_or_add(&owned)?;
                self.graph.set_edge(o, y, share);
                y
            }
            Change::RemoveEdge { owner, owned } => {
                let (Some(o), Some(y)) = (self.graph.node(&owner), self.graph.node(&owned)) else {
                    return Ok(Vec::new());
                };
                if self.graph.remove_edge(o, y).is_none() {
                    return Ok(Vec::new());
                }
                y
            }
            Change::List { id, codes } => {
                let x = self.node_or_add(&id)?;
                let mut mask: ListMask = self.graph.listed(x);
                for c in &codes {
                    mask |= self.graph.list_code(c)?;
                }
                self.graph.set_listed(x, mask);
                x
            }
            Change::Unlist { id } => {
                let Some(x) = self.graph.node(&id) else {
                    return Ok(Vec::new());
                };
                self.graph.set_listed(x, 0);
                x
            }
        };
        Ok(self.update_from(seed))
    }

    fn node_or_add(&mut self, id: &str) -> Result<NodeId, OwnershipError> {
        if let Some(n) = self.graph.node(id) {
            return Ok(n);
        }
        let n = self.graph.add_node(id)?;
        self.status.push(Status::Clear);
        self.pushed.push(Status::Clear);
        self.sum_min.push(0);
        self.sum_max.push(0);
        self.in_queue.push(false);
        Ok(n)
    }

    fn update_from(&mut self, seed: NodeId) -> Vec<(NodeId, Status, Status)> {
        // Region: the seed, plus everything reachable through non-clear nodes.
        let mut region: Vec<u32> = vec![seed];
        let mut seen: FxHashSet<u32> = FxHashSet::default();
        seen.insert(seed);
        let mut i = 0;
        while i < region.len() {
            let x = region[i];
            i += 1;
            if x == seed || self.status[x as usize] != Status::Clear {
                for a in self.graph.out_edges(x) {
                    if seen.insert(a.node) {
                        region.push(a.node);
                    }
                }
            }
        }
        let mut old: FxHashMap<u32, Status> = FxHashMap::default();
        for &x in &region {
            old.insert(x, self.status[x as usize]);
            self.status[x as usize] = Status::Clear;
            self.pushed[x as usize] = Status::Clear;
        }
        for &x in &region {
            let (mut smin, mut smax) = (0u64, 0u64);
            for a in self.graph.in_edges(x) {
                let p = self.pushed[a.node as usize];
                if p.counts_min() {
                    smin += u64::from(a.min);
                }
                if p.counts_max() {
                    smax += u64::from(a.max);
                }
            }
            self.sum_min[x as usize] = smin;
            self.sum_max[x as usize] = smax;
        }
        for &x in &region {
            let s = self.evaluate(x);
            if s != Status::Clear {
                self.status[x as usize] = s;
                self.enqueue(x);
            }
        }
        self.run(Some(&mut old));
        let mut changed: Vec<(NodeId, Status, Status)> = old
            .into_iter()
            .filter(|&(x, s)| self.status[x as usize] != s)
            .map(|(x, s)| (x, s, self.status[x as usize]))
            .collect();
        changed.sort_unstable_by_key(|c| c.0);
        changed
    }

    /// Multiplied-through ownership by listed parties (informational, not
    /// the rule): e(listed) = 1 and e(x) = Σ share_min(o, x) · e(o), capped
    /// at one. Computed by pushing increments from the listed entities; an
    /// increment below 1e-5 (0.001 percentage points) is not passed on, which bounds the
    /// work on cycles (where the series is summed to its capped limit).
    /// Returns fractions in [0, 1] per node.
    pub fn effective_listed(&self) -> Vec<f64> {
        const EPS: f64 = 1e-5;
        let n = self.graph.node_count();
        let mut e = vec![0f64; n];
        let mut pending = vec![0f64; n];
        let mut inq = vec![false; n];
        let mut q: VecDeque<u32> = VecDeque::new();
        for x in 0..n as u32 {
            if self.graph.listed(x) != 0 {
                e[x as usize] = 1.0;
                pending[x as usize] = 1.0;
                inq[x as usize] = true;
                q.push_back(x);
            }
        }
        let scale = f64::from(Percent::HUNDRED.units());
        while let Some(x) = q.pop_front() {
            let xi = x as usize;
            inq[xi] = false;
            let d = std::mem::take(&mut pending[xi]);
            for a in self.graph.out_edges(x) {
                let y = a.node as usize;
                if self.graph.listed(a.node) != 0 || a.min == 0 {
                    continue;
                }
                let new = (e[y] + d * f64::from(a.min) / scale).min(1.0);
                let inc = new - e[y];
                if inc > 0.0 {
                    e[y] = new;
                    pending[y] += inc;
                    if pending[y] > EPS && !inq[y] {
                        inq[y] = true;
                        q.push_back(a.node);
                    }
                }
            }
        }
        e
    }
}
