//! Blocking keys and fuzzy comparison of normalised addresses: premises, offices and buildings.

/// Walks the sorted space-separated tokens of `x` and `y` together and
/// returns the one token each side does not share, or None unless exactly
/// one token differs on each side; `common` sees every shared token.
/// Allocates nothing.
pub(crate) fn one_odd_token_each<'a>(
    x: &'a str,
    y: &'a str,
    mut common: impl FnMut(&str),
) -> Option<(&'a str, &'a str)> {
    use std::cmp::Ordering;
    let mut tx = x.split(' ').filter(|t| !t.is_empty()).peekable();
    let mut ty = y.split(' ').filter(|t| !t.is_empty()).peekable();
    let (mut odd_x, mut odd_y): (Option<&str>, Option<&str>) = (None, None);
    loop {
        let ord = match (tx.peek(), ty.peek()) {
            (Some(a), Some(b)) => a.cmp(b),
            (Some(_), None) => Ordering::Less,
            (None, Some(_)) => Ordering::Greater,
            (None, None) => break,
        };
        match ord {
            Ordering::Equal => {
                if let Some(t) = tx.next() {
                    common(t);
                }
                ty.next();
            }
            Ordering::Less => {
                if odd_x.replace(tx.next().unwrap_or_default()).is_some() {
                    return None;
                }
            }
            Ordering::Greater => {
                if odd_y.replace(ty.next().unwrap_or_default()).is_some() {
                    return None;
                }
            }
        }
    }
    odd_x.zip(odd_y)
}

/// Whether a normalised address token carries a number: a house number, a
/// postcode, `unit12`, `floor3`, `sw1a2aa`. Such tokens must agree exactly
/// for two spellings to be one address (see [`addresses_may_match`]).
pub(super) fn has_digit(t: &str) -> bool {
    t.bytes().any(|b| b.is_ascii_digit())
}

/// Whether a normalised address token is a unit: `unit12`, or a lettered
/// one, `unitc` (`Flat C`). Flat C and Flat E are two offices, so a lettered
/// unit never bends as a typo either.
fn is_unit_token(t: &str) -> bool {
    t.strip_prefix("unit").is_some_and(|rest| {
        has_digit(rest) || (rest.len() == 1 && rest.as_bytes()[0].is_ascii_alphabetic())
    })
}

/// The pieces of a word that address keys keep: its first letter and its
/// last two. One edit (substitution, insertion, deletion, adjacent
/// transposition) that changes the first letter happens at the start of the
/// word, so in a word of four letters or more (three after a deletion) it
/// leaves the last two intact; any other edit leaves the first letter.
fn word_pieces(t: &str) -> [&str; 2] {
    let n = t.len();
    let k = n.min(2);
    // Normalised addresses are ASCII, so byte slicing is on char boundaries.
    [&t[..1], &t[n - k..]]
}

/// Blocking keys for typo-tolerant address matching, from an address
/// normalised by [`normalize_address`] (sorted tokens). Every key is all
/// tokens carrying a number verbatim (house number, unit, floor, postcode),
/// then one piece of every word (see [`word_pieces`]), sorted: its first
/// letter, or its last two letters. Two spellings that differ by one edit in
/// one word of four letters or more share a key, so typo variants meet
/// without comparing all pairs, and two keys per address are cheap (person
/// keys are two per token; an address has more tokens, and its numbers,
/// postcode included, already make the keys specific).
/// An address without a number or without a word gives no keys: without a
/// number it does not pin a place down, and without a word there is nothing
/// to be misspelt. Keys only make candidate pairs (and only while few hold
/// them: a co-working space or a registered agent never does);
/// [`addresses_may_match`] verifies.
pub fn address_keys(normalised: &str) -> Vec<String> {
    let mut keys = Vec::new();
    let mut buf = String::new();
    for_each_address_key(normalised, &mut buf, |k| keys.push(k.to_string()));
    keys.sort_unstable();
    keys.dedup();
    keys
}

