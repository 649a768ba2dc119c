//! Phone numbers to E.164, or kept literally when they do not parse.

use super::*;

/// The result of normalising a phone number or IP address: canonical when it
/// parsed, else the input as given (trimmed), compared literally.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Parsed {
    Canonical(String),
    Literal(String),
}

impl Parsed {
    pub fn text(&self) -> &str {
        match self {
            Parsed::Canonical(s) | Parsed::Literal(s) => s,
        }
    }
}

/// ISO country -> (calling code, national trunk prefix). Covers the
/// jurisdictions Leasegate serves and their neighbours; a national number
/// from a country not listed is kept literally.
pub(super) const CALLING_CODES: &[(&str, &str, &str)] = &[
    ("US", "1", "1"),
    ("CA", "1", "1"),
    ("PR", "1", "1"),
    ("RU", "7", "8"),
    ("KZ", "7", "8"),
    ("EG", "20", "0"),
    ("ZA", "27", "0"),
    ("GR", "30", ""),
    ("NL", "31", "0"),
    ("BE", "32", "0"),
    ("FR", "33", "0"),
    ("ES", "34", ""),
    ("HU", "36", "06"),
    ("IT", "39", ""),
    ("RO", "40", "0"),
    ("CH", "41", "0"),
    ("AT", "43", "0"),
    ("GB", "44", "0"),
    ("DK", "45", ""),
    ("SE", "46", "0"),
    ("NO", "47", ""),
    ("PL", "48", ""),
    ("DE", "49", "0"),
    ("PE", "51", "0"),
    ("MX", "52", ""),
    ("CU", "53", "0"),
    ("AR", "54", "0"),
    ("BR", "55", "0"),
    ("CL", "56", ""),
    ("CO", "57", "0"),
    ("VE", "58", "0"),
    ("MY", "60", "0"),
    ("AU", "61", "0"),
    ("ID", "62", "0"),
    ("PH", "63", "0"),
    ("NZ", "64", "0"),
    ("SG", "65", ""),
    ("TH", "66", "0"),
    ("JP", "81", "0"),
    ("KR", "82", "0"),
    ("VN", "84", "0"),
    ("CN", "86", "0"),
    ("TR", "90", "0"),
    ("IN", "91", "0"),
    ("PK", "92", "0"),
    ("AF", "93", "0"),
    ("LK", "94", "0"),
    ("MM", "95", "0"),
    ("IR", "98", "0"),
    ("MA", "212", "0"),
    ("DZ", "213", "0"),
    ("TN", "216", ""),
    ("LY", "218", "0"),
    ("NG", "234", "0"),
    ("KE", "254", "0"),
    ("PT", "351", ""),
    ("LU", "352", ""),
    ("IE", "353", "0"),
    ("IS", "354", ""),
    ("MT", "356", ""),
    ("CY", "357", ""),
    ("FI", "358", "0"),
    ("BG", "359", "0"),
    ("LT", "370", "8"),
    ("LV", "371", ""),
    ("EE", "372", ""),
    ("MD", "373", "0"),
    ("AM", "374", "0"),
    ("BY", "375", "8"),
    ("UA", "380", "0"),
    ("RS", "381", "0"),
    ("HR", "385", "0"),
    ("SI", "386", "0"),
    ("CZ", "420", ""),
    ("SK", "421", "0"),
    ("LI", "423", ""),
    ("HK", "852", ""),
    ("MO", "853", ""),
    ("KH", "855", "0"),
    ("LA", "856", "0"),
    ("KP", "850", "0"),
    ("BD", "880", "0"),
    ("TW", "886", "0"),
    ("MV", "960", ""),
    ("LB", "961", "0"),
    ("JO", "962", "0"),
    ("SY", "963", "0"),
    ("IQ", "964", "0"),
    ("KW", "965", ""),
    ("SA", "966", "0"),
    ("YE", "967", "0"),
    ("OM", "968", ""),
    ("PS", "970", "0"),
    ("AE", "971", "0"),
    ("IL", "972", "0"),
    ("BH", "973", ""),
    ("QA", "974", ""),
    ("MN", "976", "0"),
    ("NP", "977", "0"),
    ("TJ", "992", "8"),
    ("TM", "993", "8"),
    ("AZ", "994", "0"),
    ("GE", "995", "0"),
    ("KG", "996", "0"),
    ("UZ", "998", "8"),
    // The rest of the North American Numbering Plan: offshore centres
    // (VG, KY, BM, BS) dial ten digits like the US, behind `+1`.
    ("AG", "1", "1"),
    ("AI", "1", "1"),
    ("AS", "1", "1"),
    ("BB", "1", "1"),
    ("BM", "1", "1"),
    ("BS", "1", "1"),
    ("DM", "1", "1"),
    ("DO", "1", "1"),
    ("GD", "1", "1"),
    ("GU", "1", "1"),
    ("JM", "1", "1"),
    ("KN", "1", "1"),
    ("KY", "1", "1"),
    ("LC", "1", "1"),
    ("MP", "1", "1"),
    ("MS", "1", "1"),
    ("SX", "1", "1"),
    ("TC", "1", "1"),
    ("TT", "1", "1"),
    ("VC", "1", "1"),
    ("VG", "1", "1"),
    ("VI", "1", "1"),
    // Other places shells register, and their neighbours.
    ("GG", "44", "0"),
    ("IM", "44", "0"),
    ("JE", "44", "0"),
    ("GI", "350", ""),
    ("AL", "355", "0"),
    ("AD", "376", ""),
    ("MC", "377", ""),
    ("SM", "378", ""),
    ("ME", "382", "0"),
    ("BA", "387", "0"),
    ("MK", "389", "0"),
    ("MU", "230", ""),
    ("LR", "231", "0"),
    ("GH", "233", "0"),
    ("SC", "248", ""),
    ("ET", "251", "0"),
    ("AW", "297", ""),
    ("BZ", "501", ""),
    ("GT", "502", ""),
    ("SV", "503", ""),
    ("HN", "504", ""),
    ("NI", "505", ""),
    ("CR", "506", ""),
    ("PA", "507", ""),
    ("BO", "591", "0"),
    ("EC", "593", "0"),
    ("PY", "595", "0"),
    ("UY", "598", "0"),
    ("CW", "599", ""),
    ("BN", "673", ""),
    ("NR", "674", ""),
    ("PG", "675", ""),
    ("VU", "678", ""),
    ("FJ", "679", ""),
    ("CK", "682", ""),
    ("WS", "685", ""),
    ("MH", "692", ""),
    ("BT", "975", ""),
];

