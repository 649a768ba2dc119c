//! Hangul queries against the spellings sanctions lists use for Korean names
//! (simplified McCune-Reischauer, given names split by syllable).

use leasegate_names::{fold, name_similarity_as, NameKind};

fn person(a: &str, b: &str) -> f64 {
    name_similarity_as(a, b, NameKind::Person)
}

fn org(a: &str, b: &str) -> f64 {
    name_similarity_as(a, b, NameKind::Organization)
}

#[test]
fn hangul_persons_meet_list_spellings() {
    for (ko, listed) in [
        ("김정은", "KIM, Jong Un"),
        ("김정은", "Kim Jong-un"),
        ("김정은", "Kim Jongun"),
        ("김 정은", "KIM, Jong Un"),
        ("최룡해", "CHOE, Ryong Hae"),
        ("리병철", "RI, Pyong Chol"),
        ("박봉주", "PAK, Pong Ju"),
        ("조철성", "JO, Chol Song"),
        ("조연준", "JO, Yon Jun"),
        ("김여정", "KIM, Yo Jong"),
    ] {
        let s = person(ko, listed);
        assert!(s >= 0.80, "{ko} [{}] / {listed}: {s:.3}", fold(ko));
    }
}

#[test]
fn hangul_organisations_meet_list_spellings() {
    for (ko, listed) in [
        ("조선", "CHOSON"),
        ("조선", "Chosun"),
        ("평양", "Pyongyang"),
        ("조선광선은행", "KOREA KWANGSON BANKING CORP"),
        ("조선대성은행", "KOREA DAESONG BANK"),
        ("조선광성무역회사", "KOREA KWANGSONG TRADING CORPORATION"),
    ] {
        let s = org(ko, listed);
        assert!(s >= 0.80, "{ko} [{}] / {listed}: {s:.3}", fold(ko));
    }
}

#[test]
fn different_korean_names_stay_apart() {
    for (ko, other) in [
        ("김정은", "KIM, Jong Il"),
        ("김정일", "KIM, Jong Un"),
        ("김정은", "KIM, Yo Jong"),
        ("김정은", "CHOE, Ryong Hae"),
        ("최룡해", "CHOE, Son Hui"),
        ("박봉주", "PAK, Pong Nam"),
        ("리병철", "RI, Pyong Hae"),
        ("리병철", "KIM, Jong Un"),
    ] {
        let s = person(ko, other);
        assert!(s < 0.80, "{ko} [{}] / {other}: {s:.3}", fold(ko));
    }
    let s = org("조선광선은행", "KOREA KWANGSONG TRADING CORPORATION");
    assert!(s < 0.80, "{s:.3}");
}

#[test]
fn hangul_folds_to_list_style_words() {
    assert_eq!(fold("김정은"), "kim jong un");
    assert_eq!(fold("KIM 정은"), "kim jong un");
    assert_eq!(fold("조선광선은행"), "korea kwangson bank");
    for s in ["김정은", "조선광선은행", "리병철 (Ri)", "남궁민"] {
        let f = fold(s);
        assert!(f.is_ascii());
        assert_eq!(fold(&f), f, "not idempotent on {s}");
    }
}
