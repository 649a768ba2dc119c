//! Strong identifiers: SSH keys, payment fingerprints and registration ids.

use super::*;

/// A SHA-256 fingerprint without its `SHA256:` prefix: 32 bytes in
/// standard base64 are 43 characters (`ssh-keygen -l` prints them so, the
/// 44th being the `=` padding some tools keep). Nothing else SSH prints has
/// that shape: MD5 fingerprints are hex with colons, key blobs are longer.
fn is_bare_sha256_fingerprint(t: &str) -> bool {
    let body = if t.len() == 44 {
        t.strip_suffix('=')
    } else {
        Some(t)
    };
    body.is_some_and(|b| {
        b.len() == 43
            && b.bytes()
                .all(|c| c.is_ascii_alphanumeric() || c == b'+' || c == b'/')
    })
}

/// SSH key fingerprint: `SHA256:` fingerprints keep their (case-sensitive)
/// base64 without padding, and a bare one (see
/// `is_bare_sha256_fingerprint`) gains the prefix; MD5 colon-hex is
/// lower-cased; a full public key line becomes its OpenSSH SHA-256
/// fingerprint (see `normalize_ssh_key_values`), or keeps its type and key
/// when the key does not decode.
pub fn normalize_ssh_key(s: &str) -> Option<String> {
    normalize_ssh_key_values(s).map(|(v, _)| v)
}

/// A full public key line's fingerprints as `ssh-keygen -l` prints them:
/// `SHA256:` + unpadded base64 of SHA-256 over the decoded key blob, and
/// `MD5:` + hex of MD5 over it (the older default, still what many
/// consoles show). None unless the line is `<type> <base64 blob>` whose blob
/// names the same type, as OpenSSH's wire format does.
fn ssh_key_fingerprints(kind: &str, key: &str) -> Option<(String, String)> {
    use base64::Engine as _;
    use md5::Digest as _;
    use sha2::Digest as _;
    let blob = base64::engine::general_purpose::STANDARD.decode(key).ok()?;
    let name_len = u32::from_be_bytes(blob.get(..4)?.try_into().ok()?) as usize;
    if blob.get(4..4 + name_len)? != kind.as_bytes() {
        return None;
    }
    let sha = sha2::Sha256::digest(&blob);
    let sha = base64::engine::general_purpose::STANDARD_NO_PAD.encode(sha);
    let md5 = md5::Md5::digest(&blob);
    let mut hex = String::with_capacity(36);
    hex.push_str("MD5:");
    for b in md5.iter() {
        use std::fmt::Write as _;
        let _ = write!(hex, "{b:02x}");
    }
    Some((format!("SHA256:{sha}"), hex))
}

/// The SSH key's normalised value and, for a full public key, a second one:
/// its MD5 fingerprint (the first being its SHA-256 one), so a customer who
/// gives either fingerprint matches the key.
pub fn normalize_ssh_key_values(s: &str) -> Option<(String, Option<String>)> {
    let t = s.trim();
    if t.len() < 8 {
        return None;
    }
    // A fingerprint as `ssh-keygen -l` prints it, with the key's size before
    // and its comment and type after (`256 SHA256:... deploy@ci (ED25519)`),
    // or with a comment only: the fingerprint. The comment is the host
    // or user it was made on, and the same key is pasted with others.
    let mut words = t.split_whitespace();
    let first = words.next().unwrap_or(t);
    let fingerprint = if first.bytes().all(|b| b.is_ascii_digit()) {
        words.next()
    } else {
        Some(first)
    };
    if let Some(f) = fingerprint.filter(|&f| f != t && is_fingerprint_token(f)) {
        return normalize_ssh_key_values(f);
    }
    if t.len() > 7 && t.is_char_boundary(7) && t[..7].eq_ignore_ascii_case("sha256:") {
        return Some((
            format!("SHA256:{}", t[7..].trim().trim_end_matches('=')),
            None,
        ));
    }
    if is_bare_sha256_fingerprint(t) {
        return Some((format!("SHA256:{}", t.trim_end_matches('=')), None));
    }
    let t2 = if t.len() > 4 && t.is_char_boundary(4) && t[..4].eq_ignore_ascii_case("md5:") {
        &t[4..]
    } else {
        t
    };
    if t2.bytes().all(|b| b.is_ascii_hexdigit() || b == b':') {
        return Some((
            format!("MD5:{}", t2.to_ascii_lowercase().replace(':', "")),
            None,
        ));
    }
    let mut parts = t.split_whitespace();
    match (parts.next(), parts.next()) {
        (Some(kind), Some(key)) if kind.starts_with("ssh-") || kind.starts_with("ecdsa-") => {
            match ssh_key_fingerprints(kind, key) {
                Some((sha, md5)) => Some((sha, Some(md5))),
                None => Some((format!("{kind} {key}"), None)),
            }
        }
        _ => Some((t.to_string(), None)),
    }
}

