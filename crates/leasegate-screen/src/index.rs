//! The candidate index and the query path.

use crate::score::{adjust, round4, Adjustment, Explanation};
use crate::{Match, Query, Thresholds};
use leasegate_core::CountryCode;
use leasegate_lists::{AliasKind, Entry, Schema};
use leasegate_names::metrics::osa_bounded;
use leasegate_names::{
    compare, compare_score_with_sigs, compare_with_sigs, intrinsic_weight, parse_name,
    score_upper_bound, token_sigs, CompareParams, Name, NameKind, TokenKind, TokenSig,
};
use rustc_hash::{FxHashMap, FxHasher};
use smallvec::SmallVec;
use std::hash::Hasher;

/// Names scored in full per query, after ranking by matched token weight.
const MAX_CANDIDATES: usize = 32;
/// Candidates whose estimated score (matched weight, before alignment) is
/// below this are not scored: far below any sensible review threshold.
const MIN_ESTIMATE: f64 = 0.3;
/// A candidate must have matched at least this share of the query's weight.
const MIN_CANDIDATE_COVERAGE: f64 = 0.25;
/// Names with more tokens than this are cut (list "names" that are really
/// sentences would otherwise dominate the cost of a query).
const MAX_TOKENS_PER_NAME: usize = 24;
/// Shortest key given delete-one variants (shorter keys only match exactly).
const MIN_FUZZY_KEY_LEN: usize = 4;
/// Bits of the delete-variant hash used for the directory into `deletes`.
const DIR_BITS: u32 = 20;
/// A word that no longer creates candidates only adds to the names already
/// found; its posting list is walked when shorter than this many times their
/// number, otherwise each found name is checked for the word.
const SCAN_TOUCHED_FACTOR: usize = 4;
/// Shortest identifier that can decide a match on its own.
const MIN_IDENTIFIER_LEN: usize = 5;
/// Added to a score bound before comparing it with a score: the bound sums
/// the same weights in another order, so it may round a few ulps low.
const BOUND_MARGIN: f64 = 1e-9;

struct IndexedName {
    entry: u32,
    /// None for the primary name.
    alias: Option<AliasKind>,
    /// Position in `Entry::all_names()`.
    raw: u32,
    name: Name,
    /// Per-token summaries for `score_upper_bound`.
    sigs: Box<[TokenSig]>,
    /// Keys whose postings hold this name, ascending.
    keys: Box<[u32]>,
    weights: Box<[f64]>,
}

/// Per-thread accumulator for [`Index::candidates`]: dense over name ids,
/// reset through `touched` after each query.
#[derive(Default)]
struct Scratch {
    acc: Vec<(f32, f32)>,
    touched: Vec<u32>,
    /// Names passing the coverage and estimate cuts, before the top ones
    /// are kept (hundreds for common words: reused, not grown per query).
    ranked: Vec<(u32, f64)>,
}

thread_local! {
    static SCRATCH: std::cell::RefCell<Scratch> = std::cell::RefCell::new(Scratch::default());
}

/// In-memory screening index over list entries. Immutable once built; share
/// it across threads (`&Index` is `Sync`).
pub struct Index {
    entries: Vec<Entry>,
    names: Vec<IndexedName>,
    /// Name id -> sum of its token weights; apart from `names` so that
    /// ranking candidates reads a dense array, not one large struct each.
    total_weights: Vec<f64>,
    /// Key text -> key id. Keys are canonical tokens and, for merged/split
    /// words, adjacent tokens written together and whole short names
    /// written without spaces.
    keys: FxHashMap<Box<str>, u32>,
    key_text: Vec<Box<str>>,
    /// Key id -> ids of the names containing it (ascending, no duplicates),
    /// while building; then moved into `posting_ids`.
    postings: Vec<Vec<u32>>,
    /// Key id -> number of entries using it as a token (0: join-only key).
    df: Vec<u32>,
    /// (`hash_tail` of the hash of a key or of the key with one character
    /// deleted, key id), sorted by whole hash; `delete_dir[b]` is the first
    /// position whose hash has top bits `b`.
    deletes: Vec<(u32, u32)>,
    delete_dir: Vec<u32>,
    identifiers: FxHashMap<Box<str>, Vec<u32>>,
    countries: Vec<SmallVec<[CountryCode; 2]>>,
    max_idf: f64,
    /// Key id -> idf of its entry frequency, computed once; -1 for a
    /// join-only key (no entry uses it as a token).
    key_idf: Vec<f64>,
    /// All postings in one array (key `k`'s are
    /// `posting_ids[posting_start[k]..posting_start[k + 1]]`): one read of
    /// a small offsets array instead of a large array of `Vec` headers.
    posting_start: Vec<u32>,
    posting_ids: Vec<u32>,
    params: CompareParams,
}

