//! Property tests: normalisation is idempotent, similarities stay in [0, 1].

use leasegate_names::{fold, name_similarity, normalize};
use proptest::prelude::*;

fn name_strategy() -> impl Strategy<Value = String> {
    prop_oneof![
        "[A-Za-z .,'&-]{0,40}",
        "[a-zA-Zéèüößçñ0-9 ]{0,30}",
        "[\\p{Cyrillic} ]{0,20}",
        "[\\p{Han}]{0,8}",
        "[\\p{Greek}\\p{Arabic}\\p{Hebrew} ]{0,20}",
        any::<String>(),
        "(Co|Ltd|Inc|Intl|Tech|Technologies|GmbH|OOO|LLC|Company|Limited|[0-9]{1,4}(st|th)?| )+",
    ]
}

proptest! {
    #[test]
    fn fold_is_idempotent(s in name_strategy()) {
        let once = fold(&s);
        prop_assert_eq!(fold(&once), once.clone());
        prop_assert!(once.bytes().all(|b| b == b' ' || b.is_ascii_lowercase() || b.is_ascii_digit()));
    }

    #[test]
    fn normalize_is_idempotent(s in name_strategy()) {
        let once = normalize(&s);
        prop_assert_eq!(normalize(&once), once);
    }

    #[test]
    fn similarity_in_unit_interval(a in name_strategy(), b in name_strategy()) {
        let s = name_similarity(&a, &b);
        prop_assert!((0.0..=1.0).contains(&s), "{}", s);
    }

    #[test]
    fn similarity_of_self_is_one(a in "[A-Za-z]{2,10}( [A-Za-z]{2,10}){0,3}") {
        let s = name_similarity(&a, &a);
        prop_assert!(s > 0.999, "{}", s);
    }
}

proptest! {
    #[test]
    fn osa_bounded_agrees_with_strsim(a in "[a-e]{0,12}", b in "[a-e]{0,12}", max in 0usize..6) {
        let full = leasegate_names::metrics::osa_distance(&a, &b);
        let bounded = leasegate_names::metrics::osa_bounded(&a, &b, max);
        prop_assert_eq!(bounded, (full <= max).then_some(full));
    }

    #[test]
    fn osa_bounded_agrees_with_strsim_on_near_strings(
        a in "[ab]{0,6}",
        b in "[ab]{0,6}",
        max in 0usize..4,
    ) {
        // A two-letter alphabet: mostly a few edits apart, which is where
        // the shortcuts after stripping apply.
        let full = leasegate_names::metrics::osa_distance(&a, &b);
        let bounded = leasegate_names::metrics::osa_bounded(&a, &b, max);
        prop_assert_eq!(bounded, (full <= max).then_some(full));
    }

    #[test]
    fn osa_bounded_agrees_with_strsim_on_long_names(
        a in "[a-d]{60,140}",
        edits in proptest::collection::vec((0usize..140, 0u8..4, "[a-d]"), 0..6),
        max in 0usize..8,
    ) {
        // Long names a few edits apart: the banded fill beyond 64 bytes.
        let mut b: Vec<char> = a.chars().collect();
        for (pos, op, ch) in edits {
            let pos = pos % (b.len() + 1);
            let ch = ch.chars().next().unwrap_or('a');
            match op {
                0 => b.insert(pos, ch),
                1 if pos < b.len() => { b.remove(pos); }
                2 if pos < b.len() => b[pos] = ch,
                _ if pos + 1 < b.len() => b.swap(pos, pos + 1),
                _ => {}
            }
        }
        let b: String = b.into_iter().collect();
        let full = leasegate_names::metrics::osa_distance(&a, &b);
        let bounded = leasegate_names::metrics::osa_bounded(&a, &b, max);
        prop_assert_eq!(bounded, (full <= max).then_some(full));
    }
}
