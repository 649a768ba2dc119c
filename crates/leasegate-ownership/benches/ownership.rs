//! Ownership benchmark (a bench command, `harness = false`): generates a
//! seeded graph, times full resolution and single incremental changes, and
//! reports peak RSS (VmHWM). Optionally writes the graph and the statuses
//! for the Python baseline (`scripts/bench/ownership_worklist.py`).
//!
//! cargo bench -p leasegate-ownership --bench ownership -- \
//!     --entities 5000000 --edges 10000000 --runs 5 --changes 2000 --write /tmp/own.bin

use leasegate_core::Percent;
use leasegate_ownership::gen::{generate, Rng};
use leasegate_ownership::report;
use leasegate_ownership::{Change, Resolver, Share, Status};
use std::io::Write;
use std::time::Instant;

fn arg<T: std::str::FromStr>(args: &[String], name: &str, default: T) -> T {
    args.windows(2)
        .find(|w| w[0] == name)
        .and_then(|w| w[1].parse().ok())
        .unwrap_or(default)
}

fn proc_status(key: &str) -> String {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with(key))
                .map(|l| l[key.len()..].trim().to_string())
        })
        .unwrap_or_else(|| "n/a".into())
}

fn median(v: &mut [f64]) -> f64 {
    v.sort_by(|a, b| a.total_cmp(b));
    v[v.len() / 2]
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let n: u32 = arg(&args, "--entities", 200_000);
    let m: u64 = arg(&args, "--edges", 2 * u64::from(n));
    let listed: u64 = arg(&args, "--listed-per-mille", 10);
    let seed: u64 = arg(&args, "--seed", 42);
    let runs: usize = arg(&args, "--runs", 5);
    let changes: usize = arg(&args, "--changes", 1000);
    let write: String = arg(&args, "--write", String::new());

    let t = Instant::now();
    let graph = generate(n, m, listed, seed).expect("generate");
    println!(
        "generated {} entities, {} edges (seed {seed}) in {:.2} s; graph heap ~{} MB",
        graph.node_count(),
        graph.edge_count(),
        t.elapsed().as_secs_f64(),
        graph.heap_bytes() >> 20
    );

    if !write.is_empty() {
        // Binary, little-endian u32: n, m, k, k listed ids, m x (owner, owned, min_units, max_units).
        let mut f = std::io::BufWriter::new(std::fs::File::create(&write).expect("create"));
        let listed_ids: Vec<u32> = (0..n).filter(|&x| graph.listed(x) != 0).collect();
        let edges: usize = graph.edge_count();
        for v in [n, edges as u32, listed_ids.len() as u32] {
            f.write_all(&v.to_le_bytes()).unwrap();
        }
        for x in &listed_ids {
            f.write_all(&x.to_le_bytes()).unwrap();
        }
        for o in 0..n {
            for (y, s) in graph.holdings(o) {
                for v in [o, y, s.min().units(), s.max().units()] {
                    f.write_all(&v.to_le_bytes()).unwrap();
                }
            }
        }
        f.flush().unwrap();
        println!("wrote graph to {write}");
    }

    let t = Instant::now();
    let mut r = Resolver::new(graph, Percent::whole(50).unwrap()).expect("resolve");
    let mut full = vec![t.elapsed().as_secs_f64()];
    for _ in 1..runs {
        let t = Instant::now();
        r.recompute();
        full.push(t.elapsed().as_secs_f64());
    }
    let counts = |r: &Resolver| {
        let mut c = [0usize; 4];
        for s in r.statuses() {
            c[*s as usize] += 1;
        }
        c
    };
    let c = counts(&r);
    println!(
        "full resolution: median {:.3} s over {runs} runs (min {:.3}, max {:.3})",
        median(&mut full.clone()),
        full.iter().cloned().fold(f64::MAX, f64::min),
        full.iter().cloned().fold(0.0, f64::max)
    );
    println!(
        "statuses: clear {} possibly_covered {} covered {} listed {}",
        c[0], c[1], c[2], c[3]
    );
    if !write.is_empty() {
        let bytes: Vec<u8> = r.statuses().iter().map(|s| *s as u8).collect();
        std::fs::write(format!("{write}.status"), bytes).unwrap();
    }
    let t = Instant::now();
    let masks = report::all_list_masks(&r);
    println!(
        "list codes per entity (evidence): {:.3} s",
        t.elapsed().as_secs_f64()
    );
    drop(masks);
    let t = Instant::now();
    let eff = r.effective_listed();
    println!(
        "multiplied-through effective share (informational): {:.3} s",
        t.elapsed().as_secs_f64()
    );
    drop(eff);
    println!("VmHWM after full resolution: {}", proc_status("VmHWM:"));

    // Incremental: a mix of edge edits, additions, removals, listings and unlistings.
    let mut rng = Rng::new(seed ^ 0xABCD);
    let mut times = Vec::with_capacity(changes);
    let mut affected = Vec::with_capacity(changes);
    for _ in 0..changes {
        let g = r.graph();
        let x = rng.below(u64::from(n)) as u32;
        let id = g.id(x).to_string();
        let k = rng.below(100);
        let change = if k < 20 {
            if g.listed(x) != 0 {
                Change::Unlist { id }
            } else {
                Change::List {
                    id,
                    codes: vec!["EL".into()],
                }
            }
        } else {
            let h = g.holdings(x);
            if h.is_empty() || k < 45 {
                let y = g.id(rng.below(u64::from(n)) as u32).to_string();
                let p = Percent::whole(rng.below(101) as u32).unwrap();
                Change::SetEdge {
                    owner: id,
                    owned: y,
                    share: Share::exact(p),
                }
            } else {
                let (y, _) = h[rng.below(h.len() as u64) as usize];
                let y = g.id(y).to_string();
                if k < 70 {
                    Change::RemoveEdge {
                        owner: id,
                        owned: y,
                    }
                } else {
                    let p = Percent::whole(rng.below(101) as u32).unwrap();
                    Change::SetEdge {
                        owner: id,
                        owned: y,
                        share: Share::exact(p),
                    }
                }
            }
        };
        let t = Instant::now();
        let changed = r.apply(change).expect("apply");
        times.push(t.elapsed().as_secs_f64() * 1000.0);
        affected.push(changed.len());
    }
    if !times.is_empty() {
        let mut sorted = times.clone();
        sorted.sort_by(|a, b| a.total_cmp(b));
        let p = |q: f64| sorted[((sorted.len() as f64 - 1.0) * q) as usize];
        println!(
            "incremental: {changes} changes, median {:.4} ms, p99 {:.3} ms, max {:.3} ms; statuses changed per change: max {}, total {}",
            p(0.5),
            p(0.99),
            p(1.0),
            affected.iter().max().unwrap(),
            affected.iter().sum::<usize>()
        );
        // Check: the incrementally maintained statuses equal a full recomputation.
        let before: Vec<Status> = r.statuses().to_vec();
        r.recompute();
        assert!(
            before == r.statuses(),
            "incremental result differs from full recomputation"
        );
        println!("incremental result == full recomputation: ok");
    }
    println!("VmHWM at end: {}", proc_status("VmHWM:"));
}