fn calling_code(country: CountryCode) -> Option<(&'static str, &'static str)> {
    let country = country.as_str();
    CALLING_CODES
        .iter()
        .find(|(iso, _, _)| *iso == country)
        .map(|&(_, cc, trunk)| (cc, trunk))
}

/// Phone number to E.164 (`+861065529988`). `+` and the `00` / `011`
/// international prefixes carry their own country code; a national number is
/// read in the customer's country (trunk prefix dropped, calling code added).
/// Anything else, or a result outside E.164's 8-15 digits, is kept as given.
///
/// Why not the `phonenumber` crate: it builds, but over a population spread
/// across many regions its regex cache thrashes (regex compilation was most
/// of the run time: about 0.5 ms per number), which alone would blow the
/// 1M-customers-in-60-s budget. Comparison only needs a canonical digit
/// string, not validation, so a calling-code table suffices.
pub fn normalize_phone(s: &str, country: Option<CountryCode>) -> Option<Parsed> {
    // Full-width forms (`０３－１２３４`) are how Japanese, Chinese and Korean
    // input methods type digits; fold them to ASCII (allocates only then).
    let folded;
    let t = if s.is_ascii() {
        s.trim()
    } else {
        folded = fold_full_width(s);
        folded.trim()
    };
    if t.is_empty() || !t.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let literal = || Some(Parsed::Literal(t.to_string()));
    // RFC 3966 `tel:` URIs, as copied from web pages.
    let t = match t.get(..4) {
        Some(p) if p.eq_ignore_ascii_case("tel:") => t[4..].trim_start(),
        _ => t,
    };
    // Brazil: `0xx11 ...`, the long-distance carrier code left as `xx`.
    let t = match t.get(..3) {
        Some(p) if p.eq_ignore_ascii_case("0xx") => &t[3..],
        _ => t,
    };
    // Extensions (`x123`, `ext. 45`, `(ext. 7)`, `#200`, `;ext=9`) are not
    // part of the number.
    let main = &t[..extension_start(t)];
    if is_placeholder_number(main) {
        return None;
    }
    let vanity;
    let main = if main.bytes().any(|b| b.is_ascii_alphabetic()) {
        // Vanity numbers (`1-800-GPU-RENT`) are written in capitals; the
        // letters dial their keypad digits.
        match vanity_digits(main) {
            Some(v) => {
                vanity = v;
                vanity.as_str()
            }
            None => return literal(),
        }
    } else {
        main
    };
    // `(+34) 912...` / `(65) 6123 ...`: the country code in parentheses.
    let (main, paren_cc) = split_paren_prefix(main);
    let cc = country.and_then(calling_code);
    let paren_is_cc = paren_cc.is_some_and(|p| {
        p.starts_with('+')
            || cc.is_some_and(|(code, trunk)| {
                // Where the country has a trunk prefix, its area codes are
                // written after it (`(03) 3340 4278`), so a bracketed group
                // equal to its calling code (`(60) 3-3340 4278`) is that
                // code; not in Brazil, whose area codes go bracketed
                // without it and include `(55)`.
                p == code
                    && (trunk.is_empty() || (code != "55" && !main.trim_start().starts_with(trunk)))
            })
    });
    let plus = paren_is_cc || main.trim_start().starts_with('+');
    // `+44 (0)20 ...`: the bracketed trunk prefix is dialled only nationally.
    let main = if plus {
        main.replace("(0)", "")
    } else {
        main.to_string()
    };
    let mut d: String = String::with_capacity(main.len() + 4);
    if paren_is_cc {
        d.extend(paren_cc.unwrap_or("").chars().filter(char::is_ascii_digit));
    } else if let Some(p) = paren_cc {
        d.extend(p.chars().filter(char::is_ascii_digit));
    }
    d.extend(main.chars().filter(char::is_ascii_digit));
    let intl: Option<String> = if plus {
        Some(d)
    } else if let Some(rest) = d.strip_prefix("00") {
        Some(rest.to_string())
    } else if let (Some(rest), Some(("1", _))) = (d.strip_prefix("011"), cc) {
        Some(rest.to_string())
    } else if let Some(full) = cc.and_then(|(code, _)| written_without_plus(&d, code)) {
        Some(full)
    } else if let Some((code, trunk)) = cc {
        let nsn = if code == "1" {
            let n = if d.len() == 11 {
                d.strip_prefix('1').unwrap_or(&d)
            } else {
                &d
            };
            // A North American number is ten digits, area code 2-9:
            // anything else (`0161-9850177`, a British number written
            // nationally in a US record) is not one, so it stays as given.
            if n.len() != 10 || n.starts_with(['0', '1']) {
                return literal();
            }
            n
        } else if !trunk.is_empty() && code != "1" {
            // Belarus dials `8 0 29 ...`: the `0` after the `8` is part of
            // the trunk prefix, not of the number.
            let n = match code {
                "375" => d.strip_prefix("80"),
                _ => None,
            }
            .or_else(|| d.strip_prefix(trunk))
            .unwrap_or(&d);
            // `091-98450-12347`: the trunk `0` written before the calling
            // code in place of `+` (seen in India); only when what follows
            // is a full national number there.
            match (n.strip_prefix(code), national_len(code)) {
                (Some(rest), Some(len)) if d.starts_with(trunk) && rest.len() == len => rest,
                _ => n,
            }
        } else {
            &d
        };
        Some(format!("{code}{nsn}"))
    } else {
        None
    };
    match intl {
        Some(x) if is_keypad_national_number(&x) => None,
        Some(x) if (8..=15).contains(&x.len()) && !x.starts_with('0') => {
            Some(Parsed::Canonical(format!("+{x}")))
        }
        _ => literal(),
    }
}