fn name_kind(s: Schema) -> NameKind {
    match s {
        Schema::Person => NameKind::Person,
        _ => NameKind::Organization,
    }
}

fn hash_str(s: &[u8]) -> u64 {
    let mut h = FxHasher::default();
    h.write(s);
    h.write_u8(0xff);
    h.finish()
}

/// The 32 bits of a delete-variant hash after the directory's `DIR_BITS`.
fn hash_tail(h: u64) -> u32 {
    (h >> (64 - DIR_BITS - 32)) as u32
}

/// Calls `f` with the hash of `s` and of every string made by deleting one byte.
fn for_each_delete(s: &str, mut f: impl FnMut(u64)) {
    let b = s.as_bytes();
    f(hash_str(b));
    let mut buf: SmallVec<[u8; 64]> = SmallVec::new();
    for i in 0..b.len() {
        if i > 0 && b[i] == b[i - 1] {
            continue; // same variant as the previous deletion
        }
        buf.clear();
        buf.extend_from_slice(&b[..i]);
        buf.extend_from_slice(&b[i + 1..]);
        f(hash_str(&buf));
    }
}

/// Same budget as the scorer's (`leasegate_names::token_similarity`), capped
/// at 2: delete-one variants on both sides find at most two edits.
fn edit_budget(len: usize) -> usize {
    match len {
        0..=3 => 0,
        4..=7 => 1,
        _ => 2,
    }
}

pub(crate) fn normalize_identifier(s: &str) -> String {
    s.chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_uppercase())
        .collect()
}

