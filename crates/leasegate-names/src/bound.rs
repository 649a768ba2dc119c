//! A cheap upper bound on [`compare`](crate::compare)'s score, so that a
//! caller ranking many candidate names can skip aligning those that cannot
//! reach a threshold.
//!
//! The bound mirrors the rules of `compare` one by one: every way two
//! tokens (or two adjacent tokens and one) can match is given the highest
//! similarity it could reach, decided from a few precomputed numbers per
//! token (length, first byte, letter classes, consonant skeleton) instead of
//! string comparisons. Each token then takes its best possible partner, as if
//! the alignment were free to use a token twice; the true alignment uses
//! each token at most once and never does better.

use crate::compare::{edit_budget, is_vowel, middle_name_weights, CompareParams};
use crate::metrics::letter_mask;
use crate::tokens::{Name, Token, TokenKind};
use smallvec::SmallVec;

/// What the bound needs to know of one token. Compute it once per token
/// (at index build for list names, once per query for the query).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TokenSig {
    len: u32,
    first: u8,
    /// Byte classes present, as `metrics::osa_bounded` filters on them.
    mask: u64,
    /// Hash of the consonant skeleton; 0 when shorter than two letters.
    skeleton: u64,
    has_vowel: bool,
    /// Canonical tokens are ASCII; anything else gets no bound (1.0).
    ascii: bool,
    kind: TokenKind,
    surname: bool,
    /// An id equal for equal texts and only for them (see [`Self::with_id`]).
    id: u32,
}