/// Whether an international number (digits, no `+`) is its calling code
/// followed by a national number of seven digits or more that is the
/// keypad in order (`+65 1234 5678`, `+33 1 23 45 67 89`, `+1 234 567
/// 8901`): filler, like `is_placeholder_number`, written after a real
/// code. A national number whose area code breaks the run (`+44 20 1234
/// 5678`) is a number; one whose one-digit area code continues it
/// (`+61 2 3456 7890`) reads as filler too, a real number so spelt being
/// far rarer than the filler.
fn is_keypad_national_number(x: &str) -> bool {
    let nsn = x.get(calling_code_len(x)..).unwrap_or("");
    nsn.len() >= 7 && is_digit_run(nsn)
}

/// Length of the ITU calling code that starts an international number:
/// codes are prefix-free; `1` and `7` are the one-digit ones, then the
/// two-digit ones, and every other code has three digits.
fn calling_code_len(x: &str) -> usize {
    const TWO_DIGIT: &[&str] = &[
        "20", "27", "30", "31", "32", "33", "34", "36", "39", "40", "41", "43", "44", "45", "46",
        "47", "48", "49", "51", "52", "53", "54", "55", "56", "57", "58", "60", "61", "62", "63",
        "64", "65", "66", "81", "82", "84", "86", "90", "91", "92", "93", "94", "95", "98",
    ];
    if x.starts_with(['1', '7']) {
        1
    } else if x.get(..2).is_some_and(|p| TWO_DIGIT.contains(&p)) {
        2
    } else {
        3
    }
}

