//! Hot paths of screening: index build and single queries over the bundled
//! US CSL (14,160 entries). Run: `cargo bench -p leasegate-screen --bench screen`.

use criterion::{black_box, criterion_group, criterion_main, Criterion};
use leasegate_screen::{Index, Query, Thresholds};

fn entries() -> Vec<leasegate_lists::Entry> {
    leasegate_lists::bundled_csl().entries
}

fn bench(c: &mut Criterion) {
    let entries = entries();
    let mut g = c.benchmark_group("screen");
    g.sample_size(10);
    g.bench_function("index_build_csl", |b| {
        b.iter(|| Index::build(black_box(entries.clone())))
    });
    g.finish();
    let index = Index::build(entries);
    let th = Thresholds::default();
    let queries = [
        ("exact_org", "Huawei Technologies Co., Ltd."),
        ("typo_org", "Dongguan Huiqun Electroinc Co., Ltd."),
        ("person_reordered", "Abdi Nasir Ali Mahamud"),
        ("chinese", "华为技术有限公司"),
        ("negative", "Luxshare Precision Industry Co., Ltd."),
    ];
    for (label, q) in queries {
        let q = Query::name(q);
        c.bench_function(&format!("query_{label}"), |b| {
            b.iter(|| index.screen(black_box(&q), &th, 10))
        });
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
