//! Compact ownership graph: interned string ids mapped to `u32` node ids,
//! CSR adjacency in both directions, and a small overlay for edits so the
//! incremental resolver can change edges without rebuilding the arrays.
//!
//! Invariants: at most one live edge per (owner, owned) pair (duplicates are
//! merged with [`Share::merge`] when building, and [`Graph::set_edge`]
//! replaces); CSR slices are sorted by neighbour id; a removed CSR edge is a
//! tombstone (`min == TOMB`) that a later `set_edge` on the same pair reuses.

use crate::model::Share;
use crate::OwnershipError;
use rustc_hash::{FxHashMap, FxHasher};
use std::hash::{Hash, Hasher};

pub type NodeId = u32;
/// A set of list codes as bits; codes are interned per graph (at most 64).
pub type ListMask = u64;

const TOMB: u32 = u32::MAX;
/// Graph size limits: ids and edge offsets are `u32`.
pub const MAX_NODES: usize = u32::MAX as usize - 1;
pub const MAX_EDGES: usize = u32::MAX as usize - 1;
/// Distinct list codes one graph can carry (one bit each).
pub const MAX_LIST_CODES: usize = 64;

/// An adjacency entry: the neighbour and the share in [`leasegate_core::Percent`] units.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Adj {
    pub node: u32,
    pub min: u32,
    pub max: u32,
}

impl Adj {
    fn live(&self) -> bool {
        self.min != TOMB
    }
    pub fn share(&self) -> Share {
        Share::from_units(self.min, self.max).unwrap_or(Share::UNKNOWN)
    }
}

/// Strings stored once in one buffer; lookups go through a 64-bit hash map
/// with an overflow map for the (rare) hash collisions, so the common case
/// costs 16 bytes of index per id instead of a second copy of the string.
#[derive(Default, Clone)]
pub struct Interner {
    buf: String,
    ends: Vec<u64>,
    primary: FxHashMap<u64, u32>,
    overflow: FxHashMap<Box<str>, u32>,
}

fn hash_str(s: &str) -> u64 {
    let mut h = FxHasher::default();
    s.hash(&mut h);
    h.finish()
}

impl Interner {
    pub fn len(&self) -> usize {
        self.ends.len()
    }
    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }
    pub fn get(&self, i: u32) -> &str {
        let i = i as usize;
        let start = if i == 0 { 0 } else { self.ends[i - 1] as usize };
        &self.buf[start..self.ends[i] as usize]
    }
    pub fn lookup(&self, s: &str) -> Option<u32> {
        match self.primary.get(&hash_str(s)) {
            Some(&i) if self.get(i) == s => Some(i),
            _ => self.overflow.get(s).copied(),
        }
    }
    /// Returns the id of `s`, adding it when new.
    pub fn intern(&mut self, s: &str) -> u32 {
        if let Some(i) = self.lookup(s) {
            return i;
        }
        let i = self.ends.len() as u32;
        self.buf.push_str(s);
        self.ends.push(self.buf.len() as u64);
        let h = hash_str(s);
        if let std::collections::hash_map::Entry::Vacant(e) = self.primary.entry(h) {
            e.insert(i);
        } else {
            self.overflow.insert(s.into(), i);
        }
        i
    }
}

/// Collects nodes and edges, then builds the CSR arrays once.
#[derive(Default)]
pub struct GraphBuilder {
    ids: Interner,
    listed: Vec<ListMask>,
    codes: Vec<String>,
    edges: Vec<(u32, Adj)>,
}

impl GraphBuilder {
    pub fn new() -> Self {
        Self::default()
    }
    pub fn with_capacity(nodes: usize, edges: usize) -> Self {
        let mut b = Self::default();
        b.ids.ends.reserve(nodes);
        b.listed.reserve(nodes);
        b.edges.reserve(edges);
        b
    }
    pub fn node(&mut self, id: &str) -> Result<NodeId, OwnershipError> {
        if self.ids.len() >= MAX_NODES {
            return Err(OwnershipError::TooLarge("entities"));
        }
        let n = self.ids.intern(id);
        if n as usize == self.listed.len() {
            self.listed.push(0);
        }
        Ok(n)
    }
    pub fn lookup(&self, id: &str) -> Option<NodeId> {
        self.ids.lookup(id)
    }
    pub fn list_code(&mut self, code: &str) -> Result<ListMask, OwnershipError> {
        intern_code(&mut self.codes, code)
    }
    pub fn list(&mut self, node: NodeId, code: &str) -> Result<(), OwnershipError> {
        let bit = self.list_code(code)?;
        self.listed[node as usize] |= bit;
        Ok(())
    }
    pub fn edge(
        &mut self,
        owner: NodeId,
        owned: NodeId,
        share: Share,
    ) -> Result<(), OwnershipError> {
        if self.edges.len() >= MAX_EDGES {
            return Err(OwnershipError::TooLarge("ownership edges"));
        }
        self.edges.push((
            owner,
            Adj {
                node: owned,
                min: share.min().units(),
                max: share.max().units(),
            },
        ));
        Ok(())
    }