/// Whether a number is what a form gets when the customer has none to give:
/// one digit over and over, whole or after a calling code or trunk prefix
/// of up to three digits (`0000000000`, `+1 111-111-1111`, `8 (000)
/// 000-00-00`), a short run of one digit (`000`), or the whole number the
/// keypad in order (`123456`, `1234567890`, `987654321`). Strangers type
/// the same filler, so it must not match as a number; it is read as no
/// phone at all. A real number with a run after
/// its prefix (`050 123 4567`, `+971 50 123 4567`) is not filler.
fn is_placeholder_number(s: &str) -> bool {
    let d: Vec<u8> = s
        .bytes()
        .filter(u8::is_ascii_digit)
        .map(|b| b - b'0')
        .collect();
    let repeated = |t: &[u8]| t.len() >= 6 && steps_by(t, 0);
    // `000`, `0000`: one digit typed a few times is filler however short.
    let filler = d.len() >= 3 && steps_by(&d, 0);
    // `123456`, `1234567`, `9876543`: the keypad run.
    let keypad = d.len() >= 6 && ((d[0] <= 1 && steps_by(&d, 1)) || (d[0] == 9 && steps_by(&d, 9)));
    filler || keypad || (0..=3).any(|k| d.get(k..).is_some_and(repeated))
}

/// Whether each digit (a value 0-9) is the one before it plus `k`, wrapping
/// at 10: 0 repeats a digit, 1 counts up the keypad, 9 counts down.
pub(super) fn steps_by(d: &[u8], k: u8) -> bool {
    d.windows(2).all(|w| w[1] == (w[0] + k) % 10)
}