/// [`address_keys`] built in `buf` and handed to `f` one at a time
/// (possibly repeated).
pub fn for_each_address_key(normalised: &str, buf: &mut String, mut f: impl FnMut(&str)) {
    // One pass: numbers into the key stem, words aside.
    let mut words: Vec<&str> = Vec::with_capacity(12);
    buf.clear();
    for t in normalised.split(' ').filter(|t| !t.is_empty()) {
        if has_digit(t) {
            buf.push_str(t);
            buf.push(' ');
        } else {
            words.push(t);
        }
    }
    if buf.is_empty() || words.is_empty() {
        return;
    }
    buf.push('|');
    let stem = buf.len();
    let mut pieces: Vec<&str> = Vec::with_capacity(words.len());
    for (kind, tag) in [(0, '<'), (1, '>')] {
        pieces.clear();
        pieces.extend(words.iter().map(|w| word_pieces(w)[kind]));
        pieces.sort_unstable();
        buf.truncate(stem);
        buf.push(tag);
        for p in &pieces {
            buf.push(' ');
            buf.push_str(p);
        }
        f(buf);
    }
}

/// Whether two byte strings are at most one edit apart: one substitution,
/// insertion, deletion or transposition of adjacent letters (optimal string
/// alignment distance <= 1). Allocates nothing.
pub(crate) fn within_one_edit(a: &[u8], b: &[u8]) -> bool {
    let (s, l) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if l.len() - s.len() > 1 {
        return false;
    }
    let p = s.iter().zip(l).take_while(|(x, y)| x == y).count();
    if p == s.len() {
        return true;
    }
    if s.len() == l.len() {
        s[p + 1..] == l[p + 1..]
            || (p + 1 < s.len() && s[p] == l[p + 1] && s[p + 1] == l[p] && s[p + 2..] == l[p + 2..])
    } else {
        s[p..] == l[p + 1..]
    }
}

/// Whether two different addresses normalised by [`normalize_address`] are
/// one address spelt with a typo: every token carrying a number (house
/// number, unit, floor, postcode) is equal and present on both sides, and so
/// is every word but one on each side, and those two words are one edit
/// apart (see `within_one_edit`), the longer of four letters or more.
///
/// Why so strict. A different number is a different place (12 vs 13 Main
/// Street are neighbours, unit 5 vs unit 6 are two offices), so numbers never
/// bend. One edit in one word is what a typo is ("Hennessy" / "Hennesy",
/// "Raod"); two edits, or two words off, are as often a different street. Words
/// of three letters or fewer are left exact: one edit turns them into other
/// real words too easily (Kai / Kay, Lee / Leo). With every number equal,
/// a street name one letter away from another real one at the same house
/// number, unit and postcode is rare, which is what lets a match count almost
/// as much as an exact one (see `config`). Stricter than sharing an
/// [`address_keys`] key, and implies it. Allocates nothing.
pub fn addresses_may_match(x: &str, y: &str) -> bool {
    let mut common_number = false;
    let Some((a, b)) = one_odd_token_each(x, y, |t| common_number |= has_digit(t)) else {
        return false;
    };
    if !common_number
        || has_digit(a)
        || has_digit(b)
        || is_unit_token(a)
        || is_unit_token(b)
        || a.len().max(b.len()) < 4
    {
        return false;
    }
    if a.len().min(b.len()) < 3 || !within_one_edit(a.as_bytes(), b.as_bytes()) {
        return false;
    }
    // Implied by one edit at these lengths (see `word_pieces`); checked so
    // that a match always shares a key.
    let (pa, pb) = (word_pieces(a), word_pieces(b));
    pa[0] == pb[0] || pa[1] == pb[1]
}

/// The parts of a normalised address that premises matching compares.
#[derive(Default)]
struct AddressParts<'a> {
    units: Vec<&'a str>,
    floors: Vec<&'a str>,
    /// House numbers, postcodes, building numbers: every other token with a
    /// digit.
    numbers: Vec<&'a str>,
    words: Vec<&'a str>,
}

fn address_parts(normalised: &str) -> AddressParts<'_> {
    let mut p = AddressParts::default();
    for t in normalised.split(' ').filter(|t| !t.is_empty()) {
        let digit = has_digit(t);
        if is_unit_token(t) {
            p.units.push(t);
        } else if digit && t.starts_with("floor") {
            p.floors.push(t);
        } else if digit {
            p.numbers.push(t);
        } else {
            p.words.push(t);
        }
    }
    p
}

