//! String metrics. Edit distances and Jaro-Winkler come from `strsim`
//! (checked against the jellyfish test vectors in tests/); Soundex is ours.

pub use strsim::{damerau_levenshtein, jaro, jaro_winkler, levenshtein, osa_distance};

/// American Soundex code (first character + 3 digits), ported from
/// jellyfish so that its test vectors hold: NFKD, upper case; H and W do not
/// separate letters with the same code, anything else does.
pub fn soundex(s: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    fn code(c: char) -> Option<char> {
        Some(match c {
            'B' | 'F' | 'P' | 'V' => '1',
            'C' | 'G' | 'J' | 'K' | 'Q' | 'S' | 'X' | 'Z' => '2',
            'D' | 'T' => '3',
            'L' => '4',
            'M' | 'N' => '5',
            'R' => '6',
            _ => return None,
        })
    }
    let chars: Vec<char> = s.nfkd().flat_map(char::to_uppercase).collect();
    let Some(&first) = chars.first() else {
        return String::new();
    };
    let mut out = String::with_capacity(4);
    out.push(first);
    let mut count = 1;
    let mut last = code(first);
    for &c in &chars[1..] {
        match code(c) {
            Some(d) => {
                if Some(d) != last {
                    out.push(d);
                    count += 1;
                }
                last = Some(d);
            }
            None => {
                if c != 'H' && c != 'W' {
                    last = None;
                }
            }
        }
        if count == 4 {
            break;
        }
    }
    for _ in count..4 {
        out.push('0');
    }
    out
}

/// Optimal-string-alignment distance (Levenshtein plus adjacent
/// transpositions) over bytes, or None when it exceeds `max`. Allocation
/// free for inputs up to 63 bytes (canonical tokens are ASCII), and only
/// the band of `max` around the diagonal is filled at any length; equal to
/// `strsim::osa_distance` on ASCII (a property test checks it).
pub fn osa_bounded(a: &str, b: &str, max: usize) -> Option<usize> {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len().abs_diff(b.len()) > max {
        return None;
    }
    if a.is_empty() || b.is_empty() {
        let d = a.len().max(b.len());
        return (d <= max).then_some(d);
    }
    const N: usize = 64;
    if !a.is_ascii() || !b.is_ascii() {
        let d = osa_distance(
            std::str::from_utf8(a).unwrap_or(""),
            std::str::from_utf8(b).unwrap_or(""),
        );
        return (d <= max).then_some(d);
    }
    // Each edit changes the set of letters present by at most two.
    if (letter_mask(a) ^ letter_mask(b)).count_ones() as usize > 2 * max {
        return None;
    }
    // A common prefix and suffix never take part in an optimal alignment
    // (also with transpositions): drop them, most near-matches shrink to a
    // few bytes.
    let pre = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (a, b) = (&a[pre..], &b[pre..]);
    let suf = a
        .iter()
        .rev()
        .zip(b.iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let (a, b) = (&a[..a.len() - suf], &b[..b.len() - suf]);
    if a.is_empty() || b.is_empty() {
        let d = a.len().max(b.len());
        return (d <= max).then_some(d);
    }
    // What one or two edits leave after stripping, without the table: the
    // ends now differ, so one byte each is a substitution, two each a
    // transposition (1) or two substitutions (2), one against two needs two.
    if a.len() <= 2 && b.len() <= 2 {
        let d = match (a, b) {
            ([_], [_]) => 1,
            ([x0, x1], [y0, y1]) if x0 == y1 && x1 == y0 => 1,
            _ => 2,
        };
        return (d <= max).then_some(d);
    }
    if max >= 250 {
        let d = osa_distance(
            std::str::from_utf8(a).unwrap_or(""),
            std::str::from_utf8(b).unwrap_or(""),
        );
        return (d <= max).then_some(d);
    }
    let m = b.len();
    let w = m + 1;
    // Only cells within `max` of the diagonal can end at most `max` away;
    // the others count as `inf`. Three rolling rows (i-2, i-1, i) in one
    // buffer, on the stack below 64 bytes; u8 is enough as `max` < 250.
    let inf = (max + 1) as u8;
    let mut stack = [inf; 3 * N];
    let mut heap: Vec<u8>;
    let rows: &mut [u8] = if 3 * w <= stack.len() {
        &mut stack[..3 * w]
    } else {
        heap = vec![inf; 3 * w];
        &mut heap
    };
    for (j, v) in rows[w..2 * w].iter_mut().enumerate().take(m.min(max) + 1) {
        *v = j as u8;
    }
    let (mut p2, mut p1, mut c) = (0usize, w, 2 * w);
    for i in 1..=a.len() {
        let lo = i.saturating_sub(max).max(1);
        let hi = (i + max).min(m);
        if lo > hi {
            return None;
        }
        rows[c + lo - 1] = if lo == 1 { i.min(max + 1) as u8 } else { inf };
        if hi < m {
            rows[c + hi + 1] = inf;
        }
        let mut row_min = rows[c + lo - 1];
        for j in lo..=hi {
            let cost = u8::from(a[i - 1] != b[j - 1]);
            let mut v = (rows[p1 + j] + 1)
                .min(rows[c + j - 1] + 1)
                .min(rows[p1 + j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                v = v.min(rows[p2 + j - 2] + 1);
            }
            let v = v.min(inf);
            rows[c + j] = v;
            row_min = row_min.min(v);
        }
        if row_min as usize > max {
            return None;
        }
        (p2, p1, c) = (p1, c, p2);
    }
    let d = rows[p1 + m] as usize;
    (d <= max).then_some(d)
}

/// Which of 64 byte classes occur in `s` (letters and digits get their own bits).
pub(crate) fn letter_mask(s: &[u8]) -> u64 {
    s.iter().fold(0u64, |m, &c| m | 1u64 << (c % 64))
}

/// Similarity in [0, 1] from the optimal-string-alignment distance, over
/// characters: 1 - d / max(len).
pub fn edit_similarity(a: &str, b: &str) -> f64 {
    let la = a.chars().count();
    let lb = b.chars().count();
    let l = la.max(lb);
    if l == 0 {
        return 1.0;
    }
    1.0 - osa_distance(a, b) as f64 / l as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn soundex_basics() {
        assert_eq!(soundex("Robert"), "R163");
        assert_eq!(soundex("Ashcraft"), "A261");
        assert_eq!(soundex("Tymczak"), "T522");
        assert_eq!(soundex(""), "");
        assert_eq!(soundex("Çáŕẗéř"), "C636");
    }
}