/// Most numbers one phone field is read as; the rest is ignored.
pub const MAX_PHONES_PER_FIELD: usize = 4;

/// Fewest digits a part of a phone field needs to be a number of its own.
/// Shorter parts are an extension (`+852 2376 6750,778`: a comma is a
/// dialling pause before one) or an area code written before a slash
/// (`089/3667 7016`).
const MIN_PHONE_DIGITS: usize = 6;

/// Every number in a phone field, each read by [`normalize_phone`].
///
/// Customers type several numbers into one field: `Tel: +852-6322-4910;
/// Mob: +852 3270 4999`, `+7 985 653-30-63 or 995 32 589 3660`, an office
/// line and a mobile on two lines. Read whole, the digits run together into
/// a number nobody dials, and the field matches no one; read apart, each
/// number matches the same number elsewhere. Labels (`Tel:`, `моб.:`,
/// `Office:`) are dropped. A part too short to be a number is an extension
/// of the one before it, or, before a `/`, an area code of the one after.
/// At most [`MAX_PHONES_PER_FIELD`] numbers, in the order written.
pub fn normalize_phones(s: &str, country: Option<CountryCode>) -> Vec<Parsed> {
    let folded;
    let s = if s.is_ascii() {
        s
    } else {
        folded = fold_full_width(s);
        folded.as_str()
    };
    // Full-width and other scripts' digits and punctuation are ASCII now.
    let digits = |p: &str| p.bytes().filter(u8::is_ascii_digit).count();
    // Split at separators, remembering which one ended each part.
    let mut parts: Vec<(&str, bool)> = Vec::new(); // (text, ended by a slash)
    let mut start = 0;
    let mut iter = s.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        let rest = &s[i..];
        let sep_len = match c {
            '\n' | '\r' | ';' | '|' | ',' | '/' | '、' => c.len_utf8(),
            '或' => c.len_utf8(),
            ' ' => [" or ", " OR ", " или ", " и ", " and ", " & "]
                .iter()
                .find(|w| rest.starts_with(**w))
                .map_or(0, |w| w.len() - 1),
            _ => 0,
        };
        if sep_len == 0 {
            continue;
        }
        parts.push((&s[start..i], c == '/'));
        start = i + sep_len;
        while iter.peek().is_some_and(|&(j, _)| j < start) {
            iter.next();
        }
    }
    parts.push((&s[start..], false));
    if parts.len() == 1 {
        return normalize_phone(strip_phone_label(s), country)
            .into_iter()
            .collect();
    }
    // Join each area code before a slash to what follows; drop extensions.
    let mut numbers: Vec<String> = Vec::new();
    let mut pending = String::new();
    for (text, slash) in parts {
        let text = strip_phone_label(text);
        if digits(text) == 0 && pending.is_empty() {
            continue;
        }
        if !pending.is_empty() {
            pending.push(' ');
        }
        pending.push_str(text);
        let n = digits(&pending);
        if n >= MIN_PHONE_DIGITS {
            numbers.push(std::mem::take(&mut pending));
        } else if !slash && !numbers.is_empty() {
            // `,778` after a number: its extension.
            pending.clear();
        }
    }
    // Too short to stand alone and nothing to attach to: kept as given.
    if !pending.is_empty() && numbers.is_empty() {
        numbers.push(pending);
    }
    let mut out: Vec<Parsed> = Vec::new();
    for n in numbers {
        if let Some(p) = normalize_phone(&n, country) {
            if !out.contains(&p) {
                out.push(p);
            }
        }
        if out.len() == MAX_PHONES_PER_FIELD {
            break;
        }
    }
    out
}

