//! Development evaluation: screens a labelled JSONL file against the bundled
//! CSL, prints metrics over a range of match thresholds and the failures.
//! Reads ../shared (evaluation data is allowed there, tests never use it).
//!
//! cargo run --release -p leasegate-screen --example eval_dev -- ../shared/data/names/screen-dev.jsonl [match_threshold]

use leasegate_core::CountryCode;
use leasegate_lists::Schema;
use leasegate_screen::eval::{report, run_case, Case};
use leasegate_screen::{Index, Query, Thresholds};
use std::time::Instant;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let path = args
        .get(1)
        .cloned()
        .unwrap_or_else(|| "../shared/data/names/screen-dev.jsonl".into());
    let th: f64 = args
        .get(2)
        .and_then(|s| s.parse().ok())
        .unwrap_or(Thresholds::DEFAULT_MATCH);
    let t0 = Instant::now();
    let entries = leasegate_lists::bundled_csl().entries;
    let t1 = Instant::now();
    let index = Index::build(entries);
    let t2 = Instant::now();
    eprintln!(
        "parse {:?}, build {:?}, {} names",
        t1 - t0,
        t2 - t1,
        index.name_count()
    );
    let text = std::fs::read_to_string(&path).expect("read");
    let mut cases = Vec::new();
    for line in text.lines() {
        let v: serde_json::Value = serde_json::from_str(line).expect("json");
        let schema = match v["schema"].as_str().map(str::to_lowercase).as_deref() {
            Some("person") => Some(Schema::Person),
            Some("company") | Some("organization") => Some(Schema::Organization),
            _ => None,
        };
        let q = Query {
            name: v["name"].as_str().unwrap_or("").to_string(),
            schema,
            country: v["country"]
                .as_str()
                .and_then(|c| CountryCode::parse(c).ok()),
            identifiers: vec![],
        };
        cases.push(Case {
            id: v["id"].as_str().unwrap_or("").to_string(),
            query: q,
            expect: v["expect"]
                .as_array()
                .map(|a| {
                    a.iter()
                        .filter_map(|x| x.as_str().map(String::from))
                        .collect()
                })
                .unwrap_or_default(),
            kind: v["kind"].as_str().map(String::from),
        });
    }
    let tp = Instant::now();
    for c in &cases {
        std::hint::black_box(leasegate_names::parse_name(
            &c.query.name,
            leasegate_names::NameKind::Organization,
        ));
    }
    let dp = tp.elapsed();
    let tf = Instant::now();
    for c in &cases {
        std::hint::black_box(leasegate_names::fold(&c.query.name));
    }
    eprintln!(
        "parse_name {:.1} us/query, fold {:.1} us/query",
        dp.as_secs_f64() * 1e6 / cases.len() as f64,
        tf.elapsed().as_secs_f64() * 1e6 / cases.len() as f64
    );
    let low = Thresholds {
        review: 0.5,
        match_: 0.5,
    };
    let t3 = Instant::now();
    let outcomes: Vec<_> = cases.iter().map(|c| run_case(&index, c, &low)).collect();
    let dt = t3.elapsed();
    eprintln!(
        "{} queries in {:?} ({:.1} us/query)",
        cases.len(),
        dt,
        dt.as_secs_f64() * 1e6 / cases.len() as f64
    );
    // Sweep: positive found score = expected_score; negative max = top score.
    for t in [
        0.70, 0.72, 0.74, 0.76, 0.78, 0.80, 0.82, 0.84, 0.85, 0.86, 0.88, 0.90,
    ] {
        let mut found = 0;
        let mut pos = 0;
        let mut fa = 0;
        let mut neg = 0;
        for o in &outcomes {
            if o.positive {
                pos += 1;
                if o.expected_score.is_some_and(|s| s >= t) {
                    found += 1;
                }
            } else {
                neg += 1;
                if o.top.as_ref().is_some_and(|(_, s)| *s >= t) {
                    fa += 1;
                }
            }
        }
        println!(
            "t={t:.2} recall={:.4} far={:.4}",
            found as f64 / pos as f64,
            fa as f64 / neg as f64
        );
    }
    let thr = Thresholds {
        review: 0.5,
        match_: th,
    };
    let outs: Vec<_> = cases.iter().map(|c| run_case(&index, c, &thr)).collect();
    for (o, c) in outs.iter().zip(&cases) {
        if !o.correct {
            let top = index.screen(&c.query, &thr, 1);
            println!(
                "FAIL {} [{}] {:?} expect={:?} exp_score={:?} top={:?}",
                o.id,
                o.kind.clone().unwrap_or_default(),
                c.query.name,
                c.expect.first(),
                o.expected_score,
                top.first()
                    .map(|m| (m.name.clone(), m.score, m.explanation.clone()))
            );
        }
    }
    let r = report(outs, thr);
    println!("{}", serde_json::to_string_pretty(&r.overall).unwrap());
}
