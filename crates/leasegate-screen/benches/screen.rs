//! Hot paths of screening: index build, single queries over the bundled
//! US CSL (14,160 entries), and the two per-candidate steps of a query: the
//! score bound that decides whether a candidate is aligned, and the
//! alignment itself. Run: `cargo bench -p leasegate-screen --bench screen`.

use criterion::{black_box, criterion_group, criterion_main, Criterion};
use leasegate_names::{
    compare_score, compare_score_with_sigs, default_weights, parse_name, score_upper_bound,
    token_sigs, CompareParams, NameKind,
};
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
        (
            "common_words",
            "China International Trading Company Limited",
        ),
    ];
    for (label, q) in queries {
        let q = Query::name(q);
        c.bench_function(&format!("query_{label}"), |b| {
            b.iter(|| index.screen(black_box(&q), &th, 10))
        });
    }

    // One candidate of a query: bound versus alignment.
    let p = CompareParams::default();
    let pairs = [
        (
            "near",
            "Dongguan Huiqun Electroinc Co., Ltd.",
            "Dongguan Huiqun Electronic Co., Ltd.",
        ),
        (
            "far",
            "Luxshare Precision Industry Co., Ltd.",
            "Shenzhen Precision Scientific Instruments Co., Ltd.",
        ),
    ];
    for (label, a, b) in pairs {
        let (q, cn) = (
            parse_name(a, NameKind::Organization),
            parse_name(b, NameKind::Organization),
        );
        let (wq, wc) = (default_weights(&q), default_weights(&cn));
        let (qs, cs) = (token_sigs(&q), token_sigs(&cn));
        c.bench_function(&format!("candidate_bound_{label}"), |bch| {
            bch.iter(|| score_upper_bound(black_box(&q), &qs, &cn, &cs, &wq, &wc, &p))
        });
        c.bench_function(&format!("candidate_align_{label}"), |bch| {
            bch.iter(|| compare_score_with_sigs(black_box(&q), &qs, &cn, &cs, &wq, &wc, &p))
        });
        c.bench_function(&format!("candidate_align_nosigs_{label}"), |bch| {
            bch.iter(|| compare_score(black_box(&q), &cn, &wq, &wc, &p))
        });
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