/// `Tel: +44 ...`, `моб.: 6651 9284`, `Office (435) 3708` less the label:
/// leading text up to a colon with no digit before it, else leading letters
/// and dots before the first digit, `+` or `(`. Takes text already through
/// [`fold_full_width`].
fn strip_phone_label(t: &str) -> &str {
    let t = t.trim();
    if let Some((label, rest)) = t.split_once(':') {
        if !label.chars().any(|c| c.is_ascii_digit()) {
            return rest.trim();
        }
    }
    t.trim_start_matches(|c: char| c.is_alphabetic() || c == '.' || c.is_whitespace())
}

/// Full-width ASCII forms (U+FF01..U+FF5E) and the ideographic space to
/// ASCII, and the decimal digits of other scripts to ASCII digits: Arabic
/// (`٠١٢`), Persian (`۰۲۱ ۸۶۸۵-۱۰۹۴`), Devanagari, Bengali and Thai, as
/// Iranian, Arab, Indian and Thai customers type their numbers.
fn fold_full_width(s: &str) -> String {
    s.chars()
        .map(|c| {
            let zero = match c {
                '\u{0660}'..='\u{0669}' => 0x0660,
                '\u{06F0}'..='\u{06F9}' => 0x06F0,
                '\u{0966}'..='\u{096F}' => 0x0966,
                '\u{09E6}'..='\u{09EF}' => 0x09E6,
                '\u{0E50}'..='\u{0E59}' => 0x0E50,
                '\u{FF01}'..='\u{FF5E}' => {
                    return char::from_u32(c as u32 - 0xFEE0).unwrap_or(c);
                }
                '\u{3000}' => return ' ',
                _ => return c,
            };
            char::from_u32(u32::from('0') + c as u32 - zero).unwrap_or(c)
        })
        .collect()
}

/// Byte offset where an extension begins (`x`, `ext`, `ext.`, `#`, `;`,
/// `extension`), or the length: the marker must follow a digit or space and
/// be followed by digits only.
fn extension_start(t: &str) -> usize {
    // By characters: a number may carry non-ASCII text (`转602`, Chinese
    // for "extension 602"), and slicing inside a character panics.
    for (i, _) in t.char_indices() {
        let rest = &t[i..];
        let r = rest.as_bytes();
        let marker_len = if r.len() >= 9 && r[..9].eq_ignore_ascii_case(b"extension") {
            9
        } else if r.len() >= 3 && r[..3].eq_ignore_ascii_case(b"ext") {
            3
        } else if matches!(r[0], b'x' | b'X' | b'#' | b';') {
            1
        } else if let Some(m) = ["分机", "转", "內線", "内线"]
            .iter()
            .find(|m| rest.starts_with(**m))
        {
            m.len()
        } else {
            continue;
        };
        if i == 0 || !t[..i].bytes().any(|c| c.is_ascii_digit()) {
            continue;
        }
        let tail = rest[marker_len..].trim_matches(|c: char| {
            c == '.' || c == ':' || c == '=' || c == ')' || c.is_whitespace()
        });
        let tail = tail
            .strip_prefix("ext=")
            .or_else(|| tail.strip_prefix("EXT="))
            .unwrap_or(tail);
        if !tail.is_empty() && tail.len() <= 6 && tail.bytes().all(|c| c.is_ascii_digit()) {
            // Drop a `(` that opened the extension, and spaces.
            return t[..i]
                .trim_end_matches(|c: char| c == '(' || c.is_whitespace())
                .len();
        }
    }
    t.len()
}

/// Vanity number to digits by the ITU E.161 keypad, when its letters are all
/// capitals (as vanity numbers are printed) and it has at least 3 digits.
fn vanity_digits(t: &str) -> Option<String> {
    if t.bytes().filter(u8::is_ascii_digit).count() < 3
        || t.bytes().any(|b| b.is_ascii_lowercase() || !b.is_ascii())
    {
        return None;
    }
    Some(
        t.bytes()
            .map(|b| match b {
                b'A'..=b'C' => '2',
                b'D'..=b'F' => '3',
                b'G'..=b'I' => '4',
                b'J'..=b'L' => '5',
                b'M'..=b'O' => '6',
                b'P'..=b'S' => '7',
                b'T'..=b'V' => '8',
                b'W'..=b'Z' => '9',
                _ => b as char,
            })
            .collect(),
    )
}

