//! Script folding: any Unicode name to lower-case ASCII words.

use crate::glossary;
use crate::hangul;
use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// True for CJK ideographs (Han), which are transliterated as pinyin and
/// first checked against the company-word glossary.
pub(crate) fn is_han(c: char) -> bool {
    matches!(c as u32,
        0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x2FA1F)
}

/// Folds a name to lower-case ASCII words separated by single spaces:
/// NFKC, case folding, diacritics removed, non-Latin scripts transliterated
/// (Cyrillic, Greek, Arabic, Hebrew, kana via `deunicode`; Hangul in the
/// McCune-Reischauer style of list entries, person names split by syllable; Han via the
/// company glossary, then pinyin with each run of ideographs joined into one
/// word, since a Chinese brand name is written as one word in Latin: 华为 ->
/// "huawei"). Apostrophes vanish ("O'Brien" -> "obrien"), `&` becomes "and",
/// other punctuation separates words.
///
/// Idempotent: the output is its own fold.
pub fn fold(s: &str) -> String {
    if s.is_ascii() {
        // Fast path for most list names: NFKC and transliteration are no-ops.
        let mut out = String::with_capacity(s.len() + 4);
        for c in s.chars() {
            push_char(&mut out, c);
        }
        return collapse(&out);
    }
    let nfkc: Vec<char> = s.nfkc().collect();
    let mut out = String::with_capacity(s.len() + 8);
    let mut i = 0;
    while i < nfkc.len() {
        let c = nfkc[i];
        if is_han(c) {
            if let Some((len, english)) = glossary::han_word_at(&nfkc[i..]) {
                push_sep(&mut out);
                out.push_str(english);
                out.push(' ');
                i += len;
                continue;
            }
            // A run of ideographs not in the glossary: one joined pinyin word.
            push_sep_if_alnum_before(&mut out);
            while i < nfkc.len() && is_han(nfkc[i]) && glossary::han_word_at(&nfkc[i..]).is_none() {
                if let Some(t) = deunicode::deunicode_char(nfkc[i]) {
                    for ch in t.chars().filter(char::is_ascii_alphanumeric) {
                        out.push(ch.to_ascii_lowercase());
                    }
                }
                i += 1;
            }
            out.push(' ');
            continue;
        }
        if hangul::is_syllable(c) {
            // A run of Hangul syllables: list-style romanisation, not
            // deunicode's syllable-by-syllable reading.
            let start = i;
            while i < nfkc.len() && hangul::is_syllable(nfkc[i]) {
                i += 1;
            }
            push_sep(&mut out);
            hangul::push_run(&mut out, &nfkc[start..i]);
            continue;
        }
        push_char(&mut out, c);
        i += 1;
    }
    collapse(&out)
}

fn push_sep(out: &mut String) {
    if !out.ends_with(' ') && !out.is_empty() {
        out.push(' ');
    }
}

fn push_sep_if_alnum_before(out: &mut String) {
    push_sep(out)
}

/// The schwa letters deunicode drops (`Əliyev` would read `liyev`):
/// Azerbaijani `ə` and Kazakh `ә`, written `a` in the Latin forms registries
/// and passports use (Aliyev, Mammadov, Alibek).
fn schwa(c: char) -> Option<&'static str> {
    match c {
        'ə' | 'Ə' | 'ǝ' | 'Ǝ' | 'ә' | 'Ә' => Some("a"),
        _ => None,
    }
}

/// `deunicode::deunicode`, with what it drops kept: the schwa letters read
/// as `a` (see [`schwa`]), and line breaks and tabs as spaces. deunicode
/// deletes control characters from any text that is not pure ASCII, so
/// `Brīvības iela 91\nSuite 143` came out as `...91Suite 143`: one line's
/// last word glued to the next line's first. For callers that transliterate
/// text outside [`fold`].
pub fn to_ascii(s: &str) -> String {
    if s.is_ascii() {
        return s.to_string();
    }
    let t: String = s
        .chars()
        .map(|c| {
            if schwa(c).is_some() {
                'a'
            } else if c.is_ascii_control() || c == '\u{2028}' || c == '\u{2029}' || c == '\u{85}' {
                ' '
            } else {
                c
            }
        })
        .collect();
    deunicode::deunicode(&t)
}

fn push_char(out: &mut String, c: char) {
    if c.is_ascii() {
        match c {
            'a'..='z' | '0'..='9' => out.push(c),
            'A'..='Z' => out.push(c.to_ascii_lowercase()),
            '\'' | '`' => {}
            '&' => out.push_str(" and "),
            _ => out.push(' '),
        }
        return;
    }
    // Typographic apostrophes and modifier letters used in transliterations
    // (Ma'ruf, ʻAli) are not word breaks.
    if matches!(
        c,
        '\u{2019}' | '\u{2018}' | '\u{02BC}' | '\u{02BB}' | '\u{02BF}' | '\u{02BE}' | '\u{00B4}'
    ) {
        return;
    }
    if is_combining_mark(c) {
        return;
    }
    // Characters that lower-case to several (e.g. 'İ') are handled one by one.
    for lc in c.to_lowercase() {
        if lc.is_ascii() {
            push_char(out, lc);
            continue;
        }
        if is_combining_mark(lc) {
            continue;
        }
        match schwa(lc).or_else(|| deunicode::deunicode_char(lc)) {
            Some(t) => {
                for ch in t.chars() {
                    match ch {
                        'a'..='z' | '0'..='9' => out.push(ch),
                        'A'..='Z' => out.push(ch.to_ascii_lowercase()),
                        // deunicode writes Arabic ayn/hamza as ` and ': not letters.
                        '\'' | '`' => {}
                        _ => out.push(' '),
                    }
                }
            }
            None => out.push(' '),
        }
    }
}

fn collapse(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for w in s.split_ascii_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::fold;

    #[test]
    fn basics() {
        assert_eq!(fold("  Société Générale S.A. "), "societe generale s a");
        assert_eq!(fold("O'Brien & Sons"), "obrien and sons");
        assert_eq!(fold("ＳＥＮＳＥＴＩＭＥ"), "sensetime");
        assert_eq!(fold("Владимир Путин"), "vladimir putin");
        assert_eq!(
            fold("华为技术有限公司"),
            "huawei technology company limited"
        );
        assert_eq!(fold("'ABBAS, Rim"), "abbas rim");
        assert_eq!(fold(""), "");
    }

    #[test]
    fn schwa_and_line_breaks_survive_transliteration() {
        assert_eq!(fold("Əliyev Məmməd"), "aliyev mammad");
        assert_eq!(fold("Әлібек Нұрланұлы"), "alibek nurlanuly");
        assert_eq!(super::to_ascii("Azərbaycan"), "Azarbaycan");
        assert_eq!(super::to_ascii("Almaty"), "Almaty");
        // Line breaks and tabs survive text that is not pure ASCII.
        assert_eq!(
            super::to_ascii("Brīvības iela 91\nSuite 143\tRīga"),
            "Brivibas iela 91 Suite 143 Riga"
        );
    }
}
