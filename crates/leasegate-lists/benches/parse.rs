//! Parse time of each real list file in `../shared/data/lists` (benchmarks
//! may read it; tests may not). Files that are missing are skipped.
//! Baseline in the same run: gunzip alone, so parse cost can be quoted as a
//! ratio to plain decompression on a noisy machine.
//!
//! Run: `cargo bench -p leasegate-lists --bench parse`

use criterion::{criterion_group, criterion_main, Criterion};
use std::io::Read;
use std::path::Path;
use std::time::Duration;

const FILES: &[&str] = &[
    "us_csl_2022-04.csv.gz",
    "ofac_sdn_2024-05-07.xml.gz",
    "ofac_cons_enhanced_2025-01.zip",
    "eu_fsf_full_2024-05-13.xml.gz",
    "un_consolidated_2026-02-27.xml.gz",
    "bis_dpl_2022-09.txt",
];

fn dir() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/lists")
}

fn bench(c: &mut Criterion) {
    let mut g = c.benchmark_group("parse");
    g.sample_size(10)
        .measurement_time(Duration::from_secs(8))
        .warm_up_time(Duration::from_secs(1));
    for name in FILES {
        let Ok(bytes) = std::fs::read(dir().join(name)) else {
            eprintln!("skipping {name}: not found under {}", dir().display());
            continue;
        };
        g.bench_function(*name, |b| {
            b.iter(|| leasegate_lists::parse_bytes(&bytes).map(|p| p.entries.len()))
        });
        if name.ends_with(".gz") {
            g.bench_function(format!("gunzip_only/{name}"), |b| {
                b.iter(|| {
                    let mut out = Vec::new();
                    flate2::read::MultiGzDecoder::new(&bytes[..])
                        .read_to_end(&mut out)
                        .map(|_| out.len())
                })
            });
        }
    }
    let trio = dir().join("ofac_sdn_csv_2021-07");
    if let (Ok(s), Ok(a), Ok(l)) = (
        std::fs::read(trio.join("sdn.csv")),
        std::fs::read(trio.join("add.csv")),
        std::fs::read(trio.join("alt.csv")),
    ) {
        g.bench_function("ofac_sdn_csv_2021-07 (trio)", |b| {
            b.iter(|| {
                leasegate_lists::parse::sdn_csv::parse_trio(&s, Some(&a), Some(&l))
                    .map(|p| p.entries.len())
            })
        });
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