/// A leading parenthesised group (`(+34)`, `(65)`) and what follows it.
fn split_paren_prefix(t: &str) -> (&str, Option<&str>) {
    let s = t.trim_start();
    if let Some(rest) = s.strip_prefix('(') {
        if let Some((inner, after)) = rest.split_once(')') {
            let inner = inner.trim();
            let digits = inner.trim_start_matches('+');
            if !digits.is_empty() && digits.len() <= 4 && digits.bytes().all(|b| b.is_ascii_digit())
            {
                return (after, Some(inner));
            }
        }
    }
    (t, None)
}

/// Length of a national significant number where the country uses one
/// length for all numbers (used only to read `0<code><number>`).
/// Calling codes whose numbering plan is closed and well known, with the
/// shortest and longest national significant number under each. ITU codes
/// are prefix-free, so at most one of them starts a digit string.
const CALLING_CODE_LENGTHS: &[(&str, usize, usize)] = &[
    ("1", 10, 10),
    ("7", 10, 10),
    ("27", 9, 9),
    ("30", 10, 10),
    ("31", 9, 9),
    ("32", 8, 9),
    ("33", 9, 9),
    ("34", 9, 9),
    ("41", 9, 9),
    ("44", 9, 10),
    ("48", 9, 9),
    ("52", 10, 10),
    ("55", 10, 11),
    ("60", 9, 10),
    ("61", 9, 9),
    ("65", 8, 8),
    ("81", 9, 10),
    ("86", 10, 11),
    ("90", 10, 10),
    ("91", 10, 10),
    ("92", 10, 10),
    ("98", 10, 10),
    // Offshore registries (incorporation agents' switchboards).
    ("230", 7, 8),
    ("248", 7, 7),
    ("350", 8, 8),
    ("356", 8, 8),
    ("357", 8, 8),
    ("370", 8, 8),
    ("371", 8, 8),
    ("372", 7, 8),
    ("373", 8, 8),
    ("374", 8, 8),
    ("375", 9, 9),
    ("377", 8, 9),
    ("380", 9, 9),
    ("423", 7, 7),
    ("501", 7, 7),
    ("507", 7, 8),
    ("692", 7, 7),
    ("852", 8, 8),
    ("853", 8, 8),
    ("965", 8, 8),
    ("966", 8, 9),
    ("968", 8, 8),
    ("971", 8, 9),
    ("972", 8, 9),
    ("973", 8, 8),
    ("974", 8, 8),
    ("992", 9, 9),
    ("993", 8, 8),
    ("994", 9, 9),
    ("995", 9, 9),
    ("996", 9, 9),
    ("998", 9, 9),
];

/// A number written without `+` in international form: `375 29 710 88 67`
/// in a Belarusian record, `86 27 8358 4854` (a Chinese number) in a Hong
/// Kong one. Only where the record's country has a closed plan and the
/// digits are too many for a national number there, and a calling code
/// starts them followed by a full national number of its own country.
fn written_without_plus(d: &str, own_code: &str) -> Option<String> {
    let &(_, _, own_max) = CALLING_CODE_LENGTHS
        .iter()
        .find(|(c, _, _)| *c == own_code)?;
    if d.len() <= own_max || d.starts_with('0') {
        return None;
    }
    CALLING_CODE_LENGTHS.iter().find_map(|&(c, lo, hi)| {
        let rest = d.strip_prefix(c)?;
        (lo..=hi).contains(&rest.len()).then(|| d.to_string())
    })
}

fn national_len(code: &str) -> Option<usize> {
    match code {
        "91" => Some(10), // India
        _ => None,
    }
}
