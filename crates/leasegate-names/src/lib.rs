//! Name normalisation, transliteration, legal forms and string metrics. Pure, no IO.
//!
//! Pipeline: [`fold`] (NFKC, case, diacritics, scripts to Latin, Chinese
//! company words to English) -> [`canonical_word`] per word (abbreviations,
//! plurals, ordinals) -> legal forms split off ([`parse_name`]) ->
//! [`compare`] aligns two parsed names token by token.

mod bound;
mod compare;
mod fold;
mod glossary;
mod hangul;
mod legal;
pub mod metrics;
mod tokens;

pub use bound::{score_upper_bound, token_sigs, TokenSig};
pub use compare::{
    compare, compare_score, compare_score_with_sigs, compare_with_sigs, default_weights,
    intrinsic_weight, token_similarity, CompareParams, Comparison, MatchHow, TokenPair,
};
pub use fold::{fold, to_ascii};
pub use tokens::{canonical_word, normalize, parse_name, Name, NameKind, Token, TokenKind};

/// Similarity of two names in [0, 1]. A stable entry point for other crates
/// (linkage compares director names with it): both names are parsed as
/// unknown kind and compared symmetrically (the mean of both directions),
/// with stopwords and initials weighted down.
pub fn name_similarity(a: &str, b: &str) -> f64 {
    name_similarity_as(a, b, NameKind::Unknown)
}

/// [`name_similarity`] for names known to be of one kind: persons are read
/// as "LAST, First" when written so and keep every word; organisations have
/// their legal forms compared apart.
pub fn name_similarity_as(a: &str, b: &str, kind: NameKind) -> f64 {
    let na = parse_name(a, kind);
    let nb = parse_name(b, kind);
    if na.tokens.is_empty() || nb.tokens.is_empty() {
        return 0.0;
    }
    let (wa, wb) = (default_weights(&na), default_weights(&nb));
    let p = CompareParams {
        candidate_weight: 1.0,
        ..CompareParams::default()
    };
    let s1 = compare(&na, &nb, &wa, &wb, &p).score;
    let s2 = compare(&nb, &na, &wb, &wa, &p).score;
    ((s1 + s2) / 2.0).clamp(0.0, 1.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn similarity_examples() {
        assert!(name_similarity("Huawei Technologies Co., Ltd.", "华为技术有限公司") > 0.95);
        assert!(name_similarity("SenseTime", "Sense Time") > 0.9);
        assert!(name_similarity("11420 Corp", "Belletech Corp") < 0.3);
        assert!(name_similarity("John Smith", "SMITH, John") > 0.95);
        assert_eq!(name_similarity("", "x"), 0.0);
        // Abjad scripts: consonant skeletons.
        assert!(name_similarity("משה", "Moshe") >= 0.7);
        assert!(
            name_similarity("محمد علي", "Mohamed Ali") > name_similarity("محمد علي", "Xavier Ali")
        );
    }
}
