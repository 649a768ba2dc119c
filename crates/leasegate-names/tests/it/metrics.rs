//! String metrics against the jellyfish reference vectors (copied in
//! tests/fixtures/string-metric-testvectors, MIT).

use leasegate_names::metrics;
use std::path::PathBuf;

fn vectors(file: &str) -> Vec<(String, String, String)> {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/string-metric-testvectors")
        .join(file);
    let mut r = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_path(&p)
        .expect("fixture");
    let mut out = Vec::new();
    for rec in r.records() {
        let rec = rec.expect("csv record");
        if rec.len() < 2 {
            continue;
        }
        let a = rec[0].to_string();
        let (b, e) = if rec.len() == 2 {
            (String::new(), rec[1].to_string())
        } else {
            (rec[1].to_string(), rec[2].to_string())
        };
        out.push((a, b, e));
    }
    assert!(!out.is_empty(), "{file} has vectors");
    out
}

#[test]
fn levenshtein_vectors() {
    for (a, b, e) in vectors("levenshtein.csv") {
        assert_eq!(
            metrics::levenshtein(&a, &b),
            e.parse::<usize>().unwrap(),
            "{a} / {b}"
        );
    }
}

#[test]
fn damerau_vectors() {
    for (a, b, e) in vectors("damerau_levenshtein.csv") {
        assert_eq!(
            metrics::damerau_levenshtein(&a, &b),
            e.parse::<usize>().unwrap(),
            "{a} / {b}"
        );
    }
}

#[test]
fn jaro_vectors() {
    for (a, b, e) in vectors("jaro_distance.csv") {
        let got = metrics::jaro(&a, &b);
        assert!(
            (got - e.parse::<f64>().unwrap()).abs() < 0.001,
            "{a} / {b}: {got} vs {e}"
        );
    }
}

#[test]
fn jaro_winkler_vectors() {
    for (a, b, e) in vectors("jaro_winkler.csv") {
        let got = metrics::jaro_winkler(&a, &b);
        assert!(
            (got - e.parse::<f64>().unwrap()).abs() < 0.001,
            "{a} / {b}: {got} vs {e}"
        );
    }
}

#[test]
fn soundex_vectors() {
    // Two columns: `name,code`.
    for (a, _, e) in vectors("soundex.csv") {
        assert_eq!(metrics::soundex(&a), e, "{a}");
    }
}