/// Whether one word is an SSH key fingerprint with its hash named
/// (`SHA256:...`, `MD5:...`), as `ssh-keygen -l` prints it.
fn is_fingerprint_token(w: &str) -> bool {
    let named = |prefix: &str| {
        w.len() > prefix.len()
            && w.is_char_boundary(prefix.len())
            && w[..prefix.len()].eq_ignore_ascii_case(prefix)
    };
    named("sha256:") || named("md5:")
}

fn is_placeholder(t: &str) -> bool {
    let b = t.as_bytes();
    b.len() < 4
        || b.iter().all(|&c| c == b[0])
        || matches!(
            t,
            "NONE" | "NULL" | "UNKNOWN" | "PENDING" | "TBD" | "NOTAPPLICABLE" | "NIL"
        )
}

/// Six or more digits counting up or down by one (`123456`, `0123456789`,
/// `987654321`), wrapping at 9.
pub(super) fn is_digit_run(t: &str) -> bool {
    if t.len() < 6 || !t.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    let d: Vec<u8> = t.bytes().map(|b| b - b'0').collect();
    steps_by(&d, 1) || steps_by(&d, 9)
}

/// A payment method written where its fingerprint belongs (`manual_invoice`,
/// `Bank Transfer`, `PAYPAL`, `ManualInvoice`): no digit, and every word
/// (split at separators and at a capital after a small letter) a payment
/// method's word. A processor's short token without a digit (a Braintree
/// token, a PayPal payer id) stays a fingerprint.
fn is_payment_label(t: &str) -> bool {
    const METHOD_WORDS: &[&str] = &[
        "ach", "bank", "bill", "billing", "bitcoin", "btc", "card", "cash", "check", "cheque",
        "credit", "crypto", "debit", "direct", "invoice", "invoiced", "manual", "method", "na",
        "none", "offline", "order", "other", "payment", "paypal", "pending", "po", "prepaid",
        "purchase", "sepa", "swift", "terms", "transfer", "unknown", "usdt", "wire",
    ];
    if t.chars().any(|c| c.is_ascii_digit()) {
        return false;
    }
    let mut words: Vec<String> = Vec::new();
    let mut prev_lower = false;
    for c in t.chars() {
        if !c.is_alphanumeric() {
            prev_lower = false;
            words.push(String::new());
            continue;
        }
        if (c.is_uppercase() && prev_lower) || words.is_empty() {
            words.push(String::new());
        }
        prev_lower = c.is_lowercase();
        if let Some(w) = words.last_mut() {
            w.extend(c.to_lowercase());
        }
    }
    words.retain(|w| !w.is_empty());
    !words.is_empty() && words.iter().all(|w| METHOD_WORDS.contains(&w.as_str()))
}