impl Index {
    pub fn build(entries: Vec<Entry>) -> Self {
        let mut ix = Index {
            entries: Vec::new(),
            names: Vec::new(),
            total_weights: Vec::new(),
            keys: FxHashMap::default(),
            key_text: Vec::new(),
            postings: Vec::new(),
            df: Vec::new(),
            deletes: Vec::new(),
            delete_dir: Vec::new(),
            identifiers: FxHashMap::default(),
            countries: Vec::with_capacity(entries.len()),
            max_idf: 1.0,
            key_idf: Vec::new(),
            posting_start: Vec::new(),
            posting_ids: Vec::new(),
            params: CompareParams::default(),
        };
        let mut last_entry: Vec<u32> = Vec::new();
        let mut seen: Vec<String> = Vec::new();
        for (ei, e) in entries.iter().enumerate() {
            let ei = ei as u32;
            ix.countries.push(e.countries().into_iter().collect());
            for id in &e.identifiers {
                let v = normalize_identifier(&id.value);
                if v.len() >= MIN_IDENTIFIER_LEN {
                    let list = ix.identifiers.entry(v.into_boxed_str()).or_default();
                    if list.last() != Some(&ei) {
                        list.push(ei);
                    }
                }
            }
            seen.clear();
            let kind = name_kind(e.schema);
            for (ri, raw) in e.all_names().enumerate() {
                let mut name = parse_name(raw, kind);
                name.tokens.truncate(MAX_TOKENS_PER_NAME);
                if name.tokens.is_empty() {
                    continue;
                }
                let sig: String = name
                    .tokens
                    .iter()
                    .map(|t| t.text.as_str())
                    .collect::<Vec<_>>()
                    .join(" ");
                if seen.contains(&sig) {
                    continue; // an alias that normalises to a name already indexed
                }
                seen.push(sig);
                let alias = if ri == 0 {
                    None
                } else {
                    e.aliases.get(ri - 1).map(|a| a.kind)
                };
                let ni = ix.names.len() as u32;
                let toks: Vec<String> = name.tokens.iter().map(|t| t.text.clone()).collect();
                let mut keys: Vec<u32> = Vec::new();
                let mut sigs = token_sigs(&name);
                for (t, sig) in toks.iter().zip(&mut sigs) {
                    let k = ix.key(t);
                    ix.post(k, ni);
                    keys.push(k);
                    *sig = sig.with_id(k);
                    if last_entry.len() <= k as usize {
                        last_entry.resize(k as usize + 1, u32::MAX);
                    }
                    if last_entry[k as usize] != ei {
                        last_entry[k as usize] = ei;
                        ix.df[k as usize] += 1;
                    }
                }
                for w in name.tokens.windows(2) {
                    if w[0].kind != TokenKind::Number && w[1].kind != TokenKind::Number {
                        let k = ix.key(&format!("{}{}", w[0].text, w[1].text));
                        ix.post(k, ni);
                        keys.push(k);
                    }
                }
                if (3..=4).contains(&toks.len()) {
                    let k = ix.key(&toks.concat());
                    ix.post(k, ni);
                    keys.push(k);
                }
                keys.sort_unstable();
                keys.dedup();
                ix.names.push(IndexedName {
                    entry: ei,
                    alias,
                    raw: ri as u32,
                    sigs: sigs.into_boxed_slice(),
                    keys: keys.into_boxed_slice(),
                    name,
                    weights: Box::new([]),
                });
            }
        }
        let n = entries.len().max(1) as f64;
        ix.max_idf = (1.0 + n).ln();
        ix.key_idf = ix
            .df
            .iter()
            .map(|&df| if df > 0 { idf(n, df) } else { -1.0 })
            .collect();
        for nm in &mut ix.names {
            let w: Vec<f64> = nm
                .name
                .tokens
                .iter()
                .map(|t| {
                    let df = ix
                        .keys
                        .get(t.text.as_str())
                        .map(|k| ix.df[*k as usize])
                        .unwrap_or(0);
                    intrinsic_weight(t, idf(n, df))
                })
                .collect();
            ix.total_weights.push(w.iter().sum());
            nm.weights = w.into_boxed_slice();
        }
        let total: usize = ix
            .key_text
            .iter()
            .filter(|t| t.len() >= MIN_FUZZY_KEY_LEN)
            .map(|t| t.len() + 1)
            .sum();
        let mut deletes: Vec<(u64, u32)> = Vec::with_capacity(total);
        for (k, text) in ix.key_text.iter().enumerate() {
            if text.len() < MIN_FUZZY_KEY_LEN {
                continue;
            }
            for_each_delete(text, |h| deletes.push((h, k as u32)));
        }
        deletes.sort_unstable();
        deletes.dedup();
        let mut dir = vec![0u32; (1 << DIR_BITS) + 1];
        let mut pos = 0usize;
        for (b, slot) in dir.iter_mut().enumerate() {
            while pos < deletes.len() && ((deletes[pos].0 >> (64 - DIR_BITS)) as usize) < b {
                pos += 1;
            }
            *slot = pos as u32;
        }
        // Within its bucket an entry needs only the next 32 bits of its
        // hash: half the memory of the whole hash, so more of the table
        // stays in cache. The order is unchanged.
        ix.deletes = deletes
            .into_iter()
            .map(|(h, k)| (hash_tail(h), k))
            .collect();
        ix.deletes.shrink_to_fit();
        ix.delete_dir = dir;
        ix.keys.shrink_to_fit();
        let postings = std::mem::take(&mut ix.postings);
        ix.posting_start = Vec::with_capacity(postings.len() + 1);
        ix.posting_ids = Vec::with_capacity(postings.iter().map(Vec::len).sum());
        ix.posting_start.push(0);
        for p in postings {
            ix.posting_ids.extend_from_slice(&p);
            ix.posting_start.push(ix.posting_ids.len() as u32);
        }
        ix.entries = entries;
        ix
    }

    fn key(&mut self, t: &str) -> u32 {
        if let Some(k) = self.keys.get(t) {
            return *k;
        }
        let k = self.key_text.len() as u32;
        self.keys.insert(t.into(), k);
        self.key_text.push(t.into());
        self.postings.push(Vec::new());
        self.df.push(0);
        k
    }

    fn post(&mut self, k: u32, name: u32) {
        let p = &mut self.postings[k as usize];
        if p.last() != Some(&name) {
            p.push(name);
        }
    }

    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// Number of indexed names (primary names and distinct aliases).
    pub fn name_count(&self) -> usize {
        self.names.len()
    }

