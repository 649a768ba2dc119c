//! Legal forms ("Co., Ltd.", "GmbH", "OOO", 有限公司) found as token
//! sequences and replaced by one canonical form. The table is rigour's
//! org_types (ISO 20275 based, MIT, see data/README.md) plus common English
//! forms the table leaves out.

use crate::fold::fold;
use crate::tokens::canonical_word;
use rustc_hash::FxHashMap;
use std::sync::OnceLock;

const ORG_TYPES: &str = include_str!("../data/org_types.tsv");

/// English forms missing from the table, or that should win over it.
const EXTRA: &[(&str, &str)] = &[
    ("company", "co"),
    ("company limited", "co ltd"),
    ("limited company", "co ltd"),
    ("company limited liability", "llc"),
    ("corporation", "corp"),
    ("corporation limited", "corp"),
    ("incorporated", "inc"),
    ("limited", "ltd"),
    ("public company limited", "plc"),
    ("joint stock company", "jsc"),
    ("open joint stock company", "ojsc"),
    ("closed joint stock company", "cjsc"),
    ("public joint stock company", "pjsc"),
    ("joint stock", "jsc"),
    ("limited liability company", "llc"),
    ("limited liability", "llc"),
    ("limited partnership", "lp"),
    ("private limited", "pvt ltd"),
    ("private limited company", "pvt ltd"),
    ("pvt ltd", "pvt ltd"),
    ("pte ltd", "pte ltd"),
    ("sdn bhd", "sdn bhd"),
    ("fze", "fze"),
    ("fzco", "fzco"),
    ("fzc", "fzc"),
    ("llc", "llc"),
    ("ooo", "llc"),
    ("oao", "ojsc"),
    ("zao", "cjsc"),
    ("pao", "pjsc"),
    ("ao", "jsc"),
    ("tov", "llc"),
    ("pjsc", "pjsc"),
    ("ojsc", "ojsc"),
    ("cjsc", "cjsc"),
    ("jsc", "jsc"),
    ("gmbh", "gmbh"),
    ("sarl", "sarl"),
    ("sac", "sac"),
    ("s a c", "sac"),
    ("saa", "saa"),
    ("s a a", "saa"),
    ("srl", "srl"),
    ("spa", "spa"),
    ("bv", "bv"),
    ("nv", "nv"),
    ("sa", "sa"),
    ("ag", "ag"),
    ("plc", "plc"),
    ("lp", "lp"),
    ("llp", "llp"),
    ("pty", "pty"),
    ("pte", "pte"),
    ("bhd", "bhd"),
];

/// Aliases the table lists that are ordinary words or name parts far more
/// often than legal forms in list entries.
const NOT_LEGAL: &[&str] = &[
    "in", "se", "ek", "ll", "lt", "lc", "eg", "ev", "ku", "od", "sp", "as", "de", "e",
];

pub(crate) struct LegalForms {
    /// Folded, canonical-word alias ("company limited") -> canonical form ("co ltd").
    map: FxHashMap<String, &'static str>,
    pub(crate) max_tokens: usize,
    /// Words of at least [`MIN_CORRECTABLE`] letters used in legal forms, for
    /// reading misspelt forms ("limitted", "obshchestvo").
    words: Vec<&'static str>,
    /// First words of all legal forms: most name words are not, and skip the phrase lookups.
    first_words: rustc_hash::FxHashSet<&'static str>,
    /// Hash of a word or of the word with one letter deleted -> index in `words`.
    deletes: FxHashMap<u64, Vec<u32>>,
}

const MIN_CORRECTABLE: usize = 5;

fn hash_bytes(b: &[u8]) -> u64 {
    use std::hash::Hasher;
    let mut h = rustc_hash::FxHasher::default();
    h.write(b);
    h.finish()
}

fn for_each_delete(s: &str, mut f: impl FnMut(u64)) {
    let b = s.as_bytes();
    f(hash_bytes(b));
    let mut buf: smallvec::SmallVec<[u8; 64]> = smallvec::SmallVec::new();
    for i in 0..b.len() {
        buf.clear();
        buf.extend_from_slice(&b[..i]);
        buf.extend_from_slice(&b[i + 1..]);
        f(hash_bytes(&buf));
    }
}

fn leak(s: String) -> &'static str {
    // The table is built once per process (OnceLock); leaking it gives
    // `&'static str` keys for free without reference counting.
    Box::leak(s.into_boxed_str())
}

