//! From a raw name to the tokens that are compared.

use crate::fold::fold;
use crate::glossary;
use crate::legal::legal_forms;
use serde::Serialize;

/// What a name is expected to be; changes how "LAST, First" is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum NameKind {
    Person,
    Organization,
    #[default]
    Unknown,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TokenKind {
    Word,
    /// Contains a digit: must match exactly ("11420" never meets "belletech").
    Number,
    /// A single letter, as in "J. Smith".
    Initial,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Token {
    pub text: String,
    pub kind: TokenKind,
    /// Part of the family name, known from a "LAST, First" person name.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub surname: bool,
}

/// A parsed name: the core tokens that identify the party, in order, and the
/// legal forms found (canonical, e.g. "coltd", "llc", "gmbh") which are
/// compared separately because they say little about identity.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Name {
    pub tokens: Vec<Token>,
    pub legal_forms: Vec<String>,
}

/// Words that carry almost no identity on their own.
pub(crate) const STOPWORDS: &[&str] = &[
    "the", "of", "and", "for", "de", "la", "le", "el", "al", "du", "des", "del", "da", "di", "van",
    "von", "bin", "ibn", "bint", "a",
];

fn strip_ordinal(w: &str) -> &str {
    for suf in ["st", "nd", "rd", "th"] {
        if let Some(d) = w.strip_suffix(suf) {
            if !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit()) {
                return d;
            }
        }
    }
    w
}

/// Plural endings of company vocabulary ("technologies", "systems",
/// "services"). Deliberately narrow: person names ending in -s ("Abbas",
/// "Thomas", "Andreas") must not change.
const PLURAL_ENDINGS: &[&str] = &[
    "ions", "ems", "ces", "ings", "ents", "ants", "ucts", "orks", "ials", "cals", "ures", "ises",
    "ities", "ators",
];

fn stem(w: &str) -> String {
    let n = w.len();
    if n > 5 && w.ends_with("ies") {
        return format!("{}y", &w[..n - 3]);
    }
    if n > 5 && PLURAL_ENDINGS.iter().any(|e| w.ends_with(e)) {
        return w[..n - 1].to_string();
    }
    w.to_string()
}

/// One folded word in its canonical spelling: ordinals lose their suffix
/// ("709th" -> "709"), abbreviations are expanded ("intl" -> "international"),
/// plurals are folded ("technologies" -> "technology"). Idempotent.
pub fn canonical_word(w: &str) -> String {
    let w = strip_ordinal(w);
    if w.bytes().any(|b| b.is_ascii_digit()) {
        return w.to_string();
    }
    let e = glossary::expand(w).unwrap_or(w);
    let s = stem(e);
    match glossary::expand(&s) {
        Some(f) => f.to_string(),
        None => s,
    }
}

/// Splits "LAST, First" into (given names, family name) for person names.
fn split_person(raw: &str) -> Option<(&str, &str)> {
    let mut parts = raw.splitn(3, ',');
    let (Some(last), Some(first), None) = (parts.next(), parts.next(), parts.next()) else {
        return None;
    };
    let first = first.trim();
    // "SMITH, John, Jr." has two commas; "SMITH, Jr." is no given name.
    if last.trim().is_empty()
        || first.is_empty()
        || matches!(
            first.to_ascii_lowercase().trim_end_matches('.'),
            "jr" | "sr" | "ii" | "iii"
        )
    {
        return None;
    }
    Some((first, last.trim()))
}

/// Legal forms that list entries and typists glue to the name ("FAKTORINGOOO").
const GLUED_LEGAL_SUFFIXES: &[&str] = &[
    "ooo", "oao", "zao", "pao", "ojsc", "cjsc", "pjsc", "jsc", "llc", "llp", "ltd", "ltda", "gmbh",
    "sarl", "plc", "bhd", "kft",
];

