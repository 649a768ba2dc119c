//! Choosing concrete GPUs for a lease.

use crate::{GpuRef, NodeId};
use time::OffsetDateTime;

/// Two bookings conflict when their windows, each extended by the cleaning
/// gap at its end, overlap (half-open intervals).
pub fn blocks(a_start: i64, a_end: i64, b_start: i64, b_end: i64, gap_s: i64) -> bool {
    a_start < b_end + gap_s && b_start < a_end + gap_s
}

/// Seconds since the epoch; the ledger's storage unit for instants.
pub fn unix(t: OffsetDateTime) -> i64 {
    t.unix_timestamp()
}

/// One node's GPUs and which of them are busy in the requested window.
#[derive(Debug, Clone)]
pub struct NodeFree {
    pub node_id: NodeId,
    pub gpu_count: u32,
    /// Indices busy in the window (any order, duplicates allowed).
    pub busy: Vec<u32>,
}

impl NodeFree {
    fn free_indices(&self) -> Vec<u32> {
        let mut busy = vec![false; self.gpu_count as usize];
        for &b in &self.busy {
            if let Some(x) = busy.get_mut(b as usize) {
                *x = true;
            }
        }
        (0..self.gpu_count).filter(|&i| !busy[i as usize]).collect()
    }
}

/// Picks `want` GPUs, packing whole nodes first: while the remainder fits on
/// one node, take the node with the fewest free GPUs that still fits it (best
/// fit, so big empty nodes stay whole for big leases); otherwise take every
/// free GPU of the node with the most free GPUs. Ties break on node id, so the
/// choice is deterministic. Returns the number free when there are too few.
pub fn choose_gpus(nodes: &[NodeFree], want: u32) -> Result<Vec<GpuRef>, u32> {
    let mut free: Vec<(NodeId, Vec<u32>)> = nodes
        .iter()
        .map(|n| (n.node_id.clone(), n.free_indices()))
        .filter(|(_, f)| !f.is_empty())
        .collect();
    let total: usize = free.iter().map(|(_, f)| f.len()).sum();
    if total < want as usize {
        return Err(total as u32);
    }
    free.sort_by(|a, b| a.0.cmp(&b.0));
    let mut out = Vec::with_capacity(want as usize);
    let mut remaining = want as usize;
    while remaining > 0 {
        let fit = free
            .iter()
            .enumerate()
            .filter(|(_, (_, f))| f.len() >= remaining)
            .min_by_key(|(_, (_, f))| f.len())
            .map(|(i, _)| i);
        let i = match fit {
            Some(i) => i,
            None => {
                // max_by_key returns the last max; we want the first (lowest id).
                let mut best = 0;
                for (j, (_, f)) in free.iter().enumerate() {
                    if f.len() > free[best].1.len() {
                        best = j;
                    }
                }
                best
            }
        };
        let (node, idx) = free.remove(i);
        let take = remaining.min(idx.len());
        out.extend(idx[..take].iter().map(|&g| GpuRef {
            node_id: node.clone(),
            gpu_index: g,
        }));
        remaining -= take;
    }
    out.sort();
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn n(id: &str, count: u32, busy: &[u32]) -> NodeFree {
        NodeFree {
            node_id: NodeId::parse(id).unwrap(),
            gpu_count: count,
            busy: busy.to_vec(),
        }
    }

    #[test]
    fn packs() {
        let nodes = [
            n("a", 8, &[]),
            n("b", 8, &[0, 1, 2, 3, 4, 5]),
            n("c", 8, &[0]),
        ];
        // 2 fit best on b (2 free), leaving a whole.
        let g = choose_gpus(&nodes, 2).unwrap();
        assert!(g.iter().all(|x| x.node_id.as_str() == "b"));
        // 8: a whole node.
        let g = choose_gpus(&nodes, 8).unwrap();
        assert!(g.iter().all(|x| x.node_id.as_str() == "a"));
        // 10: a whole (8), then best fit for 2 on b.
        let g = choose_gpus(&nodes, 10).unwrap();
        assert_eq!(g.iter().filter(|x| x.node_id.as_str() == "a").count(), 8);
        assert_eq!(g.iter().filter(|x| x.node_id.as_str() == "b").count(), 2);
        assert_eq!(choose_gpus(&nodes, 18), Err(17));
    }

    #[test]
    fn gap() {
        assert!(blocks(0, 10, 10, 20, 1));
        assert!(!blocks(0, 10, 11, 20, 1));
        assert!(!blocks(0, 10, 10, 20, 0));
    }
}