/// A payment processor's test-mode value pasted where a live card's
/// fingerprint belongs: Stripe's test tokens and payment methods, which
/// name a card brand or a test case and carry no digit (`tok_visa`,
/// `pm_card_mastercard`, `tok_chargeDeclined`; live ids carry digits,
/// `tok_1N3T00LkdIwHu7ix`), and the fingerprint Stripe's API reference
/// prints for its test card 4242 4242 4242 4242 (`Xt5EWLLDS7FJjR1c`).
/// Every developer who copies the examples gives the same one.
fn is_processor_test_value(t: &str) -> bool {
    const TEST_PREFIXES: &[&str] = &["tok_", "pm_", "card_", "src_"];
    let lower = t.to_ascii_lowercase();
    if lower == "xt5ewllds7fjjr1c" {
        return true;
    }
    TEST_PREFIXES.iter().any(|p| {
        lower.strip_prefix(p).is_some_and(|rest| {
            !rest.is_empty() && rest.bytes().all(|b| b.is_ascii_alphabetic() || b == b'_')
        })
    })
}

/// Labels written in front of a registration number (`EIN 12-3456780`,
/// `Company No. 0123`, `ОГРН 1027...`, `CNPJ ...`), as whole tokens,
/// upper case and transliterated. `NO`/`NR`/`NUMBER` follow another label.
const REG_ID_LABELS: &[&str] = &[
    "EIN",
    "TIN",
    "FEIN",
    "VAT",
    "VATIN",
    "UST",
    "USTIDNR",
    "COMPANY",
    "CO",
    "REG",
    "REGN",
    "REGISTRATION",
    "REGISTERED",
    "CRN",
    "CNPJ",
    "CPF",
    "UEN",
    "OGRN",
    "OGRNIP",
    "INN",
    "KPP",
    "CIN",
    "LLPIN",
    "SIREN",
    "SIRET",
    "KVK",
    "ABN",
    "ACN",
    "NZBN",
    "BRN",
    "CR",
    "CN",
    "NIF",
    "CIF",
    "NIPC",
    "NIE",
    "USCC",
    "RCS",
    "ID",
    "NO",
    "NR",
    "NUMBER",
    "NUM",
    "NUMMER",
    "N",
    // Trade licences (UAE: `Trade Licence No. 954721`).
    "TRADE",
    "LICENCE",
    "LICENSE",
    "LIC",
    // Tax and business numbers of the CIS, the Caucasus and Turkey, Latin
    // or transliterated (`УНП` is UNP, `БИН` BIN, `СТИР` STIR): Belarus UNP,
    // Kazakhstan BIN / IIN, Uzbekistan STIR, Azerbaijan VOEN, Armenia HVHH,
    // Ukraine EDRPOU, Turkey Vergi No / MERSIS No.
    "UNP",
    "BIN",
    "IIN",
    "STIR",
    "VOEN",
    "HVHH",
    "EDRPOU",
    "VERGI",
    "MERSIS",
    "TAX",
    // International Business Company (Seychelles, BVI, Belize): the form,
    // written before the number.
    "IBC",
];

/// Tax and company numbers' abbreviations dropped only for the countries
/// that use them (or a record without a country): a few letters that open
/// a number elsewhere (a Mexican RFC starts with three letters of the
/// company's name, `NIT-850101-AB1`) are part of it there.
const REG_ID_COUNTRY_LABELS: &[(&str, &[&str])] = &[
    ("NPWP", &["ID"]),
    ("NIB", &["ID"]),
    ("RFC", &["MX"]),
    ("GSTIN", &["IN"]),
    ("GST", &["IN"]),
    ("PAN", &["IN"]),
    ("NIP", &["PL"]),
    ("KRS", &["PL"]),
    ("REGON", &["PL"]),
    ("TRN", &["AE"]),
    ("ICO", &["CZ", "SK"]),
    ("DIC", &["CZ", "SK"]),
    ("OIB", &["HR"]),
    ("CUI", &["RO"]),
    ("EIK", &["BG"]),
    ("MST", &["VN"]),
    ("RUC", &["PE", "EC", "PY"]),
    ("RUT", &["CL", "UY"]),
    ("CUIT", &["AR"]),
    ("NIT", &["CO", "GT", "BO"]),
    ("SSM", &["MY"]),
    ("UBN", &["TW"]),
];