    fn idf_of_key(&self, k: u32) -> Option<f64> {
        let i = self.key_idf[k as usize];
        (i >= 0.0).then_some(i)
    }

    /// Ids of the names whose postings hold key `k`.
    fn posting(&self, k: u32) -> &[u32] {
        &self.posting_ids
            [self.posting_start[k as usize] as usize..self.posting_start[k as usize + 1] as usize]
    }

    /// Like [`Self::lookup`]; when nothing is found for a long token, also
    /// tries the token with two letters deleted (two insertions in the
    /// query, which delete-one variants on both sides cannot see).
    fn lookup_deep(&self, t: &str, out: &mut SmallVec<[(u32, f64); 8]>) {
        self.lookup(t, out);
        if !out.is_empty() || t.len() < 8 {
            return;
        }
        let b = t.as_bytes();
        let mut buf: Vec<u8> = Vec::with_capacity(b.len());
        for i in 0..b.len() {
            for j in i + 1..b.len() {
                buf.clear();
                buf.extend(
                    b.iter()
                        .enumerate()
                        .filter(|(k, _)| *k != i && *k != j)
                        .map(|(_, c)| *c),
                );
                let Ok(v) = std::str::from_utf8(&buf) else {
                    continue;
                };
                if let Some(&k) = self.keys.get(v) {
                    if !out.iter().any(|x| x.0 == k) {
                        out.push((k, 1.0 - 2.0 / t.len() as f64));
                    }
                }
            }
        }
    }

    /// Keys equal to `t` or within the edit budget of its length, with a similarity.
    fn lookup(&self, t: &str, out: &mut SmallVec<[(u32, f64); 8]>) {
        out.clear();
        if let Some(k) = self.keys.get(t) {
            out.push((*k, 1.0));
        }
        let budget = edit_budget(t.len());
        if t.len() < MIN_FUZZY_KEY_LEN || budget == 0 {
            return;
        }
        // In phases, so that the memory reads of the variants (each a cache
        // miss in a large table) are independent of each other and overlap:
        // all hashes, then all bucket bounds, then all bucket entries, then
        // the checks, in the same order as one variant at a time.
        // Filled in place (collecting would copy the inline buffers).
        let mut hashes: SmallVec<[u64; 64]> = SmallVec::new();
        for_each_delete(t, |h| hashes.push(h));
        let mut buckets: SmallVec<[(u32, u32); 64]> = SmallVec::new();
        for &h in &hashes {
            let b = (h >> (64 - DIR_BITS)) as usize;
            buckets.push((self.delete_dir[b], self.delete_dir[b + 1]));
        }
        let mut found: SmallVec<[u32; 32]> = SmallVec::new();
        for (&h, &(lo, hi)) in hashes.iter().zip(&buckets) {
            let tail = hash_tail(h);
            for &(hh, k) in &self.deletes[lo as usize..hi as usize] {
                if hh == tail {
                    found.push(k);
                }
            }
        }
        let mut seen: SmallVec<[u32; 16]> = SmallVec::new();
        for k in found {
            if seen.contains(&k) || out.first().map(|x| x.0) == Some(k) {
                continue;
            }
            seen.push(k);
            let text = &self.key_text[k as usize];
            let l = text.len().max(t.len());
            if let Some(d) = osa_bounded(text, t, edit_budget(l)) {
                if d > 0 {
                    out.push((k, 1.0 - d as f64 / l as f64));
                }
            }
        }
    }

    /// Matches scoring at least `thresholds.review`, best first, at most
    /// `limit`. An invalid query (see [`Query::validate`]) matches nothing.
    pub fn screen(&self, query: &Query, thresholds: &Thresholds, limit: usize) -> Vec<Match> {
        self.screen_impl(query, thresholds, limit, true)
    }