    pub fn build(self) -> Graph {
        let n = self.ids.len();
        // Counting sort by owner, then sort each slice by owned and merge duplicates.
        let mut off = vec![0u32; n + 1];
        for (o, _) in &self.edges {
            off[*o as usize + 1] += 1;
        }
        for i in 0..n {
            off[i + 1] += off[i];
        }
        let mut fill = off.clone();
        let mut adj = vec![
            Adj {
                node: 0,
                min: 0,
                max: 0
            };
            self.edges.len()
        ];
        for (o, a) in self.edges {
            let p = &mut fill[o as usize];
            adj[*p as usize] = a;
            *p += 1;
        }
        drop(fill);
        let mut out_off = Vec::with_capacity(n + 1);
        out_off.push(0u32);
        let mut w = 0usize;
        for i in 0..n {
            let (s, e) = (off[i] as usize, off[i + 1] as usize);
            adj[s..e].sort_unstable_by_key(|a| a.node);
            for r in s..e {
                let a = adj[r];
                if w > out_off[i] as usize && adj[w - 1].node == a.node {
                    let m = adj[w - 1].share().merge(a.share());
                    adj[w - 1].min = m.min().units();
                    adj[w - 1].max = m.max().units();
                } else {
                    adj[w] = a;
                    w += 1;
                }
            }
            out_off.push(w as u32);
        }
        adj.truncate(w);
        adj.shrink_to_fit();
        drop(off);
        // Reverse CSR; iterating owners in order keeps in-slices sorted by owner.
        let mut in_off = vec![0u32; n + 1];
        for a in &adj {
            in_off[a.node as usize + 1] += 1;
        }
        for i in 0..n {
            in_off[i + 1] += in_off[i];
        }
        let mut fill = in_off.clone();
        let mut in_adj = vec![
            Adj {
                node: 0,
                min: 0,
                max: 0
            };
            adj.len()
        ];
        for o in 0..n {
            for a in &adj[out_off[o] as usize..out_off[o + 1] as usize] {
                let p = &mut fill[a.node as usize];
                in_adj[*p as usize] = Adj {
                    node: o as u32,
                    min: a.min,
                    max: a.max,
                };
                *p += 1;
            }
        }
        Graph {
            ids: self.ids,
            listed: self.listed,
            codes: self.codes,
            out_off,
            out_adj: adj,
            in_off,
            in_adj,
            out_extra: FxHashMap::default(),
            in_extra: FxHashMap::default(),
        }
    }
}

fn intern_code(codes: &mut Vec<String>, code: &str) -> Result<ListMask, OwnershipError> {
    let code = code.trim().to_ascii_uppercase();
    if let Some(i) = codes.iter().position(|c| *c == code) {
        return Ok(1 << i);
    }
    if codes.len() >= MAX_LIST_CODES {
        return Err(OwnershipError::TooLarge("distinct list codes (64)"));
    }
    codes.push(code);
    Ok(1 << (codes.len() - 1))
}

#[derive(Clone)]
pub struct Graph {
    ids: Interner,
    listed: Vec<ListMask>,
    codes: Vec<String>,
    out_off: Vec<u32>,
    out_adj: Vec<Adj>,
    in_off: Vec<u32>,
    in_adj: Vec<Adj>,
    out_extra: FxHashMap<u32, Vec<Adj>>,
    in_extra: FxHashMap<u32, Vec<Adj>>,
}

impl Graph {
    pub fn node_count(&self) -> usize {
        self.ids.len()
    }
    pub fn node(&self, id: &str) -> Option<NodeId> {
        self.ids.lookup(id)
    }
    pub fn id(&self, n: NodeId) -> &str {
        self.ids.get(n)
    }
    /// Adds a node with no edges (for incremental changes naming a new id).
    pub fn add_node(&mut self, id: &str) -> Result<NodeId, OwnershipError> {
        if self.ids.len() >= MAX_NODES {
            return Err(OwnershipError::TooLarge("entities"));
        }
        let n = self.ids.intern(id);
        if n as usize == self.listed.len() {
            self.listed.push(0);
        }
        Ok(n)
    }
    pub fn listed(&self, n: NodeId) -> ListMask {
        self.listed[n as usize]
    }
    pub fn list_codes(&self) -> &[String] {
        &self.codes
    }
    pub fn list_code(&mut self, code: &str) -> Result<ListMask, OwnershipError> {
        intern_code(&mut self.codes, code)
    }
    /// Names of the codes in a mask, in interning order.
    pub fn codes_of(&self, mask: ListMask) -> Vec<&str> {
        (0..self.codes.len())
            .filter(|i| mask & (1 << i) != 0)
            .map(|i| self.codes[i].as_str())
            .collect()
    }
    pub(crate) fn set_listed(&mut self, n: NodeId, mask: ListMask) {
        self.listed[n as usize] = mask;
    }

