//! Hangul to the Latin spellings sanctions lists use for Korean names.
//!
//! `deunicode` reads Hangul syllable by syllable in a Revised-Romanisation
//! style (김정은 -> "gimjeongeun"), while US/UN/EU lists spell North Korean
//! names in a simplified McCune-Reischauer ("KIM, Jong Un", "CHOE, Ryong
//! Hae", "KOREA KWANGSON BANKING CORP"): breves and apostrophes dropped,
//! word-initial k/t/p, ㅈ as j (lists carry "JO" next to "CHO"), ㅓ/ㅡ as o/u.
//! Person names are split into surname and one word per given-name syllable,
//! as the lists write them ("Jong Un"); the token comparison already joins
//! "Jong Un" and "Jongun". Pure and deterministic.

/// True for a precomposed Hangul syllable (U+AC00..U+D7A3).
pub(crate) fn is_syllable(c: char) -> bool {
    ('\u{AC00}'..='\u{D7A3}').contains(&c)
}

/// Initial consonants, in Unicode order, as spelled at the start of a word.
const INITIAL: [&str; 19] = [
    "k", "kk", "n", "t", "tt", "r", "m", "p", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p",
    "h",
];
/// Initial consonants inside a word after a vowel or sonorant, where McCune-
/// Reischauer voices the lax stops ("Kumgang", "Ryonbong").
const INITIAL_VOICED: [&str; 19] = [
    "g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p",
    "h",
];
/// Vowels (ㅓ and ㅡ lose their breve: "Jong", "Un").
const VOWEL: [&str; 21] = [
    "a", "ae", "ya", "yae", "o", "e", "yo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we",
    "wi", "yu", "u", "ui", "i",
];
/// Final consonants as pronounced at the end of a syllable.
const FINAL: [&str; 28] = [
    "", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p",
    "t", "t", "ng", "t", "t", "k", "t", "p", "t",
];

/// Surname syllables. Spellings differ from the plain reading only where
/// lists settle on another one: 이 is "Lee" ("I" would read as an initial),
/// 임 "Lim". 리 and 림 (the North Korean spellings) read "Ri", "Rim".
const SURNAMES: &[(char, &str)] = &[
    ('김', "kim"),
    ('이', "lee"),
    ('리', "ri"),
    ('박', "pak"),
    ('최', "choe"),
    ('정', "jong"),
    ('강', "kang"),
    ('조', "jo"),
    ('윤', "yun"),
    ('장', "jang"),
    ('임', "lim"),
    ('림', "rim"),
    ('한', "han"),
    ('오', "o"),
    ('서', "so"),
    ('신', "sin"),
    ('권', "kwon"),
    ('황', "hwang"),
    ('안', "an"),
    ('송', "song"),
    ('류', "ryu"),
    ('유', "yu"),
    ('홍', "hong"),
    ('전', "jon"),
    ('고', "ko"),
    ('문', "mun"),
    ('양', "yang"),
    ('량', "ryang"),
    ('손', "son"),
    ('배', "pae"),
    ('백', "paek"),
    ('허', "ho"),
    ('남', "nam"),
    ('노', "no"),
    ('로', "ro"),
    ('차', "cha"),
    ('현', "hyon"),
    ('주', "ju"),
    ('우', "u"),
    ('구', "ku"),
    ('민', "min"),
    ('심', "sim"),
    ('하', "ha"),
    ('곽', "kwak"),
    ('성', "song"),
    ('방', "pang"),
    ('변', "pyon"),
    ('염', "yom"),
    ('렴', "ryom"),
    ('여', "yo"),
    ('려', "ryo"),
    ('추', "chu"),
    ('도', "to"),
    ('소', "so"),
    ('석', "sok"),
    ('설', "sol"),
    ('마', "ma"),
    ('길', "kil"),
    ('연', "yon"),
    ('련', "ryon"),
    ('위', "wi"),
    ('표', "pyo"),
    ('명', "myong"),
    ('기', "ki"),
    ('반', "pan"),
    ('왕', "wang"),
    ('금', "kum"),
    ('옥', "ok"),
    ('육', "yuk"),
    ('인', "in"),
    ('맹', "maeng"),
    ('모', "mo"),
    ('탁', "tak"),
    ('국', "kuk"),
    ('진', "jin"),
    ('지', "ji"),
    ('태', "tae"),
    ('계', "kye"),
    ('함', "ham"),
    ('채', "chae"),
    ('천', "chon"),
    ('엄', "om"),
    ('원', "won"),
    ('나', "na"),
    ('라', "ra"),
];

/// Two-syllable surnames, read as one word.
const COMPOUND_SURNAMES: &[(&str, &str)] = &[
    ("남궁", "namgung"),
    ("황보", "hwangbo"),
    ("제갈", "jegal"),
    ("선우", "sonu"),
    ("독고", "tokko"),
    ("사공", "sagong"),
];

