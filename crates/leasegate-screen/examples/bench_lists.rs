//! Speed and memory with several lists loaded: index build time, single
//! query latency percentiles, batch throughput on N threads, peak RSS.
//! Reads ../shared/data (benchmarks may; tests never do).
//!
//! cargo run --release -p leasegate-screen --example bench_lists -- [threads] [lists...]
//! lists default: bundled CSL + OFAC SDN XML + EU FSF + UN consolidated.

use leasegate_screen::{Index, Query, Thresholds};
use rayon::prelude::*;
use std::time::Instant;

fn rss_kib(field: &str) -> u64 {
    let s = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    s.lines()
        .find(|l| l.starts_with(field))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(0)
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let threads: usize = args.get(1).and_then(|s| s.parse().ok()).unwrap_or(2);
    let default_lists = [
        "../shared/data/lists/ofac_sdn_2024-05-07.xml.gz",
        "../shared/data/lists/eu_fsf_full_2024-05-13.xml.gz",
        "../shared/data/lists/un_consolidated_2026-02-27.xml.gz",
    ];
    let files: Vec<String> = if args.len() > 2 {
        args[2..].to_vec()
    } else {
        default_lists.iter().map(|s| s.to_string()).collect()
    };
    let mut entries = leasegate_lists::bundled_csl().entries;
    println!("us_csl (bundled): {} entries", entries.len());
    for f in &files {
        let bytes = std::fs::read(f).expect("read list");
        match leasegate_lists::parse_bytes(&bytes) {
            Ok(p) => {
                println!(
                    "{f}: {} entries, {} record errors",
                    p.entries.len(),
                    p.errors.len()
                );
                entries.extend(p.entries);
            }
            Err(e) => println!("{f}: not parsed ({e})"),
        }
    }
    let n_entries = entries.len();
    let rss_before = rss_kib("VmRSS:");
    let t = Instant::now();
    let index = Index::build(entries);
    let build = t.elapsed();
    println!(
        "index build: {:?} for {} entries / {} names",
        build,
        n_entries,
        index.name_count()
    );
    println!(
        "RSS after build: {} MiB (before build {} MiB)",
        rss_kib("VmRSS:") / 1024,
        rss_before / 1024
    );

    let text = std::fs::read_to_string("../shared/data/names/screen-dev.jsonl").expect("dev set");
    let names: Vec<String> = text
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v["name"].as_str().map(String::from))
        .collect();
    let th = Thresholds::default();
    // Warm up, then time each query on one thread.
    for n in names.iter().take(100) {
        std::hint::black_box(index.screen(&Query::name(n.as_str()), &th, 10));
    }
    let mut lat: Vec<f64> = Vec::with_capacity(names.len() * 3);
    for _ in 0..3 {
        for n in &names {
            let q = Query::name(n.as_str());
            let t = Instant::now();
            std::hint::black_box(index.screen(&q, &th, 10));
            lat.push(t.elapsed().as_secs_f64() * 1e6);
        }
    }
    lat.sort_by(f64::total_cmp);
    let pct = |p: f64| lat[((lat.len() as f64 - 1.0) * p) as usize];
    println!("single query latency over {} queries: p50 {:.1} us, p90 {:.1} us, p99 {:.1} us, max {:.1} us", lat.len(), pct(0.5), pct(0.9), pct(0.99), pct(1.0));

    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .expect("pool");
    let batch: Vec<Query> = (0..20)
        .flat_map(|_| names.iter().map(|n| Query::name(n.as_str())))
        .collect();
    let t = Instant::now();
    let hits: usize = pool.install(|| {
        batch
            .par_iter()
            .map(|q| index.screen(q, &th, 10).len())
            .sum()
    });
    let dt = t.elapsed();
    println!(
        "batch: {} queries on {} threads in {:?}: {:.0} queries/s ({} matches)",
        batch.len(),
        threads,
        dt,
        batch.len() as f64 / dt.as_secs_f64(),
        hits
    );
    println!("peak RSS: {} MiB", rss_kib("VmHWM:") / 1024);
}