/// Labels written in their own script before a number. Chinese, Japanese
/// and Korean run their words together, so read into Latin letters a label
/// would be one long word glued to nothing the lists above know; they are
/// removed before the text is read. Longer labels come before the shorter
/// ones they contain.
const REG_ID_NATIVE_LABELS: &[&str] = &[
    // China: unified social credit code, business licence, registration number.
    "统一社会信用代码",
    "統一社會信用代碼",
    "社会信用代码",
    "信用代码",
    "营业执照注册号",
    "营业执照号码",
    "营业执照",
    "注册号",
    "注册编号",
    // Taiwan: unified business number; Hong Kong: business registration.
    "統一編號",
    "统一编号",
    "商業登記號碼",
    "商业登记号码",
    "公司編號",
    // Japan: qualified-invoice registration number, corporate number.
    "適格請求書発行事業者登録番号",
    "登録番号",
    "会社法人等番号",
    "法人番号",
    // Korea: business registration number, corporate registration number.
    "사업자등록번호",
    "법인등록번호",
    "사업자번호",
];

/// Company registration number: upper case, letters and digits only;
/// placeholders (`N/A`, `0000`, `unknown`) give `None`. See
/// `normalize_registration_id_in`.
pub fn normalize_registration_id(s: &str) -> Option<String> {
    normalize_registration_id_in(s, None)
}

/// Company registration number in the record's country: leading labels
/// (`EIN`, `Company No.`, `RCS Paris`, `ОГРН`) dropped; a purely numeric
/// number without leading zeros (registries pad to a width: UK `01234567`
/// is `1234567`); a prefix equal to the country's ISO code dropped (EU VAT
/// numbers are the national number behind it: `GB01234568`, `ESB12345679`);
/// a French SIRET (14 digits) reduced to its SIREN (the first 9).
pub fn normalize_registration_id_in(s: &str, country: Option<CountryCode>) -> Option<String> {
    let unlabelled;
    let s = if s.is_ascii() {
        s
    } else {
        unlabelled = REG_ID_NATIVE_LABELS.iter().fold(s.to_string(), |acc, l| {
            if acc.contains(l) {
                acc.replace(l, " ")
            } else {
                acc
            }
        });
        unlabelled.as_str()
    };
    let d = leasegate_names::to_ascii(s).to_ascii_uppercase();
    let mut toks = d
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|t| !t.is_empty())
        .peekable();
    let mut t = String::with_capacity(d.len());
    while let Some(tok) = toks.next() {
        // `CY-HE 867552`, `US-DE-8244713`: the country written before the
        // registry's own prefix, as its own word.
        let own_country = country.is_some_and(|c| c.as_str() == tok);
        let country_label = REG_ID_COUNTRY_LABELS
            .iter()
            .any(|(l, cs)| *l == tok && country.is_none_or(|c| cs.contains(&c.as_str())));
        if t.is_empty()
            && (own_country || country_label || REG_ID_LABELS.contains(&tok))
            && toks.peek().is_some()
        {
            // `RCS Paris 732 829 321`: the city follows the label.
            if tok == "RCS" {
                while toks
                    .peek()
                    .is_some_and(|n| n.bytes().all(|b| b.is_ascii_alphabetic()))
                {
                    toks.next();
                }
            }
            continue;
        }
        t.push_str(tok);
    }
    // No digit, or only labels (`APPLIED FOR`, `NOT REGISTERED`, `Company
    // No.`): a status a form was filled with. Every register's numbers
    // carry digits.
    if !t.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    if let Some(cc) = country {
        if let Some(rest) = t.strip_prefix(cc.as_str()) {
            if rest.len() >= 6
                && rest.bytes().filter(u8::is_ascii_digit).count() >= 6
                && rest.bytes().take(2).any(|b| b.is_ascii_digit())
            {
                t = rest.to_string();
            }
        }
        if cc.as_str() == "FR" && t.len() == 14 && t.bytes().all(|b| b.is_ascii_digit()) {
            t.truncate(9);
        }
    }
    // Japan: an invoice registration number is `T` and the company's
    // 13-digit corporate number, so both name one company.
    if country.is_some_and(|c| c.as_str() == "JP")
        && t.len() == 14
        && t.starts_with('T')
        && t[1..].bytes().all(|b| b.is_ascii_digit())
    {
        t.remove(0);
    }
    // A keypad run (`123456789`) is what a mandatory field is filled with;
    // checked before leading zeros go, so a padded `00123456` stays.
    if is_placeholder(&t) || is_digit_run(&t) {
        return None;
    }
    if t.bytes().all(|b| b.is_ascii_digit()) {
        let z = t.trim_start_matches('0');
        if z.len() != t.len() {
            t = z.to_string();
        }
    }
    if is_placeholder(&t) {
        None
    } else {
        Some(t)
    }
}