    /// [`Self::screen`]; `prune: false` aligns every candidate (the
    /// reference the pruning is tested against).
    fn screen_impl(
        &self,
        query: &Query,
        thresholds: &Thresholds,
        limit: usize,
        prune: bool,
    ) -> Vec<Match> {
        // `Query::validate` without its fold: a name that folds to nothing
        // parses to no tokens, which returns below.
        let name = &query.name;
        if name.trim().is_empty() || name.len() > crate::MAX_NAME_BYTES || limit == 0 {
            return Vec::new();
        }
        let kind = match query.schema {
            Some(Schema::Person) => NameKind::Person,
            Some(_) => NameKind::Organization,
            None => NameKind::Unknown,
        };
        let qn = parse_name(&query.name, kind);
        if qn.tokens.is_empty() {
            return Vec::new();
        }
        let mut qn = qn;
        qn.tokens.truncate(MAX_TOKENS_PER_NAME);

        let mut hits: Vec<SmallVec<[(u32, f64); 8]>> = Vec::with_capacity(qn.tokens.len());
        let wq = self.query_weights(&qn, &mut hits);
        let total_wq: f64 = wq.iter().sum();

        let ranked = SCRATCH.with(|cell| {
            let mut guard = cell.borrow_mut();
            let sc = &mut *guard;
            if sc.acc.len() < self.names.len() {
                sc.acc.resize(self.names.len(), (0.0, 0.0));
            }
            let ranked = self.candidates(&qn, &hits, &wq, total_wq, sc);
            for &n in &sc.touched {
                sc.acc[n as usize] = (0.0, 0.0);
            }
            sc.touched.clear();
            ranked
        });

        // A query not known to be a person is also read as one, without
        // legal forms, for person entries ("Ong" is a surname, not the
        // French ONG).
        let any_person = ranked.iter().any(|(ni, _)| {
            self.entries[self.names[*ni as usize].entry as usize].schema == Schema::Person
        });
        let as_person =
            (kind != NameKind::Person && any_person).then(|| self.person_reading(query, &qn, &wq));
        let qs = self.query_sigs(&qn);
        let reading = |nm: &IndexedName| match &as_person {
            Some((pn, pw, ps)) if self.entries[nm.entry as usize].schema == Schema::Person => {
                (pn, &pw[..], &ps[..])
            }
            _ => (&qn, &wq[..], &qs[..]),
        };

        let mut decisive: Vec<(u32, String)> = Vec::new();
        for id in &query.identifiers {
            let v = normalize_identifier(id);
            if let Some(es) = self.identifiers.get(v.as_str()) {
                for &e in es {
                    decisive.push((e, v.clone()));
                }
            }
        }

        // Align candidates from the highest score bound down, and only
        // those that could still reach the review threshold and the top
        // `limit`: the result is the same as aligning every candidate.
        let mut order: SmallVec<[(f64, u32); MAX_CANDIDATES]> = ranked
            .iter()
            .map(|&(ni, _)| {
                let nm = &self.names[ni as usize];
                let (qn, wq, qs) = reading(nm);
                let ub =
                    score_upper_bound(qn, qs, &nm.name, &nm.sigs, wq, &nm.weights, &self.params);
                let e = &self.entries[nm.entry as usize];
                let (ub, _) = adjust(
                    ub + BOUND_MARGIN,
                    query,
                    e.schema,
                    &self.countries[nm.entry as usize],
                    nm.alias,
                    false,
                );
                (ub, ni)
            })
            .collect();
        order.sort_unstable_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        // Best name per entry: (entry, score, name id).
        let mut best: SmallVec<[(u32, f64, u32); MAX_CANDIDATES]> = SmallVec::new();
        // The `limit`-th best entry score at or above the review threshold.
        let mut cut = f64::NEG_INFINITY;
        for &(ub, ni) in &order {
            let nm = &self.names[ni as usize];
            // An entry an identifier decides keeps the name that scores best.
            if prune
                && (ub < thresholds.review || ub < cut)
                && !decisive.iter().any(|d| d.0 == nm.entry)
            {
                continue;
            }
            let (qn, wq, qs) = reading(nm);
            let s =
                compare_score_with_sigs(qn, qs, &nm.name, &nm.sigs, wq, &nm.weights, &self.params);
            let e = &self.entries[nm.entry as usize];
            let (s, _) = adjust(
                s,
                query,
                e.schema,
                &self.countries[nm.entry as usize],
                nm.alias,
                false,
            );
            match best.iter_mut().find(|b| b.0 == nm.entry) {
                Some(slot) => {
                    if s > slot.1 || (s == slot.1 && ni < slot.2) {
                        (slot.1, slot.2) = (s, ni);
                    }
                }
                None => best.push((nm.entry, s, ni)),
            }
            let mut top: SmallVec<[f64; MAX_CANDIDATES]> = best
                .iter()
                .map(|b| b.1)
                .filter(|s| *s >= thresholds.review)
                .collect();
            if top.len() >= limit {
                let (_, kth, _) = top.select_nth_unstable_by(limit - 1, |a, b| b.total_cmp(a));
                cut = *kth;
            }
        }
        let mut out: Vec<(u32, f64, u32)> = best.into_vec();
        for (e, _) in &decisive {
            if !out.iter().any(|o| o.0 == *e) {
                // Names are stored in entry order.
                let first = self.names.partition_point(|n| n.entry < *e);
                let ni = match self.names.get(first) {
                    Some(n) if n.entry == *e => first as u32,
                    _ => 0,
                };
                out.push((*e, 0.0, ni));
            }
        }
        for o in &mut out {
            if decisive.iter().any(|(e, _)| *e == o.0) {
                o.1 = 1.0;
            }
        }
        out.retain(|o| o.1 >= thresholds.review);
        out.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        out.truncate(limit);
        out.into_iter()
            .map(|(e, s, ni)| match &as_person {
                Some((pn, pw, ps)) if self.entries[e as usize].schema == Schema::Person => {
                    self.explain(query, (pn, pw, ps), e, s, ni, &decisive)
                }
                _ => self.explain(query, (&qn, &wq, &qs), e, s, ni, &decisive),
            })
            .collect()
    }

