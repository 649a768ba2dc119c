//! Token alignment of two parsed names, with an account of every decision.

use crate::bound::{may_match, TokenSig};
use crate::metrics::osa_bounded;
use crate::tokens::{Name, Token, TokenKind, STOPWORDS};
use serde::Serialize;
use smallvec::SmallVec;

/// How a query token (or tokens) met a candidate token (or tokens).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum MatchHow {
    Exact,
    /// Within the edit-distance budget for the token length.
    Fuzzy,
    /// A single letter against a word with that first letter.
    Initial,
    /// An abbreviation: the shorter token starts the longer one.
    Prefix,
    /// An abbreviation made of some letters of the word, in order ("avn" ~ "aviation").
    Abbreviation,
    /// Same consonants, one side written without vowels as Arabic and Hebrew are ("mhmd" ~ "mohamed").
    Skeleton,
    /// Adjacent query tokens written together match one candidate token ("sense time" ~ "sensetime").
    Joined,
    /// One query token matches adjacent candidate tokens written together.
    Split,
}

impl MatchHow {
    pub fn as_str(self) -> &'static str {
        match self {
            MatchHow::Exact => "exact",
            MatchHow::Fuzzy => "fuzzy",
            MatchHow::Initial => "initial",
            MatchHow::Prefix => "prefix",
            MatchHow::Abbreviation => "abbreviation",
            MatchHow::Skeleton => "skeleton",
            MatchHow::Joined => "joined",
            MatchHow::Split => "split",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TokenPair {
    pub query: String,
    pub candidate: String,
    pub how: MatchHow,
    pub similarity: f64,
}

/// The comparison of two names: score in [0, 1] and why.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Comparison {
    pub score: f64,
    /// "tokens" (weighted alignment) or "joined" (the names written without spaces compared as one string).
    pub method: &'static str,
    pub pairs: Vec<TokenPair>,
    pub unmatched_query: Vec<String>,
    pub unmatched_candidate: Vec<String>,
    /// Both names carry numbers and some do not match: a different party.
    pub number_mismatch: bool,
    /// The candidate's family name (known from "LAST, First") matched no query token.
    pub surname_missing: bool,
}

/// Tunables for [`compare`].
#[derive(Debug, Clone, Copy)]
pub struct CompareParams {
    /// Weight of unmatched candidate tokens relative to unmatched query
    /// tokens. Below 1: a query may leave out middle names or places.
    pub candidate_weight: f64,
    pub number_mismatch_factor: f64,
    /// Extra factor on the weight of a candidate person's middle names
    /// (given names after the first), which queries often leave out.
    pub middle_name_weight: f64,
    /// Applied when the candidate's known family name is not matched.
    pub surname_missing_factor: f64,
}

impl Default for CompareParams {
    fn default() -> Self {
        Self {
            candidate_weight: 0.5,
            number_mismatch_factor: 0.5,
            middle_name_weight: 0.5,
            surname_missing_factor: 0.8,
        }
    }
}

/// Default per-token weights when no corpus statistics are at hand:
/// stopwords and initials count little.
pub fn default_weights(n: &Name) -> Vec<f64> {
    n.tokens.iter().map(|t| intrinsic_weight(t, 1.0)).collect()
}

/// Weight factor of generic company vocabulary (see `glossary::is_generic_org_word`).
const GENERIC_WORD_FACTOR: f64 = 0.6;

/// Scales a corpus weight by what the token is.
pub fn intrinsic_weight(t: &Token, base: f64) -> f64 {
    match t.kind {
        TokenKind::Initial => base.min(1.0) * 0.3,
        TokenKind::Number => base.max(1.0),
        TokenKind::Word if STOPWORDS.contains(&t.text.as_str()) => base.min(1.0) * 0.2,
        TokenKind::Word if crate::glossary::is_generic_org_word(&t.text) => {
            base * GENERIC_WORD_FACTOR
        }
        TokenKind::Word => base,
    }
}

pub(crate) fn edit_budget(max_len: usize) -> usize {
    match max_len {
        0..=3 => 0,
        4..=7 => 1,
        8..=11 => 2,
        _ => 3,
    }
}

pub(crate) fn is_vowel(c: u8) -> bool {
    matches!(c, b'a' | b'e' | b'i' | b'o' | b'u' | b'y' | b'w')
}

/// Consonants only, doubled letters once ("hassan" -> "hsn").
fn skeleton(s: &str) -> SmallVec<[u8; 24]> {
    let mut out: SmallVec<[u8; 24]> = SmallVec::new();
    for c in s.bytes().filter(|c| !is_vowel(*c)) {
        if out.last() != Some(&c) {
            out.push(c);
        }
    }
    out
}

/// A vowel-less token (as abjad scripts transliterate) against a word with
/// vowels whose consonants are the same.
fn skeleton_match(a: &str, b: &str) -> Option<f64> {
    let has_vowel = |s: &str| {
        s.bytes()
            .any(|c| matches!(c, b'a' | b'e' | b'i' | b'o' | b'u'))
    };
    let (bare, full) = match (has_vowel(a), has_vowel(b)) {
        (false, true) => (a, b),
        (true, false) => (b, a),
        _ => return None,
    };
    let sk = skeleton(bare);
    (sk.len() >= 2 && sk == skeleton(full)).then_some(0.7)
}

/// True when every letter of `short` appears in `long` in order.
fn is_subsequence(short: &str, long: &str) -> bool {
    let mut it = long.bytes();
    short.bytes().all(|c| it.any(|d| d == c))
}

/// Similarity of query token `a` and candidate token `b`, or None when they
/// do not match. Not symmetric for initials: a query initial meeting a
/// candidate word is plausible ("J. Smith"), a query word meeting a
/// candidate initial confirms little of the word.
pub fn token_similarity(a: &Token, b: &Token) -> Option<(f64, MatchHow)> {
    if a.text == b.text {
        return Some((1.0, MatchHow::Exact));
    }
    if a.kind == TokenKind::Number || b.kind == TokenKind::Number {
        return None;
    }
    let (sa, sb) = (a.text.as_str(), b.text.as_str());
    if a.kind == TokenKind::Initial || b.kind == TokenKind::Initial {
        let ok = sa.as_bytes().first() == sb.as_bytes().first();
        let sim = if a.kind == TokenKind::Initial {
            0.7
        } else {
            0.3
        };
        return ok.then_some((sim, MatchHow::Initial));
    }
    // Canonical tokens are ASCII (see `fold`): bytes are characters.
    let (la, lb) = (sa.len(), sb.len());
    let (short, long, ls, ll) = if la <= lb {
        (sa, sb, la, lb)
    } else {
        (sb, sa, lb, la)
    };
    let budget = edit_budget(ll);
    if budget > 0 && ll - ls <= budget {
        if let Some(d) = osa_bounded(sa, sb, budget) {
            return Some((1.0 - d as f64 / ll as f64, MatchHow::Fuzzy));
        }
    }
    // Abbreviations are plausible in either name, but a short word in the
    // candidate that happens to start a long query word ("sea" ~ "stearns")
    // is weak evidence for it.
    let query_is_short = la <= lb;
    if ls >= 3 && long.starts_with(short) {
        return Some((if query_is_short { 0.8 } else { 0.6 }, MatchHow::Prefix));
    }
    // Same word, different ending ("industrial" ~ "industry").
    let common = sa
        .bytes()
        .zip(sb.bytes())
        .take_while(|(x, y)| x == y)
        .count();
    if common >= 6 && common * 10 >= ll * 7 {
        return Some((0.8, MatchHow::Prefix));
    }
    // Abjad transliterations (Arabic, Hebrew) write no vowels: "mhmd" ~ "mohamed".
    if let Some(sim) = skeleton_match(sa, sb) {
        return Some((sim, MatchHow::Skeleton));
    }
    if (3..=5).contains(&ls)
        && ll >= ls + 3
        && short.as_bytes()[0] == long.as_bytes()[0]
        && is_subsequence(short, long)
    {
        return Some((
            if query_is_short { 0.7 } else { 0.4 },
            MatchHow::Abbreviation,
        ));
    }
    None
}

/// [`joined_similarity`] of `x` and `y` written together, without writing
/// them together unless the lengths allow a match (at most one edit).
fn joined_pair_similarity(x: &str, y: &str, single: &str, buf: &mut String) -> Option<f64> {
    let lj = x.len() + y.len();
    if lj.abs_diff(single.len()) > 1 {
        return None;
    }
    if lj == single.len() && single.starts_with(x) && single.ends_with(y) {
        return Some(1.0);
    }
    buf.clear();
    buf.push_str(x);
    buf.push_str(y);
    joined_similarity(buf, single)
}

fn joined_similarity(joined: &str, single: &str) -> Option<f64> {
    if joined == single {
        return Some(1.0);
    }
    let l = joined.len().max(single.len());
    if l >= 7 && osa_bounded(joined, single, 1).is_some() {
        return Some(1.0 - 1.0 / l as f64);
    }
    None
}

/// Candidate weights with a person's middle names (given names after the
/// first, known when the family name is) weighted down.
pub(crate) fn middle_name_weights(c: &Name, wc: &[f64], p: &CompareParams) -> SmallVec<[f64; 24]> {
    let first_given = c.tokens.iter().position(|t| !t.surname);
    wc.iter()
        .enumerate()
        .map(|(j, w)| {
            if !c.tokens[j].surname && Some(j) != first_given {
                w * p.middle_name_weight
            } else {
                *w
            }
        })
        .collect()
}

struct Cand {
    q: (usize, usize), // token range [start, end)
    c: (usize, usize),
    sim: f64,
    how: MatchHow,
    /// Weight of the tokens in both ranges (candidate side scaled).
    w: f64,
}

/// Compares query `q` with candidate `c`, with per-token weights (same
/// length as the token lists). The score is a weighted, asymmetric Dice
/// coefficient over a greedy one-to-one alignment: matched weight over total
/// weight, where candidate tokens weigh `candidate_weight` of query tokens.
pub fn compare(q: &Name, c: &Name, wq: &[f64], wc: &[f64], p: &CompareParams) -> Comparison {
    compare_impl(q, c, wq, wc, p, true, None)
}

/// [`compare`] without building the explanation (pairs and unmatched token
/// lists stay empty): for ranking candidates on the hot path.
pub fn compare_score(q: &Name, c: &Name, wq: &[f64], wc: &[f64], p: &CompareParams) -> f64 {
    compare_impl(q, c, wq, wc, p, false, None).score
}

/// [`compare`] given the names' [`TokenSig`]s (same lengths as the token
/// lists), which let it skip the token pairs that cannot match without
/// comparing their texts. Same result.
pub fn compare_with_sigs(
    q: &Name,
    qs: &[TokenSig],
    c: &Name,
    cs: &[TokenSig],
    wq: &[f64],
    wc: &[f64],
    p: &CompareParams,
) -> Comparison {
    compare_impl(q, c, wq, wc, p, true, Some((qs, cs)))
}

/// [`compare_score`] given the names' [`TokenSig`]s (same lengths as the
/// token lists), which let it skip the token pairs that cannot match
/// without comparing their texts. Same result.
pub fn compare_score_with_sigs(
    q: &Name,
    qs: &[TokenSig],
    c: &Name,
    cs: &[TokenSig],
    wq: &[f64],
    wc: &[f64],
    p: &CompareParams,
) -> f64 {
    compare_impl(q, c, wq, wc, p, false, Some((qs, cs))).score
}

fn compare_impl(
    q: &Name,
    c: &Name,
    wq: &[f64],
    wc: &[f64],
    p: &CompareParams,
    explain: bool,
    sigs: Option<(&[TokenSig], &[TokenSig])>,
) -> Comparison {
    let (nq, nc) = (q.tokens.len(), c.tokens.len());
    let has_surname = c.tokens.iter().any(|t| t.surname);
    let adjusted: SmallVec<[f64; 24]>;
    let wc = if has_surname {
        adjusted = middle_name_weights(c, wc, p);
        &adjusted[..]
    } else {
        wc
    };
    if nq == 0 || nc == 0 {
        return Comparison {
            score: 0.0,
            method: "tokens",
            pairs: vec![],
            unmatched_query: q.tokens.iter().map(|t| t.text.clone()).collect(),
            unmatched_candidate: c.tokens.iter().map(|t| t.text.clone()).collect(),
            number_mismatch: false,
            surname_missing: false,
        };
    }
    let span_weight = |q: (usize, usize), c: (usize, usize)| -> f64 {
        wq[q.0..q.1].iter().sum::<f64>() + p.candidate_weight * wc[c.0..c.1].iter().sum::<f64>()
    };
    let mut cands: SmallVec<[Cand; 32]> = SmallVec::new();
    for (i, a) in q.tokens.iter().enumerate() {
        for (j, b) in c.tokens.iter().enumerate() {
            if let Some((qs, cs)) = sigs {
                if !may_match(&qs[i], &cs[j]) {
                    continue;
                }
            }
            if let Some((sim, how)) = token_similarity(a, b) {
                cands.push(Cand {
                    q: (i, i + 1),
                    c: (j, j + 1),
                    w: span_weight((i, i + 1), (j, j + 1)),
                    sim,
                    how,
                });
            }
        }
    }
    // Merged and split tokens: two adjacent tokens on one side written as one on the other.
    // Only filled when the lengths allow a match: this runs for every
    // candidate name of every query.
    let mut buf = String::new();
    for i in 0..nq.saturating_sub(1) {
        if q.tokens[i].kind == TokenKind::Number || q.tokens[i + 1].kind == TokenKind::Number {
            continue;
        }
        let (x, y) = (&q.tokens[i].text, &q.tokens[i + 1].text);
        for (j, b) in c.tokens.iter().enumerate() {
            if let Some(sim) = joined_pair_similarity(x, y, &b.text, &mut buf) {
                cands.push(Cand {
                    q: (i, i + 2),
                    c: (j, j + 1),
                    w: span_weight((i, i + 2), (j, j + 1)),
                    sim,
                    how: MatchHow::Joined,
                });
            }
        }
    }
    for j in 0..nc.saturating_sub(1) {
        if c.tokens[j].kind == TokenKind::Number || c.tokens[j + 1].kind == TokenKind::Number {
            continue;
        }
        let (x, y) = (&c.tokens[j].text, &c.tokens[j + 1].text);
        for (i, a) in q.tokens.iter().enumerate() {
            if let Some(sim) = joined_pair_similarity(x, y, &a.text, &mut buf) {
                cands.push(Cand {
                    q: (i, i + 1),
                    c: (j, j + 2),
                    w: span_weight((i, i + 1), (j, j + 2)),
                    sim,
                    how: MatchHow::Split,
                });
            } else if let Some(rest) = a.text.strip_prefix(c.tokens[j].text.as_str()) {
                // Merged and abbreviated: "riontech" ~ "rion technology".
                if rest.len() >= 2 {
                    let rest = Token {
                        text: rest.to_string(),
                        kind: TokenKind::Word,
                        surname: false,
                    };
                    if let Some((s, _)) = token_similarity(&rest, &c.tokens[j + 1]) {
                        cands.push(Cand {
                            q: (i, i + 1),
                            c: (j, j + 2),
                            w: span_weight((i, i + 1), (j, j + 2)),
                            sim: 0.9 * s.max(0.75),
                            how: MatchHow::Split,
                        });
                    }
                }
            }
        }
    }
    cands.sort_by(|x, y| {
        y.sim
            .total_cmp(&x.sim)
            .then((y.q.1 - y.q.0 + y.c.1 - y.c.0).cmp(&(x.q.1 - x.q.0 + x.c.1 - x.c.0)))
            .then(y.w.total_cmp(&x.w))
    });
    let mut q_used: SmallVec<[bool; 24]> = smallvec::smallvec![false; nq];
    let mut c_used: SmallVec<[bool; 24]> = smallvec::smallvec![false; nc];
    let mut num = 0.0;
    let mut pairs = Vec::new();
    for cd in &cands {
        if q_used[cd.q.0..cd.q.1].iter().any(|u| *u) || c_used[cd.c.0..cd.c.1].iter().any(|u| *u) {
            continue;
        }
        q_used[cd.q.0..cd.q.1].iter_mut().for_each(|u| *u = true);
        c_used[cd.c.0..cd.c.1].iter_mut().for_each(|u| *u = true);
        num += cd.sim * cd.w;
        if explain {
            pairs.push(TokenPair {
                query: join(&q.tokens[cd.q.0..cd.q.1]),
                candidate: join(&c.tokens[cd.c.0..cd.c.1]),
                how: cd.how,
                similarity: round4(cd.sim),
            });
        }
    }
    let den: f64 = wq.iter().sum::<f64>() + p.candidate_weight * wc.iter().sum::<f64>();
    let mut score = if den > 0.0 { num / den } else { 0.0 };
    let any_unmatched_query = q_used.iter().any(|u| !u);
    let unmatched = |n: &Name, used: &[bool]| -> Vec<String> {
        if !explain {
            return Vec::new();
        }
        n.tokens
            .iter()
            .zip(used)
            .filter(|(_, u)| !**u)
            .map(|(t, _)| t.text.clone())
            .collect()
    };
    let unmatched_query = unmatched(q, &q_used);
    let unmatched_candidate = unmatched(c, &c_used);
    let has_num = |n: &Name| n.tokens.iter().any(|t| t.kind == TokenKind::Number);
    let unmatched_num = q
        .tokens
        .iter()
        .zip(&q_used)
        .any(|(t, u)| !u && t.kind == TokenKind::Number)
        || c.tokens
            .iter()
            .zip(&c_used)
            .any(|(t, u)| !u && t.kind == TokenKind::Number);
    let number_mismatch = has_num(q) && has_num(c) && unmatched_num;
    if number_mismatch {
        score *= p.number_mismatch_factor;
    }
    let surname_missing =
        has_surname && !c.tokens.iter().zip(&c_used).any(|(t, u)| *u && t.surname);
    if surname_missing {
        score *= p.surname_missing_factor;
    }
    let mut out = Comparison {
        score: score.clamp(0.0, 1.0),
        method: "tokens",
        pairs,
        unmatched_query,
        unmatched_candidate,
        number_mismatch,
        surname_missing,
    };
    // The names written without spaces: catches merges and splits the
    // alignment cannot see (three tokens into one) and typos that land on a
    // token boundary. Slightly discounted; numbers still must agree.
    let len_q: usize = q.tokens.iter().map(|t| t.text.len()).sum();
    let len_c: usize = c.tokens.iter().map(|t| t.text.len()).sum();
    let could_join = len_q.abs_diff(len_c) <= 1 + len_q.max(len_c) / 15;
    if !number_mismatch && !surname_missing && any_unmatched_query && could_join {
        // Written together in stack buffers: this runs for many candidates.
        let concat = |n: &Name| {
            let mut b: SmallVec<[u8; 128]> = SmallVec::new();
            for t in &n.tokens {
                b.extend_from_slice(t.text.as_bytes());
            }
            b
        };
        let (bq, bc) = (concat(q), concat(c));
        let jq = std::str::from_utf8(&bq).unwrap_or_default();
        let jc = std::str::from_utf8(&bc).unwrap_or_default();
        let digits_q = jq.bytes().filter(u8::is_ascii_digit);
        let digits_c = jc.bytes().filter(u8::is_ascii_digit);
        if jq.len() >= 5 && jc.len() >= 5 && digits_q.eq(digits_c) {
            let l = jq.len().max(jc.len());
            // Few edits only: a whole differing word ("dell" vs "alel") is
            // not a merge or a typo.
            let max_edits = 1 + l / 15;
            if jq.len().abs_diff(jc.len()) <= max_edits {
                let d = osa_bounded(jq, jc, max_edits).unwrap_or(usize::MAX);
                let s = (1.0 - d.min(l) as f64 / l as f64) * 0.95;
                if d <= max_edits && s > out.score {
                    out.score = s.clamp(0.0, 1.0);
                    out.method = "joined";
                }
            }
        }
    }
    out
}

fn join(t: &[Token]) -> String {
    let mut s = String::with_capacity(t.iter().map(|t| t.text.len() + 1).sum());
    for (i, t) in t.iter().enumerate() {
        if i > 0 {
            s.push(' ');
        }
        s.push_str(&t.text);
    }
    s
}

fn round4(x: f64) -> f64 {
    (x * 10_000.0).round() / 10_000.0
}