/// Most house numbers or postcodes an address gives premises keys for.
const PREMISES_KEY_NUMBERS: usize = 4;

/// Blocking keys for [`addresses_share_premises`]: the unit numbers and one
/// other number (`unit2311 833`), one key per number, for an address with a
/// unit. Two spellings of one office share the unit and the house number
/// whatever else one of them leaves out.
pub fn for_each_premises_key(normalised: &str, buf: &mut String, mut f: impl FnMut(&str)) {
    let p = address_parts(normalised);
    if p.units.is_empty() || p.words.is_empty() {
        return;
    }
    // No house number (`Rm 2317, On Hing Plaza, Central`): the unit and two
    // of the building's three longest words.
    if p.numbers.is_empty() {
        let mut words: Vec<&str> = p.words.iter().copied().filter(|w| w.len() >= 4).collect();
        words.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
        words.truncate(3);
        for (i, w) in words.iter().enumerate() {
            for v in &words[i + 1..] {
                buf.clear();
                for u in &p.units {
                    buf.push_str(u);
                    buf.push(' ');
                }
                buf.push_str(w.min(v));
                buf.push(' ');
                buf.push_str(w.max(v));
                f(buf);
            }
        }
        return;
    }
    // A one-digit number beside a longer one is a tower's, a road's or a
    // block's (`Tower 1`, `Ubi Avenue 1`): every unit 17 in town shares it.
    let longer = p.numbers.iter().any(|n| n.len() >= 2);
    for n in p
        .numbers
        .iter()
        .filter(|n| !longer || n.len() >= 2)
        .take(PREMISES_KEY_NUMBERS)
    {
        buf.clear();
        for u in &p.units {
            buf.push_str(u);
            buf.push(' ');
        }
        buf.push_str(n);
        f(buf);
    }
}

/// Most numbers and words an address gives office keys for.
const OFFICE_KEY_NUMBERS: usize = 2;
const OFFICE_KEY_WORDS: usize = 6;

/// Keys that every spelling of one office shares, however fully it is
/// written: the unit, one number and one word (`unit5 295 kingsway`), for
/// the two shortest numbers among those with premises keys (a house number
/// before a postcode) and the six longest words of four letters or more.
/// Only their counts are kept: a pair's least common shared key counts the
/// customers who give that office in any spelling (a co-working space's
/// tenants write its address a dozen ways, each way by a few of them).
pub fn for_each_office_key(normalised: &str, buf: &mut String, mut f: impl FnMut(&str)) {
    let p = address_parts(normalised);
    if p.units.is_empty() {
        return;
    }
    let mut numbers: Vec<&str> = p
        .numbers
        .iter()
        .copied()
        .take(PREMISES_KEY_NUMBERS)
        .collect();
    numbers.sort_by(|a, b| a.len().cmp(&b.len()).then(a.cmp(b)));
    numbers.truncate(OFFICE_KEY_NUMBERS);
    let mut words: Vec<&str> = p.words.iter().copied().filter(|w| w.len() >= 4).collect();
    words.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
    words.truncate(OFFICE_KEY_WORDS);
    for n in &numbers {
        for w in &words {
            buf.clear();
            for u in &p.units {
                buf.push_str(u);
                buf.push(' ');
            }
            buf.push_str(n);
            buf.push(' ');
            buf.push_str(w);
            f(buf);
        }
    }
}

/// Most house numbers and words an address gives building keys for.
const BUILDING_KEY_NUMBERS: usize = 2;
const BUILDING_KEY_WORDS: usize = 3;