    /// Names worth scoring: accumulates matched weight per name over the
    /// postings of the query's tokens (and of its merged forms) in a dense
    /// per-thread scratch array, then keeps the best by estimated score.
    ///
    /// Tokens are visited from heaviest to lightest; once the weight left
    /// cannot reach [`MIN_CANDIDATE_COVERAGE`] on its own, light tokens only
    /// add to names already found. So a common word ("china") never walks
    /// its long posting list to create candidates.
    fn candidates(
        &self,
        qn: &Name,
        hits: &[SmallVec<[(u32, f64); 8]>],
        wq: &[f64],
        total_wq: f64,
        sc: &mut Scratch,
    ) -> Vec<(u32, f64)> {
        let add = |sc: &mut Scratch, n: u32, q: f64, c: f64, create: bool| {
            let a = &mut sc.acc[n as usize];
            if a.0 == 0.0 && a.1 == 0.0 {
                if !create {
                    return;
                }
                sc.touched.push(n);
            }
            a.0 += q as f32;
            a.1 += c as f32;
        };
        // Words the query writes apart that the list writes together, and
        // the whole query written without spaces.
        let mut joined = String::new();
        for i in 0..qn.tokens.len().saturating_sub(1) {
            joined.clear();
            joined.push_str(&qn.tokens[i].text);
            joined.push_str(&qn.tokens[i + 1].text);
            if let Some(&k) = self.keys.get(joined.as_str()) {
                let wk = self.idf_of_key(k).unwrap_or(0.0);
                for &n in self.posting(k) {
                    add(sc, n, wq[i] + wq[i + 1], wk, true);
                }
            }
        }
        let mut buf: SmallVec<[(u32, f64); 8]> = SmallVec::new();
        if qn.tokens.len() >= 2 {
            let all: String = qn.tokens.iter().map(|t| t.text.as_str()).collect();
            self.lookup(&all, &mut buf);
            for &(k, sim) in &buf {
                for &n in self.posting(k) {
                    add(
                        sc,
                        n,
                        total_wq * sim,
                        self.total_weights[n as usize] * sim,
                        true,
                    );
                }
            }
        }
        let mut order: Vec<usize> = (0..qn.tokens.len())
            .filter(|&i| {
                qn.tokens.len() == 1 || !(qn.tokens[i].kind == TokenKind::Initial || wq[i] < 0.3)
            })
            .collect();
        order.sort_by(|&a, &b| wq[b].total_cmp(&wq[a]).then(a.cmp(&b)));
        let min_cov = total_wq * MIN_CANDIDATE_COVERAGE;
        let mut rest: f64 = order.iter().map(|&i| wq[i]).sum();
        for &i in &order {
            let create = rest >= min_cov;
            rest -= wq[i];
            for &(k, sim) in &hits[i] {
                let wk = self.idf_of_key(k).unwrap_or(0.0);
                let posting = self.posting(k);
                if !create && posting.len() > SCAN_TOUCHED_FACTOR * sc.touched.len() {
                    // Only names already found can gain: asking each of them
                    // whether it holds the key is cheaper than walking a long
                    // posting list (a common word), and adds the same.
                    for t in 0..sc.touched.len() {
                        let n = sc.touched[t];
                        if self.names[n as usize].keys.binary_search(&k).is_ok() {
                            add(sc, n, wq[i] * sim, wk * sim, false);
                        }
                    }
                    continue;
                }
                for &n in posting {
                    add(sc, n, wq[i] * sim, wk * sim, create);
                }
            }
        }
        // Rank by an estimate of the final score (the same weighted Dice,
        // without the alignment) and score only the best.
        let alpha = self.params.candidate_weight;
        let mut ranked = std::mem::take(&mut sc.ranked);
        ranked.clear();
        ranked.extend(sc.touched.iter().filter_map(|&n| {
            let a = sc.acc[n as usize];
            let (aq, ac) = (f64::from(a.0), f64::from(a.1));
            if aq < min_cov {
                return None;
            }
            let tw = self.total_weights[n as usize];
            let est = (aq.min(total_wq) + alpha * ac.min(tw)) / (total_wq + alpha * tw).max(1e-9);
            (est >= MIN_ESTIMATE).then_some((n, est))
        }));
        if ranked.len() > MAX_CANDIDATES {
            ranked.select_nth_unstable_by(MAX_CANDIDATES, |a, b| {
                b.1.total_cmp(&a.1).then(a.0.cmp(&b.0))
            });
            ranked.truncate(MAX_CANDIDATES);
        }
        let out = ranked.clone();
        sc.ranked = ranked;
        out
    }