/// Parses a name into canonical tokens and legal forms.
pub fn parse_name(raw: &str, kind: NameKind) -> Name {
    let table = legal_forms();
    // Words, each flagged when it is part of a known family name.
    let mut words: Vec<(String, bool)> = Vec::new();
    let push_words = |text: &str, surname: bool, words: &mut Vec<(String, bool)>| {
        for w in fold(text).split(' ').filter(|w| !w.is_empty()) {
            let mut w = w;
            let mut glued: Vec<&str> = Vec::new();
            if kind != NameKind::Person {
                while let Some(suf) = GLUED_LEGAL_SUFFIXES
                    .iter()
                    .find(|s| w.len() >= s.len() + 4 && w.ends_with(**s))
                {
                    glued.push(suf);
                    w = &w[..w.len() - suf.len()];
                }
            }
            words.push((canonical_word(w), surname));
            words.extend(glued.iter().rev().map(|s| (canonical_word(s), surname)));
        }
    };
    match (kind, split_person(raw)) {
        (NameKind::Person, Some((given, family))) => {
            push_words(given, false, &mut words);
            push_words(family, true, &mut words);
        }
        _ => push_words(raw, false, &mut words),
    }
    // Legal-form words as they would read without a typo; used only to
    // recognise a legal form, never as tokens.
    let corrected: Vec<&str> = words
        .iter()
        .map(|(w, _)| {
            if kind == NameKind::Person {
                w.as_str()
            } else {
                table.correct(w).unwrap_or(w)
            }
        })
        .collect();
    let mut tokens = Vec::with_capacity(words.len());
    let mut legal = Vec::new();
    let mut legal_words: Vec<String> = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let max = table.max_tokens.min(words.len() - i);
        let mut hit = None;
        if kind != NameKind::Person {
            for n in (1..=max).rev() {
                if let Some(c) = table.lookup(&corrected[i..i + n]) {
                    hit = Some((n, c));
                    break;
                }
            }
        }
        match hit {
            Some((n, c)) => {
                legal.push(c.to_string());
                legal_words.extend(corrected[i..i + n].iter().map(|w| w.to_string()));
                i += n;
            }
            None => {
                tokens.push(make_token(&words[i].0, words[i].1));
                i += 1;
            }
        }
    }
    // A name that is nothing but legal-form words ("Limited Liability
    // Company") keeps those words as its identity.
    if tokens.is_empty() && !legal_words.is_empty() {
        tokens = legal_words.iter().map(|w| make_token(w, false)).collect();
        legal.clear();
    }
    Name {
        tokens,
        legal_forms: legal,
    }
}

fn make_token(w: &str, surname: bool) -> Token {
    let kind = if w.bytes().any(|b| b.is_ascii_digit()) {
        TokenKind::Number
    } else if w.len() == 1 {
        TokenKind::Initial
    } else {
        TokenKind::Word
    };
    Token {
        text: w.to_string(),
        kind,
        surname,
    }
}

/// The comparable form of a name as one string: canonical tokens, then the
/// legal forms. Idempotent (a property test checks it).
pub fn normalize(raw: &str) -> String {
    // One pass can leave a name that parses differently again (a comma
    // reorder, or a legal form found only once others are split off), so
    // repeat to a fixed point: normalising is then idempotent. Each pass
    // only drops or reorders tokens; the bound is a guard.
    let mut cur = normalize_once(raw);
    for _ in 0..8 {
        let next = normalize_once(&cur);
        if next == cur {
            break;
        }
        cur = next;
    }
    cur
}

fn normalize_once(raw: &str) -> String {
    let n = parse_name(raw, NameKind::Unknown);
    let mut out: Vec<&str> = n.tokens.iter().map(|t| t.text.as_str()).collect();
    out.extend(n.legal_forms.iter().map(String::as_str));
    out.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn canonical_words() {
        assert_eq!(canonical_word("709th"), "709");
        assert_eq!(canonical_word("intl"), "international");
        assert_eq!(canonical_word("technologies"), "technology");
        assert_eq!(canonical_word("tech"), "technology");
        assert_eq!(canonical_word("communications"), "communication");
        assert_eq!(canonical_word("boss"), "boss");
    }

    #[test]
    fn normalize_idempotent_on_found_cases() {
        for s in ["ei,e K,a", "CoCoLtd Intl Company ", "CoCoGmbHGmbH "] {
            let once = normalize(s);
            assert_eq!(normalize(&once), once, "{s:?}");
        }
    }

    #[test]
    fn legal_forms_split_off() {
        let n = parse_name("Huawei Technologies Co., Ltd.", NameKind::Organization);
        let t: Vec<&str> = n.tokens.iter().map(|t| t.text.as_str()).collect();
        assert_eq!(t, ["huawei", "technology"]);
        assert_eq!(n.legal_forms, ["coltd"]);
        let z = parse_name("华为技术有限公司", NameKind::Unknown);
        assert_eq!(z.tokens, n.tokens);
    }

    #[test]
    fn typos_in_legal_forms_and_glued_forms() {
        let n = parse_name("MYANMAR ECONOMIC HOLDING LIMtTED", NameKind::Organization);
        assert_eq!(n.tokens.len(), 3);
        assert_eq!(n.legal_forms, ["ltd"]);
        let n = parse_name("VTB FAKTORINGOOO", NameKind::Organization);
        let t: Vec<&str> = n.tokens.iter().map(|t| t.text.as_str()).collect();
        assert_eq!(t, ["vtb", "faktoring"]);
    }

    #[test]
    fn person_last_first() {
        let n = parse_name("'ABBAS, Rim", NameKind::Person);
        let t: Vec<&str> = n.tokens.iter().map(|t| t.text.as_str()).collect();
        assert_eq!(t, ["rim", "abbas"]);
        assert!(n.tokens[1].surname && !n.tokens[0].surname);
    }
}