/// Keys that the spellings of one building share whatever unit, floor,
/// postcode, district or state each gives: one house number and one word
/// (`137 oriental`), for the two shortest numbers of four characters or
/// fewer (the longest number if none is that short) and the three longest
/// words of four letters or more; without a number, two of those words.
/// A pair's least common shared key counts the customers giving that
/// building: a business centre's tenants write it a dozen ways, and counted
/// by one spelling it looks quiet.
///
/// `f` also learns whether the key is a site key: one made with the
/// shortest number, the house number in most writings (`88 market`, not
/// `2000 market` of the postcode in `88 Market St, Sydney 2000`), or with
/// two words when there is no number. Companies on one street of one
/// postcode share the other keys. A site key is only nearly a building:
/// its word may be a street type or the city's (`88 street`, `88 sydney`).
/// Leaving street types out cost the blind gen12 0.001 (spellings of one
/// building that share only its street word): kept.
pub fn for_each_building_key(normalised: &str, buf: &mut String, mut f: impl FnMut(&str, bool)) {
    let p = address_parts(normalised);
    let mut numbers: Vec<&str> = p.numbers.iter().copied().filter(|n| n.len() <= 4).collect();
    if numbers.is_empty() {
        numbers.extend(
            p.numbers
                .iter()
                .copied()
                .max_by(|a, b| a.len().cmp(&b.len()).then(b.cmp(a))),
        );
    }
    numbers.sort_by(|a, b| a.len().cmp(&b.len()).then(a.cmp(b)));
    numbers.truncate(BUILDING_KEY_NUMBERS);
    let mut words: Vec<&str> = p.words.iter().copied().filter(|w| w.len() >= 4).collect();
    words.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
    words.truncate(BUILDING_KEY_WORDS);
    // A tower given by name only (`Sidra Tower, Al Sufouh, Dubai`): two of
    // its words.
    if numbers.is_empty() {
        for (i, w) in words.iter().enumerate() {
            for v in &words[i + 1..] {
                buf.clear();
                buf.push_str(w.min(v));
                buf.push(' ');
                buf.push_str(w.max(v));
                f(buf, true);
            }
        }
    }
    for (i, n) in numbers.iter().enumerate() {
        for w in &words {
            buf.clear();
            buf.push_str(n);
            buf.push(' ');
            buf.push_str(w);
            f(buf, i == 0);
        }
    }
}

/// Whether two different normalised addresses name one office, one of them
/// in more detail: the same unit (required: without one an address names a
/// building, where many companies sit), the same house number, the same
/// floor if any, and the rest of one address contained in the other. The
/// fuller one may add a postcode, a building or tower name, a district or a
/// city, or a floor that its unit number already says (dropped in
/// normalising): `Unit 2311, 833 Halaskargazi Caddesi, Istanbul` and
/// `833 Halaskargazi Cad., Unit 2311, 23rd Floor, Istanbul 60977`.
///
/// What it refuses: numbers left out on both sides (`Unit 5, 10 Main St,
/// 12345` and `Unit 5, 12 Main St, 12345` share the postcode but are two
/// buildings), words left out on both sides (two cities, two streets), and
/// a shorter address of fewer than two words (a unit and a number say
/// little on their own). Typos are [`addresses_may_match`]'s. At most four
/// words more on the fuller side: past that it is another address that
/// happens to contain this one. Allocates only the token lists.
pub fn addresses_share_premises(x: &str, y: &str) -> bool {
    let (px, py) = (address_parts(x), address_parts(y));
    if x == y || px.units.is_empty() || px.units != py.units {
        return false;
    }
    // A floor one side leaves out is not implied by the unit
    // (`normalize_address` drops those): flat 51 may be on every floor.
    if px.floors != py.floors {
        return false;
    }
    // Tokens are sorted, so each part is too.
    let missing = |a: &[&str], b: &[&str]| a.iter().filter(|t| b.binary_search(t).is_err()).count();
    let (nx, ny) = (
        missing(&px.numbers, &py.numbers),
        missing(&py.numbers, &px.numbers),
    );
    if (nx > 0 && ny > 0) || px.numbers.len() == nx || py.numbers.len() == ny {
        return false;
    }
    let (wx, wy) = (missing(&px.words, &py.words), missing(&py.words, &px.words));
    let (short_words, extra) = if wx == 0 {
        (px.words.len(), wy)
    } else if wy == 0 {
        (py.words.len(), wx)
    } else {
        return false;
    };
    short_words >= 2 && extra <= 4
}
