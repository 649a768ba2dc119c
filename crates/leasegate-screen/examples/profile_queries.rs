//! A small fixed workload for instruction counting under callgrind, which is
//! immune to the noise of a shared machine: bundled CSL index, then the first
//! N dev-set queries (default 500). Reads ../shared/data (examples may).
//! With `all` as second argument the index holds CSL + OFAC SDN + EU FSF + UN
//! (the lists of the speed targets) instead of the bundled CSL alone.
//!
//! cargo build --release -p leasegate-screen --example profile_queries
//! valgrind --tool=callgrind --toggle-collect='*run_queries*' \
//!     target/release/examples/profile_queries 500 [all]

use leasegate_screen::{Index, Query, Thresholds};

#[inline(never)]
fn run_queries(index: &Index, names: &[String], th: &Thresholds) -> usize {
    names
        .iter()
        .map(|n| std::hint::black_box(index.screen(&Query::name(n.as_str()), th, 10)).len())
        .sum()
}

fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(500);
    let mut entries = leasegate_lists::bundled_csl().entries;
    if std::env::args().nth(2).as_deref() == Some("all") {
        for f in [
            "../shared/data/lists/ofac_sdn_2024-05-07.xml.gz",
            "../shared/data/lists/eu_fsf_full_2024-05-13.xml.gz",
            "../shared/data/lists/un_consolidated_2026-02-27.xml.gz",
        ] {
            let bytes = std::fs::read(f).expect("read list");
            entries.extend(leasegate_lists::parse_bytes(&bytes).expect("parse").entries);
        }
    }
    let index = Index::build(entries);
    let text = std::fs::read_to_string("../shared/data/names/screen-dev.jsonl").expect("dev set");
    let names: Vec<String> = text
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v["name"].as_str().map(String::from))
        .take(n)
        .collect();
    let hits = run_queries(&index, &names, &Thresholds::default());
    println!("{} queries, {hits} matches returned", names.len());
}