impl TokenSig {
    /// Length of the token in bytes.
    pub fn len(&self) -> usize {
        self.len as usize
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    pub fn of(t: &Token) -> Self {
        let b = t.text.as_bytes();
        // Same skeleton as `compare::skeleton`: consonants only, doubled
        // letters once. FNV-1a; a collision only loosens the bound.
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        let (mut last, mut n) = (None, 0usize);
        for &c in b.iter().filter(|c| !is_vowel(**c)) {
            if last != Some(c) {
                h = (h ^ u64::from(c)).wrapping_mul(0x0100_0000_01b3);
                n += 1;
            }
            last = Some(c);
        }
        Self {
            len: b.len() as u32,
            first: b.first().copied().unwrap_or(0),
            mask: letter_mask(b),
            // Never 0 when long enough, so 0 can mean "too short".
            skeleton: if n >= 2 { h | 1 } else { 0 },
            has_vowel: b
                .iter()
                .any(|c| matches!(c, b'a' | b'e' | b'i' | b'o' | b'u')),
            ascii: b.is_ascii(),
            kind: t.kind,
            surname: t.surname,
            id: Self::NO_ID,
        }
    }

    /// No id: equality is decided by comparing the texts.
    pub const NO_ID: u32 = u32::MAX;

    /// With an interned id of the token's text: two tokens whose ids are
    /// both set are equal exactly when their ids are, so the bound need not
    /// read the texts (scattered in memory) to tell.
    pub fn with_id(mut self, id: u32) -> Self {
        self.id = id;
        self
    }
}

/// [`TokenSig`] of every token of a name, in order.
pub fn token_sigs(n: &Name) -> Vec<TokenSig> {
    n.tokens.iter().map(TokenSig::of).collect()
}

/// Fewest edits that can turn one token into the other, from lengths and
/// letter classes alone (each edit changes at most two classes).
fn min_edits(len_diff: usize, mask_a: u64, mask_b: u64) -> usize {
    len_diff.max(((mask_a ^ mask_b).count_ones() as usize).div_ceil(2))
}

/// False when `compare::token_similarity` of the two tokens is certainly
/// None. Most pairs share nothing: different first letters, too far apart
/// for an edit, both with vowels; every rule needs one of these (equal
/// texts are near), except for non-ASCII text, which is never excluded.
#[inline]
pub(crate) fn may_match(sa: &TokenSig, sb: &TokenSig) -> bool {
    if sa.first == sb.first || sa.has_vowel != sb.has_vowel || !sa.ascii || !sb.ascii {
        return true;
    }
    let ll = sa.len.max(sb.len) as usize;
    let ld = sa.len.abs_diff(sb.len) as usize;
    let budget = edit_budget(ll);
    ld <= budget && ((sa.mask ^ sb.mask).count_ones() as usize) <= 2 * budget
}

/// Highest similarity `compare::token_similarity(a, b)` can return (0: no match).
#[inline]
fn pair_bound(a: &Token, sa: &TokenSig, b: &Token, sb: &TokenSig) -> f64 {
    if !may_match(sa, sb) {
        return 0.0;
    }
    let equal = if sa.id != TokenSig::NO_ID && sb.id != TokenSig::NO_ID {
        sa.id == sb.id
    } else {
        sa.len == sb.len && sa.mask == sb.mask && a.text == b.text
    };
    if equal {
        return 1.0;
    }
    if sa.kind == TokenKind::Number || sb.kind == TokenKind::Number {
        return 0.0;
    }
    if sa.kind == TokenKind::Initial || sb.kind == TokenKind::Initial {
        return match (sa.first == sb.first, sa.kind == TokenKind::Initial) {
            (false, _) => 0.0,
            (true, true) => 0.7,
            (true, false) => 0.3,
        };
    }
    if !sa.ascii || !sb.ascii {
        return 1.0;
    }
    let (la, lb) = (sa.len as usize, sb.len as usize);
    let (ls, ll) = (la.min(lb), la.max(lb));
    let mut ub: f64 = 0.0;
    // Fuzzy: within the edit budget (the texts differ: at least one edit).
    let budget = edit_budget(ll);
    if budget > 0 && ll - ls <= budget {
        let d = min_edits(ll - ls, sa.mask, sb.mask).max(1);
        if d <= budget {
            ub = 1.0 - d as f64 / ll as f64;
        }
    }
    // Prefix, shared stem and abbreviation all start with the same letter;
    // 0.8 is the most any of them gives.
    if sa.first == sb.first {
        ub = ub.max(0.8);
    }
    // Consonant skeletons: one side written without vowels.
    if sa.has_vowel != sb.has_vowel && sa.skeleton != 0 && sa.skeleton == sb.skeleton {
        ub = ub.max(0.7);
    }
    ub
}

/// Highest similarity two adjacent tokens `x`, `y` written together can
/// have with `single` (`compare::joined_pair_similarity`), or 0.
fn joined_bound(sx: &TokenSig, sy: &TokenSig, single: &TokenSig) -> f64 {
    let lj = (sx.len + sy.len) as usize;
    let ls = single.len as usize;
    if lj.abs_diff(ls) > 1 {
        return 0.0;
    }
    if !sx.ascii || !sy.ascii || !single.ascii {
        return 1.0;
    }
    let d = min_edits(lj.abs_diff(ls), sx.mask | sy.mask, single.mask);
    match d {
        0 => 1.0,
        1 => 1.0 - 1.0 / lj.max(ls) as f64,
        _ => 0.0,
    }
}

/// An upper bound on `compare(q, c, wq, wc, p).score`, from the tokens'
/// [`TokenSig`]s (`qs`, `cs`, same lengths as the token lists). Never below
/// the true score (up to floating-point rounding, which callers should allow
/// for with a small margin); cheap: no string is compared or built except
/// where the first letters already agree.
pub fn score_upper_bound(
    q: &Name,
    qs: &[TokenSig],
    c: &Name,
    cs: &[TokenSig],
    wq: &[f64],
    wc: &[f64],
    p: &CompareParams,
) -> f64 {
    let (nq, nc) = (q.tokens.len(), c.tokens.len());
    if nq == 0 || nc == 0 {
        return 0.0;
    }
    let has_surname = cs.iter().any(|t| t.surname);
    let adjusted: SmallVec<[f64; 24]>;
    let wc = if has_surname {
        adjusted = middle_name_weights(c, wc, p);
        &adjusted[..]
    } else {
        wc
    };
    // Best possible similarity per token (names are cut at 24 tokens by
    // the index; longer ones get no bound).
    const N: usize = 24;
    if nq > N || nc > N {
        return 1.0;
    }
    let (mut ubq, mut ubc) = ([0.0f64; N], [0.0f64; N]);
    let raise = |u: &mut f64, s: f64| {
        if s > *u {
            *u = s;
        }
    };
    let (mut max_lq, mut max_lc) = (0u32, 0u32);
    for (i, a) in q.tokens.iter().enumerate() {
        max_lq = max_lq.max(qs[i].len);
        for (j, b) in c.tokens.iter().enumerate() {
            let s = pair_bound(a, &qs[i], b, &cs[j]);
            if s > 0.0 {
                raise(&mut ubq[i], s);
                raise(&mut ubc[j], s);
            }
        }
    }
    max_lc = cs.iter().fold(max_lc, |m, s| m.max(s.len));
    // Two query tokens written together against one candidate token (the
    // lengths must agree within one).
    for i in 0..nq - 1 {
        let (x, y) = (&qs[i], &qs[i + 1]);
        if x.kind == TokenKind::Number || y.kind == TokenKind::Number || x.len + y.len > max_lc + 1
        {
            continue;
        }
        for j in 0..nc {
            let s = joined_bound(x, y, &cs[j]);
            if s > 0.0 {
                raise(&mut ubq[i], s);
                raise(&mut ubq[i + 1], s);
                raise(&mut ubc[j], s);
            }
        }
    }
    // One query token against two candidate tokens written together, or
    // starting with the first and abbreviating the second (at most 0.9).
    for j in 0..nc - 1 {
        let (x, y) = (&cs[j], &cs[j + 1]);
        if x.kind == TokenKind::Number
            || y.kind == TokenKind::Number
            || (x.len + y.len > max_lq + 1 && x.len + 2 > max_lq)
        {
            continue;
        }
        for i in 0..nq {
            let mut s = joined_bound(x, y, &qs[i]);
            if s < 0.9
                && qs[i].len >= x.len + 2
                && qs[i].first == x.first
                && q.tokens[i].text.starts_with(c.tokens[j].text.as_str())
            {
                s = 0.9;
            }
            if s > 0.0 {
                raise(&mut ubq[i], s);
                raise(&mut ubc[j], s);
                raise(&mut ubc[j + 1], s);
            }
        }
    }
    let (ubq, ubc) = (&ubq[..nq], &ubc[..nc]);
    let num: f64 = wq.iter().zip(ubq).map(|(w, u)| w * u).sum::<f64>()
        + p.candidate_weight * wc.iter().zip(ubc).map(|(w, u)| w * u).sum::<f64>();
    let den: f64 = wq.iter().sum::<f64>() + p.candidate_weight * wc.iter().sum::<f64>();
    let mut score = if den > 0.0 { num / den } else { 0.0 };
    // Penalties that apply whatever the alignment: a token no rule can
    // match stays unmatched.
    let unmatchable_number = |sigs: &[TokenSig], ub: &[f64]| {
        sigs.iter()
            .zip(ub)
            .any(|(t, u)| t.kind == TokenKind::Number && *u == 0.0)
    };
    let has_num = |sigs: &[TokenSig]| sigs.iter().any(|t| t.kind == TokenKind::Number);
    let number_mismatch =
        has_num(qs) && has_num(cs) && (unmatchable_number(qs, ubq) || unmatchable_number(cs, ubc));
    if number_mismatch {
        score *= p.number_mismatch_factor;
    }
    let surname_missing = has_surname && cs.iter().zip(ubc).all(|(t, u)| !t.surname || *u == 0.0);
    if surname_missing {
        score *= p.surname_missing_factor;
    }
    let mut score = score.min(1.0);
    // The names written without spaces (`compare`'s "joined" method).
    if !number_mismatch && !surname_missing {
        let len_q: usize = qs.iter().map(|s| s.len as usize).sum();
        let len_c: usize = cs.iter().map(|s| s.len as usize).sum();
        let l = len_q.max(len_c);
        let max_edits = 1 + l / 15;
        let could_join = len_q.abs_diff(len_c) <= 1 + l / 15;
        if could_join && len_q >= 5 && len_c >= 5 && len_q.abs_diff(len_c) <= max_edits {
            let ascii = qs.iter().chain(cs).all(|s| s.ascii);
            let mq = qs.iter().fold(0, |m, s| m | s.mask);
            let mc = cs.iter().fold(0, |m, s| m | s.mask);
            let d = if ascii {
                min_edits(len_q.abs_diff(len_c), mq, mc)
            } else {
                0
            };
            if d <= max_edits {
                score = score.max((1.0 - d as f64 / l as f64) * 0.95);
            }
        }
    }
    score.clamp(0.0, 1.0)
}
