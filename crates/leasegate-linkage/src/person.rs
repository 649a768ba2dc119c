//! Person names (directors, owners): the normalised form compared
//! letter for letter, and the fuzzy keys and cheap check that find
//! spellings of one person for `leasegate_names` to verify.

use crate::normalize::{ascii_tokens, one_odd_token_each};

fn is_honorific(t: &str) -> bool {
    matches!(
        t,
        "mr" | "mrs" | "ms" | "miss" | "dr" | "prof" | "sir" | "madam" | "mx" | "jr" | "sr"
    )
}

/// Person name as a sorted, transliterated, lower-case token list without
/// honorifics: `ZHANG, Wei` and `Mr Wei Zhang` both give `wei zhang`.
/// Fuzzy comparison of person names uses `leasegate_names::name_similarity`.
pub fn normalize_person(s: &str) -> Option<String> {
    let mut toks: Vec<String> = ascii_tokens(s)
        .into_iter()
        .filter(|t| !is_honorific(t))
        .collect();
    toks.sort_unstable();
    toks.dedup();
    if toks.is_empty() {
        None
    } else {
        Some(toks.join(" "))
    }
}

/// Blocking keys for fuzzy person-name matching, from a name normalised by
/// [`normalize_person`] (sorted tokens). Two names that differ by one edit in
/// one token, by a transliteration that keeps a token's first or last three
/// letters (Sergei / Sergey, Zhang / Chang, Mueller / Muller), or by a given
/// name written as an initial (J. Smith / John Smith), share a key: every
/// key is all other tokens verbatim plus a piece of one token (its initial,
/// or its last three letters). A single edit leaves the initial or the last
/// three letters of a token of four letters or more intact.
/// Keys only make candidate pairs; the pair is then verified with
/// `leasegate_names` similarity. Names of one token give no keys (a lone
/// word is too weak to match fuzzily).
pub fn person_keys(normalised: &str) -> Vec<String> {
    let mut keys = Vec::new();
    let mut buf = String::new();
    for_each_person_key(normalised, &mut buf, |k| keys.push(k.to_string()));
    keys.sort_unstable();
    keys.dedup();
    keys
}

/// [`person_keys`] without allocating per key: each key is built in `buf`
/// and handed to `f` (possibly repeated).
pub fn for_each_person_key(normalised: &str, buf: &mut String, mut f: impl FnMut(&str)) {
    let toks = || normalised.split(' ').filter(|t| !t.is_empty());
    if toks().nth(1).is_none() {
        return;
    }
    for (i, t) in toks().enumerate() {
        // A name of initials only ("j k") has nothing to anchor a fuzzy key.
        if !toks().enumerate().any(|(j, o)| j != i && o.len() >= 2) {
            continue;
        }
        buf.clear();
        for (j, o) in toks().enumerate() {
            if j != i {
                if !buf.is_empty() {
                    buf.push(' ');
                }
                buf.push_str(o);
            }
        }
        buf.push('|');
        let stem = buf.len();
        // Normalised names are ASCII.
        buf.push(char::from(t.as_bytes()[0]));
        f(buf);
        if t.len() >= 4 {
            buf.truncate(stem);
            buf.push('-');
            buf.push_str(&t[t.len() - 3..]);
            f(buf);
        }
    }
}

/// Whether two different names normalised by [`normalize_person`] are worth
/// verifying as spellings of one person: equal but for one token each (with
/// at least one common token that is not an initial), and the two odd tokens
/// are an initial and a word starting with it, or words of four letters or
/// more sharing their first or last three letters. Stricter than sharing a
/// [`person_keys`] key (a shared initial alone, as in "Li Wei" / "Li Wen",
/// is not enough), which keeps the costly similarity for plausible pairs.
/// Allocates nothing.
pub fn persons_may_match(x: &str, y: &str) -> bool {
    let mut common_long = false;
    let Some((a, b)) = one_odd_token_each(x, y, |t| common_long |= t.len() >= 2) else {
        return false;
    };
    if !common_long || a.is_empty() || b.is_empty() {
        return false;
    }
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() == 1 || b.len() == 1 {
        return a[0] == b[0];
    }
    a.len() >= 4 && b.len() >= 4 && (a[..3] == b[..3] || a[a.len() - 3..] == b[b.len() - 3..])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn person_names() {
        assert_eq!(
            normalize_person("ZHANG, Wei"),
            normalize_person("Mr. Wei Zhang")
        );
        assert_eq!(
            normalize_person("José Álvarez").as_deref(),
            Some("alvarez jose")
        );
        assert_eq!(normalize_person(" . "), None);
    }

    #[test]
    fn person_keys_meet_on_variants() {
        let k = |s: &str| person_keys(&normalize_person(s).unwrap());
        let share = |a: &str, b: &str| k(a).iter().any(|x| k(b).contains(x));
        assert!(
            share("Zhang Xiaoming", "ZHANG, Xiaominh"),
            "typo at the end"
        );
        assert!(share("Zhang Xiaoming", "Zhang Xaioming"), "transposition");
        assert!(share("Sergei Ivanov", "Sergey Ivanov"), "transliteration");
        assert!(
            share("Juergen Mueller", "Juergen Müller"),
            "umlaut spelled out"
        );
        assert!(share("John Smith", "J. Smith"), "initial");
        assert!(share("Wei Zhang", "Zhang Wei"), "order");
        assert!(!share("John Smith", "Mary Jones"));
        assert!(!share("Wei Zhang", "Min Zhao"));
        let may = |a: &str, b: &str| {
            persons_may_match(&normalize_person(a).unwrap(), &normalize_person(b).unwrap())
        };
        assert!(may("Zhang Xiaoming", "Zhang Xiaominh"));
        assert!(may("Zhang Xiaoming", "Zhang Xaioming"));
        assert!(may("John Smith", "J. Smith"));
        assert!(may("Sergei Ivanov", "Sergey Ivanov"));
        assert!(!may("Li Wei", "Li Wen"), "a shared initial alone");
        assert!(
            !may("Wei Zhang", "Zhang Wei"),
            "equal names are not variants"
        );
        assert!(!may("Anna Maria Lopez", "Anna Lopez"));
        assert!(k("Madonna").is_empty(), "one token gives no key");
        assert!(k("J. K.").is_empty(), "initials only");
        let mut sorted = k("Anna Maria Lopez");
        sorted.sort();
        assert_eq!(sorted, k("Anna Maria Lopez"), "sorted and deduplicated");
    }

    proptest::proptest! {
        #[test]
        fn may_match_implies_a_shared_key(
            x in proptest::collection::vec("[a-c]{1,5}", 1..4),
            y in proptest::collection::vec("[a-c]{1,5}", 1..4),
        ) {
            let (Some(x), Some(y)) = (normalize_person(&x.join(" ")), normalize_person(&y.join(" "))) else {
                return Ok(());
            };
            let (kx, ky) = (person_keys(&x), person_keys(&y));
            let by_keys = kx.iter().any(|k| ky.contains(k));
            // Verification is only ever asked for pairs that share a key.
            proptest::prop_assert!(!persons_may_match(&x, &y) || by_keys, "{} / {}", x, y);
        }
    }
}
