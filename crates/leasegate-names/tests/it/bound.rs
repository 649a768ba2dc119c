//! `score_upper_bound` must never fall below the score `compare` gives (the
//! screening index skips aligning names whose bound is too low), and
//! `compare_score_with_sigs` must give `compare`'s score exactly.

use leasegate_names::{
    compare, compare_score_with_sigs, default_weights, parse_name, score_upper_bound,
    CompareParams, Name, NameKind, TokenSig,
};
use proptest::prelude::*;
use std::collections::HashMap;

/// A second name made from `a` by typical query damage: typos,
/// transpositions, words merged, split, dropped or moved, initials.
fn damaged(a: &str, ops: &[(usize, u8, char)]) -> String {
    let mut b: Vec<char> = a.chars().collect();
    for &(pos, op, ch) in ops {
        let pos = pos % (b.len() + 1);
        match op {
            0 => b.insert(pos, ch),
            1 if pos < b.len() => {
                b.remove(pos);
            }
            2 if pos < b.len() => b[pos] = ch,
            3 if pos + 1 < b.len() => b.swap(pos, pos + 1),
            4 => b.insert(pos, ' '),
            5 => b.retain(|c| *c != ' ' || pos % 2 == 0),
            6 => {
                // Move the first word to the end, "LAST, First" style.
                let s: String = b.iter().collect();
                if let Some((first, rest)) = s.split_once(' ') {
                    b = format!("{rest}, {first}").chars().collect();
                }
            }
            _ => {}
        }
    }
    b.into_iter().collect()
}

fn kind(k: u8) -> NameKind {
    match k % 3 {
        0 => NameKind::Person,
        1 => NameKind::Organization,
        _ => NameKind::Unknown,
    }
}

/// Token summaries with interned ids, as the screening index gives them.
fn sigs_with_ids(n: &Name, ids: &mut HashMap<String, u32>, with_ids: bool) -> Vec<TokenSig> {
    n.tokens
        .iter()
        .map(|t| {
            let s = TokenSig::of(t);
            if !with_ids {
                return s;
            }
            let next = ids.len() as u32;
            s.with_id(*ids.entry(t.text.clone()).or_insert(next))
        })
        .collect()
}

fn check(
    a: &str,
    b: &str,
    ka: NameKind,
    kb: NameKind,
    with_ids: bool,
) -> Result<(), TestCaseError> {
    let (q, c) = (parse_name(a, ka), parse_name(b, kb));
    let (wq, wc) = (default_weights(&q), default_weights(&c));
    let mut ids = HashMap::new();
    let qs = sigs_with_ids(&q, &mut ids, with_ids);
    let cs = sigs_with_ids(&c, &mut ids, with_ids);
    for p in [
        CompareParams::default(),
        CompareParams {
            candidate_weight: 1.0,
            ..CompareParams::default()
        },
    ] {
        let full = compare(&q, &c, &wq, &wc, &p).score;
        let fast = compare_score_with_sigs(&q, &qs, &c, &cs, &wq, &wc, &p);
        prop_assert_eq!(full, fast, "{:?} vs {:?}", a, b);
        let ub = score_upper_bound(&q, &qs, &c, &cs, &wq, &wc, &p);
        prop_assert!(
            ub + 1e-9 >= full,
            "bound {} < score {} for {:?} vs {:?}",
            ub,
            full,
            a,
            b
        );
        prop_assert!((0.0..=1.0).contains(&ub));
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    #[test]
    fn bound_holds_for_damaged_names(
        a in "[a-z]{1,9}( [a-z0-9]{1,10}){0,4}",
        ops in proptest::collection::vec((0usize..60, 0u8..8, "[a-z0-9]"), 0..5),
        ka in 0u8..3,
        kb in 0u8..3,
        with_ids in any::<bool>(),
    ) {
        let ops: Vec<(usize, u8, char)> = ops
            .into_iter()
            .map(|(p, o, c)| (p, o, c.chars().next().unwrap_or('a')))
            .collect();
        let b = damaged(&a, &ops);
        check(&a, &b, kind(ka), kind(kb), with_ids)?;
        check(&b, &a, kind(kb), kind(ka), with_ids)?;
    }

    #[test]
    fn bound_holds_for_unrelated_names(
        a in "[a-zA-Z0-9 ,.&'-]{0,40}",
        b in "[a-zA-Z0-9 ,.&'-]{0,40}",
        ka in 0u8..3,
        kb in 0u8..3,
        with_ids in any::<bool>(),
    ) {
        check(&a, &b, kind(ka), kind(kb), with_ids)?;
    }
}

#[test]
fn bound_holds_on_known_cases() {
    let cases = [
        ("Huawei Technologies Co., Ltd.", "华为技术有限公司"),
        ("SenseTime", "Sense Time"),
        ("Sense Time Group", "SenseTime"),
        ("riontech", "Rion Technology"),
        ("mhmd ali", "Mohamed Ali"),
        ("J. Smith", "SMITH, John"),
        ("11420 Corp", "Belletech Corp"),
        ("Abdi Nasir Ali Mahamud", "MAHAMUD, Abdi Nasir Ali"),
        ("DONGFEeGSHPG", "Dongfeng Shipping"),
        ("Avn Industries", "Aviation Industry"),
    ];
    for (a, b) in cases {
        for ka in 0..3 {
            for kb in 0..3 {
                for with_ids in [false, true] {
                    check(a, b, kind(ka), kind(kb), with_ids).unwrap();
                    check(b, a, kind(kb), kind(ka), with_ids).unwrap();
                }
            }
        }
    }
}