/// Korean organisation words with the English lists use for them; a run
/// holding one of them is read as an organisation, never as a person.
const WORDS: &[(&str, &str)] = &[
    ("조선", "choson"),
    ("은행", "bank"),
    ("무역", "trading"),
    ("회사", "company"),
    ("총회사", "general corporation"),
    ("공사", "corporation"),
    ("합영", "joint venture"),
    ("주식회사", "company limited"),
    ("대학", "university"),
    ("연구소", "research institute"),
    ("연구원", "research institute"),
    ("해운", "shipping"),
    ("국제", "international"),
    ("개발", "development"),
    ("기술", "technology"),
    ("그룹", "group"),
    ("신용", "credit"),
    ("대외", "foreign"),
    ("해외", "overseas"),
    ("건설", "construction"),
    ("광업", "mining"),
    ("총국", "general bureau"),
    ("정찰", "reconnaissance"),
    ("위원회", "committee"),
];

const WORD_MAX_CHARS: usize = 4;

fn word_at(chars: &[char]) -> Option<(usize, &'static str)> {
    let max = chars.len().min(WORD_MAX_CHARS);
    let mut buf = String::with_capacity(max * 3);
    let mut best = None;
    for (n, c) in chars.iter().take(max).enumerate() {
        buf.push(*c);
        if let Some((_, en)) = WORDS.iter().find(|(ko, _)| *ko == buf) {
            best = Some((n + 1, *en));
        }
    }
    best
}

/// (initial, vowel, final) indexes of a syllable.
fn jamo(c: char) -> (usize, usize, usize) {
    let s = c as usize - 0xAC00;
    (s / 588, (s % 588) / 28, s % 28)
}

/// One syllable read at the start of a word.
fn push_syllable(out: &mut String, c: char) {
    let (l, v, t) = jamo(c);
    out.push_str(INITIAL[l]);
    out.push_str(VOWEL[v]);
    out.push_str(FINAL[t]);
}

/// Syllables read as one word, lax stops voiced between sonorants.
fn push_joined(out: &mut String, syls: &[char]) {
    let mut prev_final: Option<usize> = None;
    for &c in syls {
        let (l, v, t) = jamo(c);
        // After no final or a sonorant final (n, l, m, ng) the stop is voiced.
        let voiced = matches!(prev_final, Some(0 | 4 | 8 | 16 | 21));
        out.push_str(if voiced {
            INITIAL_VOICED[l]
        } else {
            INITIAL[l]
        });
        out.push_str(VOWEL[v]);
        out.push_str(FINAL[t]);
        prev_final = Some(t);
    }
}

/// The surname at the start of `run`: (syllables, spelling).
fn surname_at(run: &[char]) -> Option<(usize, &'static str)> {
    if run.len() >= 2 {
        let two: String = run[..2].iter().collect();
        if let Some((_, s)) = COMPOUND_SURNAMES.iter().find(|(k, _)| *k == two) {
            return Some((2, s));
        }
    }
    let first = *run.first()?;
    SURNAMES
        .iter()
        .find(|(k, _)| *k == first)
        .map(|(_, s)| (1, *s))
}

/// Appends the Latin reading of one run of Hangul syllables (no spaces
/// inside), as space-separated lower-case words followed by a space.
pub(crate) fn push_run(out: &mut String, run: &[char]) {
    let has_word = (0..run.len()).any(|i| word_at(&run[i..]).is_some());
    if !has_word {
        if let Some((n, surname)) = surname_at(run) {
            // A Korean person name: one- or two-syllable surname and a one-
            // or two-syllable given name (or a lone surname).
            let given = run.len() - n;
            if given <= 2 {
                out.push_str(surname);
                out.push(' ');
                for &c in &run[n..] {
                    push_syllable(out, c);
                    out.push(' ');
                }
                return;
            }
        }
    }
    // An organisation or place: glossary words in English, other stretches
    // as one joined word each ("광선" -> "kwangson").
    let mut i = 0;
    while i < run.len() {
        if let Some((len, en)) = word_at(&run[i..]) {
            // 조선 opening a longer name is the country ("KOREA KWANGSON
            // BANKING CORP", "KOREA DAESONG BANK"); alone it is "Choson".
            let en = if en == "choson" && i == 0 && run.len() > len {
                "korea"
            } else {
                en
            };
            out.push_str(en);
            out.push(' ');
            i += len;
            continue;
        }
        let start = i;
        while i < run.len() && word_at(&run[i..]).is_none() {
            i += 1;
        }
        push_joined(out, &run[start..i]);
        out.push(' ');
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(s: &str) -> String {
        let run: Vec<char> = s.chars().collect();
        let mut out = String::new();
        push_run(&mut out, &run);
        out.trim_end().to_string()
    }

    #[test]
    fn readings() {
        assert_eq!(read("김정은"), "kim jong un");
        assert_eq!(read("최룡해"), "choe ryong hae");
        assert_eq!(read("리병철"), "ri pyong chol");
        assert_eq!(read("박봉주"), "pak pong ju");
        assert_eq!(read("김일성"), "kim il song");
        assert_eq!(read("조선"), "choson");
        assert_eq!(read("조선광선은행"), "korea kwangson bank");
        assert_eq!(read("평양"), "pyongyang");
        assert_eq!(read("남궁민"), "namgung min");
    }

    #[test]
    fn tables_are_syllables() {
        for (c, _) in SURNAMES {
            assert!(is_syllable(*c));
        }
        for (w, _) in WORDS.iter().chain(COMPOUND_SURNAMES) {
            assert!(w.chars().all(is_syllable));
            assert!(w.chars().count() <= WORD_MAX_CHARS);
        }
    }
}