    fn csr_slice<'a>(off: &[u32], adj: &'a [Adj], n: NodeId) -> &'a [Adj] {
        let n = n as usize;
        if n + 1 < off.len() {
            &adj[off[n] as usize..off[n + 1] as usize]
        } else {
            &[]
        }
    }

    /// Live out-edges of `n`: (owned, share).
    pub(crate) fn out_edges(&self, n: NodeId) -> impl Iterator<Item = &Adj> + '_ {
        let extra = self.out_extra.get(&n).map(|v| v.as_slice()).unwrap_or(&[]);
        Self::csr_slice(&self.out_off, &self.out_adj, n)
            .iter()
            .chain(extra)
            .filter(|a| a.live())
    }
    /// Live in-edges of `n`: (owner, share).
    pub(crate) fn in_edges(&self, n: NodeId) -> impl Iterator<Item = &Adj> + '_ {
        let extra = self.in_extra.get(&n).map(|v| v.as_slice()).unwrap_or(&[]);
        Self::csr_slice(&self.in_off, &self.in_adj, n)
            .iter()
            .chain(extra)
            .filter(|a| a.live())
    }
    /// Owners of `n` with their shares, in a stable order.
    pub fn owners(&self, n: NodeId) -> Vec<(NodeId, Share)> {
        self.in_edges(n).map(|a| (a.node, a.share())).collect()
    }
    /// Holdings of `n` with their shares, in a stable order.
    pub fn holdings(&self, n: NodeId) -> Vec<(NodeId, Share)> {
        self.out_edges(n).map(|a| (a.node, a.share())).collect()
    }
    pub fn edge(&self, owner: NodeId, owned: NodeId) -> Option<Share> {
        self.out_edges(owner)
            .find(|a| a.node == owned)
            .map(|a| a.share())
    }
    pub fn edge_count(&self) -> usize {
        (0..self.node_count() as u32)
            .map(|n| self.out_edges(n).count())
            .sum()
    }

    /// Finds the slot of `key` among `n`'s edges in one direction (live or tombstone).
    fn slot<'a>(
        off: &[u32],
        adj: &'a mut [Adj],
        extra: &'a mut FxHashMap<u32, Vec<Adj>>,
        n: NodeId,
        key: u32,
    ) -> Option<&'a mut Adj> {
        let nn = n as usize;
        if nn + 1 < off.len() {
            let s = &mut adj[off[nn] as usize..off[nn + 1] as usize];
            if let Ok(i) = s.binary_search_by_key(&key, |a| a.node) {
                return Some(&mut s[i]);
            }
        }
        extra
            .get_mut(&n)
            .and_then(|v| v.iter_mut().find(|a| a.node == key))
    }

    /// Sets the share of (owner, owned), adding the edge when absent.
    /// Returns the previous share.
    pub fn set_edge(&mut self, owner: NodeId, owned: NodeId, share: Share) -> Option<Share> {
        let (min, max) = (share.min().units(), share.max().units());
        let old = match Self::slot(
            &self.out_off,
            &mut self.out_adj,
            &mut self.out_extra,
            owner,
            owned,
        ) {
            Some(a) => {
                let old = a.live().then(|| a.share());
                a.min = min;
                a.max = max;
                let b = Self::slot(
                    &self.in_off,
                    &mut self.in_adj,
                    &mut self.in_extra,
                    owned,
                    owner,
                )
                .expect("in/out adjacency out of sync");
                b.min = min;
                b.max = max;
                return old;
            }
            None => None,
        };
        self.out_extra.entry(owner).or_default().push(Adj {
            node: owned,
            min,
            max,
        });
        self.in_extra.entry(owned).or_default().push(Adj {
            node: owner,
            min,
            max,
        });
        old
    }

    /// Removes (owner, owned); returns the share it had.
    pub fn remove_edge(&mut self, owner: NodeId, owned: NodeId) -> Option<Share> {
        let a = Self::slot(
            &self.out_off,
            &mut self.out_adj,
            &mut self.out_extra,
            owner,
            owned,
        )?;
        if !a.live() {
            return None;
        }
        let old = a.share();
        a.min = TOMB;
        let b = Self::slot(
            &self.in_off,
            &mut self.in_adj,
            &mut self.in_extra,
            owned,
            owner,
        )
        .expect("in/out adjacency out of sync");
        b.min = TOMB;
        Some(old)
    }

    /// Approximate heap bytes held, for the benchmark report.
    pub fn heap_bytes(&self) -> usize {
        let adj = std::mem::size_of::<Adj>();
        self.ids.buf.capacity()
            + self.ids.ends.capacity() * 8
            + self.ids.primary.capacity() * 16
            + self.listed.capacity() * 8
            + (self.out_off.capacity() + self.in_off.capacity()) * 4
            + (self.out_adj.capacity() + self.in_adj.capacity()) * adj
    }
}