/// Labels in front of a hex card fingerprint, as exports print them.
const PAYMENT_FP_LABELS: &[&str] = &["fp_", "fp:", "sha256:", "sha1:", "md5:", "fingerprint:"];

/// Payment instrument fingerprint. A hex digest (at least 16 hex digits, in
/// either case, grouped by `:`, `-` or spaces, optionally behind a label
/// such as `fp_` or `sha256:`) is one value: lower-case hex alone.
/// Anything else is opaque: lower-cased, each run of the separators exports
/// vary (`-`, `_`, `.`, `:`, spaces) one `_`, so `fp_Card-12` is
/// `FP CARD 12` (`fp_card_12`).
/// Processors' fingerprints such as Stripe's are case-sensitive base62, but
/// two distinct 16-character ones that differ only in case are a 2^-40
/// chance across a million customers; an export that changed the case is
/// far likelier.
pub fn normalize_payment_fingerprint(s: &str) -> Option<String> {
    let t = s.trim();
    if is_placeholder(&t.to_ascii_uppercase()) || is_payment_label(t) || is_processor_test_value(t)
    {
        return None;
    }
    let mut body = t;
    for l in PAYMENT_FP_LABELS {
        if body.len() > l.len()
            && body.is_char_boundary(l.len())
            && body[..l.len()].eq_ignore_ascii_case(l)
        {
            body = body[l.len()..].trim_start();
            break;
        }
    }
    let hex_only = body
        .bytes()
        .all(|b| b.is_ascii_hexdigit() || matches!(b, b':' | b'-' | b' '));
    let n_hex = body.bytes().filter(u8::is_ascii_hexdigit).count();
    if hex_only && n_hex >= 16 {
        let mut out = String::with_capacity(n_hex);
        out.extend(
            body.bytes()
                .filter(u8::is_ascii_hexdigit)
                .map(|b| b.to_ascii_lowercase() as char),
        );
        return Some(out);
    }
    // Lower case, each run of separators one `_`.
    let key = |s: &str| -> String {
        let mut out = String::with_capacity(s.len());
        for part in s
            .split(|c: char| matches!(c, '-' | '_' | '.' | ':') || c.is_whitespace())
            .filter(|p| !p.is_empty())
        {
            if !out.is_empty() {
                out.push('_');
            }
            out.extend(part.chars().flat_map(char::to_lowercase));
        }
        out
    };
    // A label before a long token is formatting too (`fp_1ByB7CaPEQGQNxjz`
    // is `1ByB7CaPEQGQNxjz`); before a short one it is part of the value.
    let bare = key(body);
    if bare.len() >= 12 {
        return Some(bare);
    }
    let whole = key(t);
    (!whole.is_empty()).then_some(whole)
}
