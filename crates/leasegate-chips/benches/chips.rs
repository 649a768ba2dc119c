//! What the lease gate pays per decision, and what start-up pays to load the data.

use criterion::{black_box, criterion_group, criterion_main, Criterion};
use leasegate_chips::{parse_date, Catalog, CountryGroups, Policy};
use leasegate_core::CountryCode;

fn benches(c: &mut Criterion) {
    let catalog = Catalog::embedded().unwrap();
    let policy = Policy::embedded().unwrap();
    let as_of = parse_date("2026-06-01").unwrap();
    let h100 = catalog.chip_class("h100-sxm").unwrap();
    let cn = CountryCode::parse("CN").unwrap();
    let us = CountryCode::parse("US").unwrap();
    let sg = CountryCode::parse("SG").unwrap();

    c.bench_function("load_embedded_catalog", |b| {
        b.iter(|| Catalog::embedded().unwrap())
    });
    c.bench_function("load_embedded_policy_and_groups", |b| {
        b.iter(|| Policy::embedded().unwrap())
    });
    c.bench_function("classify_whole_catalog_19", |b| {
        b.iter(|| {
            catalog
                .chips
                .iter()
                .map(|a| a.classify().unwrap().tpp)
                .max()
        })
    });
    // Worst case for the rental list: falls through every rule to the default.
    c.bench_function("rental_decision_default_allow", |b| {
        b.iter(|| {
            policy
                .rental_decision(black_box(&h100), us, Some(us), as_of)
                .unwrap()
        })
    });
    c.bench_function("rental_decision_parent_in_d5", |b| {
        b.iter(|| {
            policy
                .rental_decision(black_box(&h100), sg, Some(cn), as_of)
                .unwrap()
        })
    });
    c.bench_function("licence_decision_default", |b| {
        b.iter(|| {
            policy
                .licence_decision(black_box(&h100), us, Some(us), None, as_of)
                .unwrap()
        })
    });
    let groups = CountryGroups::embedded().unwrap();
    c.bench_function("groups_of", |b| {
        b.iter(|| groups.groups_of(black_box(cn), as_of).unwrap())
    });
}

criterion_group!(chips, benches);
criterion_main!(chips);