    /// Query weights as the index sees them: a known token's own rarity; a
    /// misspelt one borrows the rarity of its closest known spelling; an
    /// unknown one is as rare as can be.
    fn query_weights(&self, qn: &Name, hits: &mut Vec<SmallVec<[(u32, f64); 8]>>) -> Vec<f64> {
        let mut wq = Vec::with_capacity(qn.tokens.len());
        let mut buf = SmallVec::new();
        for t in &qn.tokens {
            wq.push(self.token_weight(t, &mut buf));
            hits.push(std::mem::take(&mut buf));
        }
        wq
    }

    /// The weight of query token `t`; leaves its lookup hits in `buf`.
    fn token_weight(&self, t: &leasegate_names::Token, buf: &mut SmallVec<[(u32, f64); 8]>) -> f64 {
        self.lookup_deep(&t.text, buf);
        let mut best: Option<(f64, f64)> = None; // (sim, idf)
        for &(k, sim) in buf.iter() {
            if let Some(i) = self.idf_of_key(k) {
                if best.is_none_or(|(s, _)| sim > s) {
                    best = Some((sim, i));
                }
            }
        }
        let base = best.map(|b| b.1).unwrap_or(self.max_idf);
        intrinsic_weight(t, base)
    }

    /// The query read as a person's name, with its weights and token
    /// summaries. A token's weight depends on its text alone, so the words
    /// the first reading (`qn`, `wq`) already weighed are not looked up again.
    fn person_reading(
        &self,
        query: &Query,
        qn: &Name,
        wq: &[f64],
    ) -> (Name, Vec<f64>, Vec<TokenSig>) {
        let mut pn = parse_name(&query.name, NameKind::Person);
        pn.tokens.truncate(MAX_TOKENS_PER_NAME);
        let mut buf = SmallVec::new();
        let pw = pn
            .tokens
            .iter()
            .map(|t| match qn.tokens.iter().position(|u| u.text == t.text) {
                Some(i) => wq[i],
                None => self.token_weight(t, &mut buf),
            })
            .collect();
        let ps = self.query_sigs(&pn);
        (pn, pw, ps)
    }

    /// Token summaries of a query name, with the key ids of the tokens the
    /// index knows (see `TokenSig::with_id`).
    fn query_sigs(&self, n: &Name) -> Vec<TokenSig> {
        n.tokens
            .iter()
            .map(|t| {
                let sig = TokenSig::of(t);
                match self.keys.get(t.text.as_str()) {
                    Some(&k) => sig.with_id(k),
                    None => sig,
                }
            })
            .collect()
    }

