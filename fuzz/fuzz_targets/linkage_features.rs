//! Fuzzes the leasegate-linkage normalisers and pair scoring. The input's
//! lines become the fields of two customers (the second gets them rotated
//! by one, so every normaliser meets every kind of text). Beyond "no panic":
//! no field's normaliser fails (`features_checked` would otherwise leave the
//! field out quietly in production), and a pair's score is symmetric, finite
//! and not negative.
#![no_main]

use leasegate_linkage::{features_checked, CustomerRecord, LinkageConfig, Linker};
use libfuzzer_sys::fuzz_target;

fn record(id: &str, f: &[&str]) -> CustomerRecord {
    let s = |i: usize| f.get(i).map(|t| t.to_string());
    let list = |i: usize| f.get(i).map(|t| vec![t.to_string()]).unwrap_or_default();
    CustomerRecord {
        id: id.into(),
        name: s(0).unwrap_or_default(),
        country: f.get(1).and_then(|c| leasegate_linkage::resolve_country(c)),
        address: s(2),
        phone: s(3),
        email: s(4),
        website: s(5),
        registration_id: s(6),
        payment_fingerprint: s(7),
        directors: list(8),
        owners: list(9),
        ips: list(10),
        ssh_keys: list(11),
        ..Default::default()
    }
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let fields: Vec<&str> = text.split('\n').take(12).collect();
    let mut rotated = fields.clone();
    if !rotated.is_empty() {
        rotated.rotate_left(1);
    }
    let records = vec![record("a", &fields), record("b", &rotated), record("c", &fields)];
    for r in &records {
        let (_, failed) = features_checked(r);
        assert!(failed.is_empty(), "normaliser failed on {failed:?}");
    }
    let (l, errors) = Linker::build(LinkageConfig::default(), records).unwrap();
    assert!(errors.is_empty());
    for (x, y) in [(0, 1), (0, 2), (1, 2)] {
        let (w, _) = l.score_pair(x, y);
        let (v, _) = l.score_pair(y, x);
        assert!(w.is_finite() && w >= 0.0, "score {w}");
        assert_eq!(w, v, "asymmetric score");
    }
});
