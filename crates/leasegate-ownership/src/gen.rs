//! Deterministic synthetic ownership graphs for benchmarks and property
//! tests: mostly trees and chains (each entity gets one primary owner,
//! usually a recent one, so chains get long), plus cross-holdings between
//! random entities and back-edges that close cycles. Seeded; no IO.

use crate::graph::{Graph, GraphBuilder};
use crate::model::Share;
use crate::OwnershipError;
use leasegate_core::Percent;

/// SplitMix64: tiny, fast and good enough for test data.
#[derive(Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Self(seed)
    }
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    /// Uniform in [0, n); n > 0.
    pub fn below(&mut self, n: u64) -> u64 {
        ((u128::from(self.next_u64()) * u128::from(n)) >> 64) as u64
    }
    pub fn chance(&mut self, per_mille: u64) -> bool {
        self.below(1000) < per_mille
    }
}

/// A share in whole percent from `lo..=hi`, sometimes with two decimals.
fn pct(rng: &mut Rng, lo: u32, hi: u32) -> Percent {
    let whole = lo + rng.below(u64::from(hi - lo + 1)) as u32;
    let frac = if rng.chance(200) {
        rng.below(100) as u32 * 1000
    } else {
        0
    };
    Percent::from_units((whole * Percent::SCALE + frac).min(Percent::HUNDRED.units()))
        .unwrap_or(Percent::HUNDRED)
}

fn random_share(rng: &mut Rng, primary: bool) -> Share {
    let k = rng.below(100);
    if k < 5 {
        return Share::UNKNOWN;
    }
    if k < 15 {
        let a = pct(rng, 10, 60);
        let b = pct(rng, a.units() / Percent::SCALE, 100);
        return Share::range(a.min(b), a.max(b)).unwrap_or(Share::UNKNOWN);
    }
    if primary && k < 70 {
        Share::exact(pct(rng, 50, 100))
    } else {
        Share::exact(pct(rng, 1, 49))
    }
}

/// Builds a graph of `nodes` entities ("E0".."E{n-1}") and about `edges`
/// edges (duplicates merge), with `listed_per_mille` of entities listed.
pub fn generate(
    nodes: u32,
    edges: u64,
    listed_per_mille: u64,
    seed: u64,
) -> Result<Graph, OwnershipError> {
    let mut rng = Rng::new(seed);
    let mut b = GraphBuilder::with_capacity(nodes as usize, edges as usize);
    let mut name = String::new();
    for i in 0..nodes {
        use std::fmt::Write;
        name.clear();
        let _ = write!(name, "E{i}");
        b.node(&name)?;
    }
    const CODES: [&str; 4] = ["SDN", "EL", "MEU", "UVL"];
    for i in 0..nodes {
        if rng.chance(listed_per_mille) {
            b.list(i, CODES[rng.below(4) as usize])?;
        }
    }
    let mut made = 0u64;
    // Primary owners: one per entity except roots (about 5% are roots).
    for i in 1..nodes {
        if made >= edges {
            break;
        }
        if rng.chance(50) {
            continue;
        }
        let owner = if rng.chance(600) {
            i - 1 - (rng.below(u64::from(i.min(8))) as u32)
        } else {
            rng.below(u64::from(i)) as u32
        };
        b.edge(owner, i, random_share(&mut rng, true))?;
        made += 1;
        // Joint ventures: a second substantial owner.
        if rng.chance(150) && made < edges {
            let o2 = rng.below(u64::from(i)) as u32;
            b.edge(o2, i, random_share(&mut rng, false))?;
            made += 1;
        }
    }
    // Cross-holdings and (2%) back-edges closing cycles.
    while made < edges && nodes > 1 {
        let a = rng.below(u64::from(nodes)) as u32;
        let c = rng.below(u64::from(nodes)) as u32;
        if a == c {
            continue;
        }
        let (owner, owned) = if rng.chance(20) {
            (a.max(c), a.min(c))
        } else {
            (a.min(c), a.max(c))
        };
        b.edge(owner, owned, random_share(&mut rng, false))?;
        made += 1;
    }
    Ok(b.build())
}