fn key_of(alias: &str) -> Option<String> {
    let words: Vec<String> = fold(alias)
        .split(' ')
        .filter(|w| !w.is_empty())
        .map(canonical_word)
        .collect();
    if words.is_empty() {
        return None;
    }
    Some(words.join(" "))
}

fn canonical_of(s: &str) -> String {
    fold(s).replace(' ', "")
}

impl LegalForms {
    fn build() -> Self {
        let mut map: FxHashMap<String, &'static str> = FxHashMap::default();
        let mut max_tokens = 1;
        let mut add = |alias: &str, canon: &str, map: &mut FxHashMap<String, &'static str>| {
            let Some(k) = key_of(alias) else { return };
            if NOT_LEGAL.contains(&k.as_str()) {
                return;
            }
            let c = canonical_of(canon);
            if c.is_empty() {
                return;
            }
            max_tokens = max_tokens.max(k.split(' ').count());
            map.entry(k).or_insert_with(|| leak(c));
        };
        for (alias, canon) in EXTRA {
            add(alias, canon, &mut map);
        }
        for line in ORG_TYPES.lines().filter(|l| !l.starts_with('#')) {
            let mut parts = line.split('\t');
            if let (Some(alias), Some(canon)) = (parts.next(), parts.next()) {
                add(alias, canon, &mut map);
            }
        }
        let mut words: Vec<&'static str> = Vec::new();
        let mut seen = rustc_hash::FxHashSet::default();
        for k in map.keys() {
            for w in k.split(' ') {
                if w.len() >= MIN_CORRECTABLE
                    && w.bytes().all(|b| b.is_ascii_lowercase())
                    && seen.insert(w.to_string())
                {
                    words.push(leak(w.to_string()));
                }
            }
        }
        words.sort_unstable();
        let mut deletes: FxHashMap<u64, Vec<u32>> = FxHashMap::default();
        for (i, w) in words.iter().enumerate() {
            for_each_delete(w, |h| {
                let v = deletes.entry(h).or_default();
                if v.last() != Some(&(i as u32)) {
                    v.push(i as u32);
                }
            });
        }
        let first_words = map
            .keys()
            .filter_map(|k| k.split(' ').next())
            .map(|w| leak(w.to_string()))
            .collect();
        Self {
            map,
            max_tokens: max_tokens.min(8),
            words,
            first_words,
            deletes,
        }
    }

    /// The legal-form word `w` is a misspelling of (one edit; two for words
    /// of eight letters or more), if any. Only used to complete a legal form,
    /// never to change a name's identifying words.
    pub(crate) fn correct(&self, w: &str) -> Option<&'static str> {
        if w.len() < MIN_CORRECTABLE || self.words.binary_search(&w).is_ok() {
            return None;
        }
        let budget = if w.len() >= 8 { 2 } else { 1 };
        let mut best: Option<(usize, &'static str)> = None;
        for_each_delete(w, |h| {
            if let Some(ix) = self.deletes.get(&h) {
                for &i in ix {
                    let cand = self.words[i as usize];
                    let Some(d) = crate::metrics::osa_bounded(w, cand, budget) else {
                        continue;
                    };
                    if best.is_none_or(|(bd, bw)| d < bd || (d == bd && cand < bw)) {
                        best = Some((d, cand));
                    }
                }
            }
        });
        best.map(|b| b.1)
    }

    /// The canonical legal form spelled by `words` exactly, if any.
    pub(crate) fn lookup(&self, words: &[&str]) -> Option<&'static str> {
        if words.is_empty() || !self.first_words.contains(words[0]) {
            return None;
        }
        if words.len() == 1 {
            return self.map.get(words[0]).copied();
        }
        self.map.get(&words.join(" ")).copied()
    }
}

pub(crate) fn legal_forms() -> &'static LegalForms {
    static T: OnceLock<LegalForms> = OnceLock::new();
    T.get_or_init(LegalForms::build)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_forms() {
        let t = legal_forms();
        assert_eq!(t.lookup(&["gmbh"]), Some("gmbh"));
        assert_eq!(t.lookup(&["company", "limited"]), Some("coltd"));
        assert_eq!(t.lookup(&["limited"]), Some("ltd"));
        assert!(t.lookup(&["in"]).is_none());
        assert!(t.lookup(&["huawei"]).is_none());
        assert_eq!(t.correct("limoted"), Some("limited"));
        assert_eq!(t.correct("stcok"), Some("stock"));
        assert_eq!(t.correct("limited"), None);
        assert_eq!(t.correct("huawei"), None);
    }
}