    #[allow(clippy::too_many_arguments)]
    fn explain(
        &self,
        query: &Query,
        (qn, wq, qs): (&Name, &[f64], &[TokenSig]),
        e: u32,
        score: f64,
        ni: u32,
        decisive: &[(u32, String)],
    ) -> Match {
        let entry = &self.entries[e as usize];
        let nm = &self.names.get(ni as usize);
        let matched_name = nm
            .and_then(|nm| entry.all_names().nth(nm.raw as usize))
            .unwrap_or(entry.name.as_str())
            .to_string();
        let (cmp, mut adj) = match nm {
            Some(nm) if nm.entry == e => {
                let cmp =
                    compare_with_sigs(qn, qs, &nm.name, &nm.sigs, wq, &nm.weights, &self.params);
                let (_, adj) = adjust(
                    cmp.score,
                    query,
                    entry.schema,
                    &self.countries[e as usize],
                    nm.alias,
                    true,
                );
                (cmp, adj)
            }
            _ => (
                compare(
                    qn,
                    &Name {
                        tokens: vec![],
                        legal_forms: vec![],
                    },
                    wq,
                    &[],
                    &self.params,
                ),
                vec![],
            ),
        };
        if let Some((_, v)) = decisive.iter().find(|(x, _)| *x == e) {
            adj.push(Adjustment {
                reason: "identifier_match",
                detail: format!("identifier {v} matches the entry"),
                before: round4(adj.last().map(|a| a.after).unwrap_or(cmp.score)),
                after: 1.0,
            });
        }
        let empty = Name {
            tokens: vec![],
            legal_forms: vec![],
        };
        let cand_name = nm.map_or(&empty, |n| &n.name);
        let details = Explanation::new(&matched_name, qn, cand_name, cmp, adj, score);
        Match {
            entry_id: entry.id.clone(),
            list: entry.list.clone(),
            name: entry.name.clone(),
            matched_name,
            score: round4(score),
            explanation: details.summary(),
            details,
        }
    }
}

fn idf(n: f64, df: u32) -> f64 {
    (1.0 + n / f64::from(df.max(1))).ln()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Skipping candidates by their score bound changes nothing: every
    /// query gives the same matches, scores and explanations as aligning
    /// all candidates, across schemas, countries, identifiers and limits.
    #[test]
    fn pruning_gives_the_same_matches() {
        let entries = leasegate_lists::bundled_csl().entries;
        let index = Index::build(entries);
        let countries: Vec<Option<CountryCode>> = [None, Some("CN"), Some("RU"), Some("IR")]
            .iter()
            .map(|c| c.and_then(|c| CountryCode::parse(c).ok()))
            .collect();
        let schemas = [None, Some(Schema::Person), Some(Schema::Organization)];
        let mut checked = 0;
        for (i, e) in index.entries().iter().enumerate().step_by(97) {
            // The entry's own name, and the same with a typo and a word
            // dropped, as screening queries come.
            let mut damaged: String = e.name.clone();
            if damaged.len() > 6 {
                let at = damaged.len() / 2;
                if damaged.is_char_boundary(at) && damaged.is_char_boundary(at + 1) {
                    damaged.replace_range(at..at + 1, "x");
                }
            }
            let dropped: String = e.name.split(' ').skip(1).collect::<Vec<_>>().join(" ");
            for name in [e.name.as_str(), damaged.as_str(), dropped.as_str()] {
                let identifiers = match e.identifiers.first() {
                    Some(id) if i % 5 == 0 => vec![id.value.clone()],
                    _ => vec![],
                };
                let q = Query {
                    name: name.to_string(),
                    schema: schemas[i % 3],
                    country: countries[i % 4],
                    identifiers,
                };
                for (review, limit) in [(0.7, 10), (0.5, 3), (0.3, 1)] {
                    let th = Thresholds {
                        review,
                        match_: 0.8,
                    };
                    let a = serde_json::to_string(&index.screen_impl(&q, &th, limit, true));
                    let b = serde_json::to_string(&index.screen_impl(&q, &th, limit, false));
                    assert_eq!(a.ok(), b.ok(), "{q:?} review {review} limit {limit}");
                    checked += 1;
                }
            }
        }
        assert!(checked > 1000, "{checked}");
    }
}
