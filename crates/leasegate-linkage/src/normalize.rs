//! Attribute normalisers. Each turns one raw attribute into the canonical text
//! that blocking and comparison use, or `None` when nothing usable is left
//! (empty, placeholder). All pure and deterministic.

use leasegate_core::CountryCode;
use std::net::IpAddr;

pub use crate::person::{for_each_person_key, normalize_person, person_keys, persons_may_match};

/// Lower-cased ASCII tokens of `s` (non-Latin scripts transliterated), split
/// on anything that is not a letter or digit.
pub(crate) fn ascii_tokens(s: &str) -> Vec<String> {
    let ascii = leasegate_names::to_ascii(s).to_ascii_lowercase();
    ascii
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|t| !t.is_empty())
        .map(str::to_string)
        .collect()
}

fn is_digits(t: &str) -> bool {
    !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit())
}

/// An office's number after an abbreviation that is also a word (`Off.
/// 12A`, Russian `of. 200c`): digits, and perhaps one letter after them.
/// Not an ordinal (`off 5th Avenue` is a direction).
fn is_office_number(t: &str) -> bool {
    let d = t.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    is_digits(d) && t.len() - d.len() <= 1
}

/// `1st`, `22nd`, `3rd`, `4th` -> the number.
fn strip_ordinal(t: &str) -> Option<&str> {
    for suf in ["st", "nd", "rd", "th"] {
        if let Some(n) = t.strip_suffix(suf) {
            if is_digits(n) {
                return Some(n);
            }
        }
    }
    None
}

fn street_word(t: &str) -> &str {
    match t {
        // German Straße (ß transliterated "ss"; "strase" is the common
        // single-s misspelling), its abbreviation Str., and Dutch straat
        // (abbreviated str. too): one word, whichever language.
        "st" | "str" | "strasse" | "strase" | "straat" => "street",
        "rd" => "road",
        // Spanish and Portuguese avenida (Av., Avda.), Russian prospekt.
        "ave" | "av" | "avn" | "avenida" | "avda" | "prospekt" | "prosp" => "avenue",
        "blvd" | "bd" | "bld" | "boul" => "boulevard",
        // Russian ulitsa (ul.): street.
        "ulitsa" | "ul" => "street",
        // Portuguese rua is French rue (R. abbreviates both).
        "rua" => "rue",
        "dr" | "drv" => "drive",
        "ln" => "lane",
        "ct" => "court",
        "hwy" => "highway",
        "sq" => "square",
        // German Platz, abbreviated Pl. like the English Place.
        "pl" | "platz" => "place",
        "pkwy" => "parkway",
        "cres" => "crescent",
        "tce" | "terr" => "terrace",
        "bldg" => "building",
        "blk" => "block",
        "twr" => "tower",
        "ctr" | "center" | "cntr" => "centre",
        "dist" => "district",
        "prov" => "province",
        "ind" => "industrial",
        "intl" => "international",
        "n" => "north",
        "s" => "south",
        "e" => "east",
        "w" => "west",
        // Malay (Jalan, Lorong, Taman) and Turkish (Caddesi, Sokak,
        // Mahallesi) street words and their usual abbreviations.
        "jln" => "jalan",
        "lrg" => "lorong",
        "tmn" => "taman",
        "psrn" => "persiaran",
        "lbh" => "lebuh",
        "kpg" => "kampung",
        "cd" | "cad" | "cadde" => "caddesi",
        "bulv" | "blv" => "bulvari",
        // Russian naberezhnaya (nab.), pereulok (per.) and shosse.
        "nab" | "naberezhnaya" => "embankment",
        "pereulok" => "lane",
        "shosse" => "highway",
        // Hong Kong's `Queen's Road Ctrl`.
        "ctrl" => "central",
        "sok" => "sokak",
        "mah" | "mh" => "mahallesi",
        "mt" => "mount",
        "ft" => "fort",
        _ => t,
    }
}

fn is_unit_word(t: &str) -> bool {
    matches!(
        t,
        "unit"
            | "suite"
            | "ste"
            | "apt"
            | "apartment"
            | "room"
            | "rm"
            | "office"
            | "ofc"
            | "flat"
            | "kv"
            | "ofis"
            // German Büro and Einheit, French bureau, Russian pomeshchenie
            // (`pom.`).
            | "buro"
            | "bureau"
            | "einheit"
            | "pom"
            // A US private mailbox (`PMB 204`): one renter's box at a mail
            // drop or registered agent.
            | "pmb"
            // Portuguese sala, conjunto (`cj.`, `conj.`), loja and
            // apartamento (`apto`); Spanish oficina, despacho and
            // departamento (`dpto`, `depto`); Polish lokal (`lok.`); French
            // appartement (`appt`); Italian interno; Vietnamese phòng.
            // Only ever read before a number or a one-letter unit.
            | "sala"
            | "conj"
            | "conjunto"
            | "cj"
            | "loja"
            | "apto"
            | "oficina"
            | "despacho"
            | "dpto"
            | "depto"
            | "lok"
            | "lokal"
            | "appt"
            | "appartement"
            | "interno"
            | "phong"
    )
}

fn is_floor_word(t: &str) -> bool {
    // Malay `tingkat` and `aras` (Level 16 = Tingkat 16).
    matches!(
        t,
        "floor" | "fl" | "flr" | "f" | "level" | "lvl" | "tingkat" | "aras"
    )
}

/// A unit or floor designator misspelt by one edit ("Suxte 400", "Flor 12"),
/// read as the designator only where it stands right before a number:
/// otherwise the typo would turn `unit400` into two tokens and the address
/// into one whose numbers differ, which no typo-tolerant match bends. Not
/// after a number: "12 Lever Street" and "12 Flood Street" are streets, not
/// floors. Only designators of four letters or more, and words of three or
/// more, are bent: shorter ones are too close to other words (fl / ft / st).
fn is_misspelt(t: &str, words: &[&str]) -> bool {
    t.len() >= 3
        && t.bytes().all(|b| b.is_ascii_alphabetic())
        && words
            .iter()
            .any(|w| w.len() >= 4 && within_one_edit(t.as_bytes(), w.as_bytes()))
}

const UNIT_WORDS: &[&str] = &["unit", "suite", "apartment", "room", "office"];
const FLOOR_WORDS: &[&str] = &["floor", "level"];

/// Words that differ between formatting variants of one address without
/// changing where it is: fillers and country names (present in one variant,
/// omitted in another).
fn is_address_noise(t: &str) -> bool {
    matches!(
        t,
        "the"
            | "of"
            | "and"
            | "at"
            | "no"
            | "nr"
            | "number"
            | "china"
            | "prc"
            | "peoples"
            | "republic"
            | "usa"
            | "america"
            | "united"
            | "states"
            | "kingdom"
            | "uk"
            | "germany"
            | "deutschland"
            | "singapore"
            | "russia"
            | "russian"
            | "federation"
            | "uae"
            | "emirates"
            | "arab"
            | "netherlands"
            | "france"
            | "japan"
            | "korea"
            | "india"
            | "canada"
            // Administrative designators one writing gives and another
            // leaves out (`Haidian District` / `Haidian`, `Shenzhen City`,
            // `Guangdong Province`, `г. Москва`): the name beside them says
            // where. Not their pinyin (区 / 市 / 省 as `qu` / `shi` /
            // `sheng`): those syllables are also in names (盛泰, Shengtai).
            | "district"
            | "dist"
            | "city"
            | "province"
            | "prov"
            | "prefecture"
            | "municipality"
            | "gorod"
    )
}

/// ISO 3166 alpha-3 codes of the jurisdictions Leasegate serves and their
/// neighbours, lower case: read as a country only where one ends an address.
const COUNTRY_CODES3: &[&str] = &[
    "usa", "can", "mex", "bra", "gbr", "irl", "fra", "deu", "nld", "bel", "lux", "che", "aut",
    "ita", "esp", "prt", "pol", "cze", "svk", "hun", "rou", "bgr", "grc", "cyp", "mlt", "swe",
    "nor", "dnk", "fin", "est", "lva", "ltu", "blr", "ukr", "mda", "rus", "geo", "arm", "aze",
    "kaz", "uzb", "kgz", "tjk", "tkm", "tur", "irn", "irq", "syr", "lbn", "isr", "jor", "sau",
    "are", "qat", "bhr", "kwt", "omn", "egy", "zaf", "ind", "pak", "bgd", "lka", "npl", "chn",
    "hkg", "mac", "twn", "mng", "prk", "kor", "jpn", "vnm", "tha", "mys", "sgp", "idn", "phl",
    "khm", "lao", "mmr", "brn", "aus", "nzl", "vgb", "cym", "syc", "mus", "pan", "blz", "srb",
    "hrv", "svn", "bih", "mne", "mkd", "alb",
];

/// Lower-case ISO code of a country in the calling-code table.
fn is_country_code(t: &str) -> bool {
    t.len() == 2
        && CALLING_CODES
            .iter()
            .any(|(iso, _, _)| iso.eq_ignore_ascii_case(t))
}

fn looks_like_uk_outward(t: &str) -> bool {
    let b = t.as_bytes();
    (2..=4).contains(&b.len())
        && b[0].is_ascii_alphabetic()
        && b.iter().any(u8::is_ascii_digit)
        && b.iter().all(u8::is_ascii_alphanumeric)
}

fn looks_like_uk_inward(t: &str) -> bool {
    let b = t.as_bytes();
    b.len() == 3
        && b[0].is_ascii_digit()
        && b[1].is_ascii_alphabetic()
        && b[2].is_ascii_alphabetic()
}

fn looks_like_ca_half(t: &str, first: bool) -> bool {
    let b = t.as_bytes();
    if b.len() != 3 {
        return false;
    }
    let (x, y) = if first { (0, 1) } else { (1, 0) };
    b[x].is_ascii_alphabetic() && b[y].is_ascii_digit() && b[2].is_ascii_alphabetic() == first
}

/// `n` without leading zeros, but `0` stays `0` (`Floor 0`, ground floor).
/// The number of a floor written as digits run together with a floor
/// suffix (`3f`, `12fl`, `3jie`): the digits, if `t` is exactly that.
fn floor_number_before<'a>(t: &'a str, suffixes: &[&str]) -> Option<&'a str> {
    suffixes
        .iter()
        .find_map(|s| t.strip_suffix(s).filter(|d| is_digits(d)))
}

/// A number with a Chinese, Japanese or Korean counter after it, as
/// transliteration runs them together.
enum Counted<'a> {
    /// `30层`, `30層`, `8楼`, `8樓`.
    Floor(&'a str),
    /// `3028室`, `1127房`, Korean `501호`.
    Unit(&'a str),
    /// `30F3028号`, `30F3028室`: floor 30, room 3028.
    FloorUnit(&'a str, &'a str),
    /// `460号` / `號`: a house number, or a room (see `address_tokens`).
    Numbered(&'a str),
}

fn cjk_counted(t: &str) -> Option<Counted<'_>> {
    let split = |suffixes: &[&str]| {
        suffixes
            .iter()
            .find_map(|s| t.strip_suffix(s).filter(|d| !d.is_empty()))
    };
    let stem = split(&["shi", "fang", "hao", "ho", "ceng", "lou"])?;
    let counter = &t[stem.len()..];
    // `B室`: a lettered room.
    if stem.len() == 1 && stem.as_bytes()[0].is_ascii_alphabetic() && counter != "ho" {
        return matches!(counter, "shi" | "fang").then_some(Counted::Unit(stem));
    }
    if is_digits(stem) {
        return Some(match counter {
            "ceng" | "lou" => Counted::Floor(stem),
            "hao" => Counted::Numbered(stem),
            _ => Counted::Unit(stem),
        });
    }
    // `30f3028`: a floor and a room, as `30F3028号` is written.
    let (floor, room) = stem.split_once('f')?;
    (matches!(counter, "hao" | "shi" | "fang")
        && !floor.is_empty()
        && floor.len() <= 3
        && is_digits(floor)
        && room.len() > floor.len()
        && is_digits(room))
    .then_some(Counted::FloorUnit(floor, room))
}

fn trim_zeros(n: &str) -> &str {
    let t = n.trim_start_matches('0');
    if t.is_empty() && !n.is_empty() {
        &n[n.len() - 1..]
    } else {
        t
    }
}

/// Suffixes of compound street names, split off so that the compound, its
/// hyphenated or spaced form and its abbreviation agree: German
/// `Goethestraße` / `Goethestrasse` / `Goethestr.` / `Goethe-Straße` /
/// `Goethe Strasse` all become `goethe street`. Each is a street-type word
/// that German, Dutch or Scandinavian write joined to the name, and none
/// ends an English word, nor a pinyin or Russian transliteration, so the
/// split applies only to street names:
/// - `strasse` (Straße), `strase` (its single-s misspelling), `str` (the
///   standard abbreviation Str., German and Dutch), `straat` (Dutch):
///   all read as `street`, the word `street_word` gives their standalone
///   forms.
/// - `platz` and its abbreviation `pl` (Pl., as in `Marktpl.`): `place`,
///   as `street_word` reads the standalone `Pl.`.
/// - `weg` (German, Dutch), `allee` (German), `gasse` (German, Austrian),
///   `gatan` (Swedish), `vej` (Danish): kept as they are (an English
///   rendering is not standard), so `Hafenweg` and `Hafen-Weg` agree.
///
/// Left out: suffixes that end common words of other languages (`ring`:
/// spring, string; `gade`: brigade; `damm`, `ufer`, `kade`, `laan`: short
/// endings with little gain, the spaced form being rare).
/// The stem must be three letters or more: shorter stems are not names.
const STREET_SUFFIXES: &[(&str, &str)] = &[
    ("strasse", "street"),
    ("strase", "street"),
    ("straat", "street"),
    ("str", "street"),
    ("platz", "place"),
    ("pl", "place"),
    ("weg", "weg"),
    ("allee", "allee"),
    ("gasse", "gasse"),
    ("gatan", "gatan"),
    ("vej", "vej"),
];

/// A compound street name split into its name and its street word (see
/// [`STREET_SUFFIXES`]).
fn split_street_compound(t: &str) -> Option<(&str, &'static str)> {
    if t.len() < 5 || !t.bytes().all(|b| b.is_ascii_alphabetic()) {
        return None;
    }
    STREET_SUFFIXES.iter().find_map(|&(suf, word)| {
        t.strip_suffix(suf)
            .filter(|stem| stem.len() >= 3)
            .map(|stem| (stem, word))
    })
}

/// Two letters after four digits that are not the letters of a Dutch
/// postcode (`1012 AB`) but a word of their own: a US street direction
/// (`1200 NE Broadway`), a street-type abbreviation (`1500 St Marks Pl`), a
/// unit or floor designator, or a filler (`No`).
fn is_word_not_postcode_letters(t: &str) -> bool {
    matches!(t, "ne" | "nw" | "se" | "sw")
        || street_word(t) != t
        || is_unit_word(t)
        || is_floor_word(t)
        || is_address_noise(t)
}

/// `1234` `ab`: four digits (the first not zero: Dutch postcodes run from
/// 1000) and two letters, the shape of a Dutch postcode.
fn is_dutch_postcode(digits: &str, letters: &str) -> bool {
    let (d, l) = (digits.as_bytes(), letters.as_bytes());
    d.len() == 4
        && l.len() == 2
        && d[0] != b'0'
        && d.iter().all(u8::is_ascii_digit)
        && l.iter().all(u8::is_ascii_alphabetic)
}

/// The letters of a Dutch postcode written without its space (`1234ab`).
fn joined_postcode_letters(t: &str) -> Option<&str> {
    (t.len() == 6 && t.is_char_boundary(4) && is_dutch_postcode(&t[..4], &t[4..])).then(|| &t[4..])
}

/// Dutch postcodes are four digits and two letters, written with or without
/// a space (`7267 EN`, `7267EN`); the canonical form is joined. The joined
/// form is split instead where the letters are a word of their own (see
/// [`is_word_not_postcode_letters`]), or a country code ending the address
/// (`Limassol 3036 CY`, where the code is dropped): so both spellings of one
/// address give the same tokens either way.
fn split_joined_postcodes(toks: &mut Vec<String>) {
    let n = toks.len();
    let split = |i: usize, t: &str| {
        joined_postcode_letters(t)
            .is_some_and(|l| is_word_not_postcode_letters(l) || (i + 1 == n && is_country_code(l)))
    };
    if !toks.iter().enumerate().any(|(i, t)| split(i, t)) {
        return;
    }
    let mut out = Vec::with_capacity(n + 1);
    for (i, t) in toks.drain(..).enumerate() {
        if split(i, &t) {
            out.push(t[..4].to_string());
            out.push(t[4..].to_string());
        } else {
            out.push(t);
        }
    }
    *toks = out;
}

/// Country names by their last word, longest first.
static COUNTRY_NAMES_BY_LAST_WORD: std::sync::LazyLock<
    rustc_hash::FxHashMap<&'static str, Vec<&'static str>>,
> = std::sync::LazyLock::new(|| {
    let mut m: rustc_hash::FxHashMap<&'static str, Vec<&'static str>> =
        rustc_hash::FxHashMap::default();
    for (name, _) in crate::country::COUNTRY_NAMES {
        let last = name.rsplit(' ').next().unwrap_or(name);
        m.entry(last).or_default().push(name);
    }
    for v in m.values_mut() {
        v.sort_by_key(|n| std::cmp::Reverse(n.split(' ').count()));
    }
    m
});

/// Words after which a country name is the name of the street itself
/// (`Avenida Brasil`, `Rue de Suisse`, `Calle Mexico`): street types that
/// come before the name in Romance and Slavic languages, and the articles
/// and prepositions that join a name to them; also `new` (New Mexico, New
/// Guinea as a region, New Jersey if the list ever gains Jersey).
fn keeps_following_country(t: &str) -> bool {
    matches!(
        t,
        "avenida"
            | "avda"
            | "calle"
            | "carrera"
            | "rua"
            | "rue"
            | "via"
            | "viale"
            | "corso"
            | "piazza"
            | "ulitsa"
            | "ul"
            | "prospekt"
            | "de"
            | "del"
            | "della"
            | "di"
            | "da"
            | "do"
            | "du"
            | "des"
            | "la"
            | "le"
            | "of"
            | "new"
    )
}

/// How many tokens a country name or code at the end of `toks` takes, if
/// one does there and dropping it leaves a token before it that is not a
/// street-type word in front of a name (see [`keeps_following_country`]).
fn trailing_country_len(toks: &[String]) -> Option<usize> {
    let last = toks.last()?.as_str();
    let ok = |k: usize| toks.len() > k && !keeps_following_country(&toks[toks.len() - k - 1]);
    // Two-letter codes, as everywhere in an address (see `normalize_address`):
    // an abbreviation that is also a code (Pl = place, Poland) keeps its
    // street meaning.
    if street_word(last) == last && is_country_code(last) && ok(1) {
        return Some(1);
    }
    // Three-letter codes (`..., 63000 Cyberjaya, MYS`), as exports write
    // the country after the address.
    if COUNTRY_CODES3.contains(&last) && ok(1) {
        return Some(1);
    }
    let names = COUNTRY_NAMES_BY_LAST_WORD.get(last)?;
    names.iter().find_map(|name| {
        let k = name.split(' ').count();
        let tail = toks.get(toks.len().checked_sub(k)?..)?;
        (tail.iter().map(String::as_str).eq(name.split(' ')) && ok(k)).then_some(k)
    })
}

/// Country names and codes where they end an address (`..., Kowloon, Hong
/// Kong`, `...; Geneva; Switzerland`, `..., Hong Kong, Hong Kong SAR`),
/// repeatedly: one variant of an address names the country, another does
/// not. Never the whole address, never a name that is the street itself
/// (`Avenida Brasil`, see [`keeps_following_country`]). Where a city is
/// named like its country (Singapore, Hong Kong, Luxembourg, Monaco) the
/// city goes too when it ends the address: one variant ends with the city,
/// another with city and country, and both must agree; the postcode and the
/// street still pin the address down.
fn strip_trailing_countries(toks: &mut Vec<String>) {
    while let Some(k) = trailing_country_len(toks) {
        toks.truncate(toks.len() - k);
    }
}

/// US states (and DC) by name, one or two words, and their postal codes.
/// Georgia is left out: it is also a country, which `strip_trailing_countries`
/// already reads.
const US_STATES: &[(&str, &str)] = &[
    ("alabama", "al"),
    ("alaska", "ak"),
    ("arizona", "az"),
    ("arkansas", "ar"),
    ("california", "ca"),
    ("colorado", "co"),
    ("connecticut", "ct"),
    ("delaware", "de"),
    ("florida", "fl"),
    ("hawaii", "hi"),
    ("idaho", "id"),
    ("illinois", "il"),
    ("indiana", "in"),
    ("iowa", "ia"),
    ("kansas", "ks"),
    ("kentucky", "ky"),
    ("louisiana", "la"),
    ("maine", "me"),
    ("maryland", "md"),
    ("massachusetts", "ma"),
    ("michigan", "mi"),
    ("minnesota", "mn"),
    ("mississippi", "ms"),
    ("missouri", "mo"),
    ("montana", "mt"),
    ("nebraska", "ne"),
    ("nevada", "nv"),
    ("new hampshire", "nh"),
    ("new jersey", "nj"),
    ("new mexico", "nm"),
    ("new york", "ny"),
    ("north carolina", "nc"),
    ("north dakota", "nd"),
    ("ohio", "oh"),
    ("oklahoma", "ok"),
    ("oregon", "or"),
    ("pennsylvania", "pa"),
    ("rhode island", "ri"),
    ("south carolina", "sc"),
    ("south dakota", "sd"),
    ("tennessee", "tn"),
    ("texas", "tx"),
    ("utah", "ut"),
    ("vermont", "vt"),
    ("virginia", "va"),
    ("washington", "wa"),
    ("west virginia", "wv"),
    ("wisconsin", "wi"),
    ("wyoming", "wy"),
    ("district of columbia", "dc"),
];

/// A US state written out where the state goes (last, or before a
/// five-digit ZIP) becomes its postal code: `Wilmington, Delaware 19801` is
/// `Wilmington, DE 19801`. Elsewhere the word stays (`Virginia Street`).
fn abbreviate_us_state(toks: &mut Vec<String>) {
    let mut i = 0;
    while i < toks.len() {
        let at_place =
            |end: usize| end == toks.len() || toks[end].len() == 5 && is_digits(&toks[end]);
        // Longest name first: `west virginia` before `virginia`.
        let found = (1..=3).rev().find_map(|words| {
            let end = i + words;
            if end > toks.len() || !at_place(end) {
                return None;
            }
            let name = toks[i..end].join(" ");
            US_STATES
                .iter()
                .find(|&&(n, _)| n == name)
                .map(|&(_, code)| (words, code))
        });
        if let Some((words, code)) = found {
            toks.splice(i..i + words, [code.to_string()]);
        }
        i += 1;
    }
}

/// A post-office box at the start of `toks`: how many tokens it takes and
/// its number. `PO Box 123`, `P.O. Box`, `POBox`, `POB`, `P.O.B.`, `GPO Box`
/// (Australia, Hong Kong), `Post Office Box`, `Postfach` (German), `BP`
/// (French boîte postale), `Case postale` / `Casella postale` (Swiss,
/// Italian), `Caixa Postal` (Portuguese), `Apartado` (Spanish), each with
/// an optional `No.` before the number. Bare `Box 12` is left alone (`Box
/// Hill`, a building called The Box).
fn po_box(toks: &[String]) -> Option<(usize, &str)> {
    let t = |i: usize| toks.get(i).map_or("", String::as_str);
    let words = match (t(0), t(1), t(2)) {
        ("po" | "gpo" | "pmb", "box", _) => 2,
        ("p", "o", "box") | ("p", "o", "b") | ("post", "office", "box") => 3,
        ("case" | "casella", "postale", _) | ("caixa", "postal", _) => 2,
        ("apartado", "postal", _) => 2,
        ("b", "p", _) => 2,
        ("pobox" | "pob" | "postfach" | "bp" | "apartado" | "apdo", _, _) => 1,
        _ => return None,
    };
    let words = if matches!(t(words), "no" | "nr" | "number") {
        words + 1
    } else {
        words
    };
    let n = t(words);
    is_digits(n).then_some((words + 1, n))
}

/// Whether the tokens of a normalised address (other than its PO box) name
/// a street or building with a number: a number that is not a unit or floor
/// (a house number, a postcode), and a street-type or building word or a
/// unit or floor (premises inside a building, which a box never has; this
/// also holds when the street word is misspelt: `Wellington Staeet`); or
/// a unit or floor in a named building or street, without a number.
fn has_street_part(out: &[String]) -> bool {
    let premises = |t: &str| {
        t.strip_prefix("unit")
            .or_else(|| t.strip_prefix("floor"))
            .is_some_and(|n| !n.is_empty())
    };
    let number = out
        .iter()
        .any(|t| !is_po_box_token(t) && !premises(t) && has_digit(t));
    let has_premises = out.iter().any(|t| premises(t));
    let street_word = out.iter().any(|t| {
        matches!(
            t.as_str(),
            "street"
                | "road"
                | "avenue"
                | "boulevard"
                | "drive"
                | "lane"
                | "court"
                | "highway"
                | "square"
                | "place"
                | "parkway"
                | "crescent"
                | "terrace"
                | "way"
                | "weg"
                | "allee"
                | "gasse"
                | "gatan"
                | "vej"
                | "building"
                | "block"
                | "tower"
                | "centre"
                | "plaza"
                | "house"
                | "rue"
                | "via"
                | "calle"
                | "avenida"
        )
    });
    // Premises (a unit or floor) in a named building or street need no
    // house number (`Office 2408, Harbour Building, Al Garhoud Road`), nor a
    // recognised street word: a misspelt one (`Twer J, Jumeirah Lake
    // Towers`) must not keep the box that the correct spelling drops. A unit
    // and a city alone (`Unit 3, Dubai`) are not enough.
    let words = out.iter().filter(|t| !has_digit(t)).count();
    (number && (street_word || has_premises)) || (has_premises && (street_word || words >= 3))
}

fn is_po_box_token(t: &str) -> bool {
    t.strip_prefix("pobox").is_some_and(is_digits)
}

/// What separates an address token from the next one in the raw text.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Sep {
    /// The token ends the address.
    End,
    /// Exactly one punctuation character and no space (`D-10117`, `3/12`,
    /// `N.Y.`, `S(048616)`).
    Tight(u8),
    /// A dot and then more (`ul. Tverskaya`, `7. OG`).
    Dot,
    /// A slash and then more (`C/ Alcalá`).
    Slash,
    /// Only spaces (`560 038`, `Chiyoda Ku`).
    Space,
    /// Anything else (a comma, a dash between spaces).
    Other,
}

impl Sep {
    fn dot(self) -> bool {
        matches!(self, Sep::Tight(b'.') | Sep::Dot)
    }
}

/// Lower-cased ASCII tokens of an address, as [`ascii_tokens`] gives them,
/// each with what follows it (see [`Sep`]): the punctuation inside a token
/// group carries meaning that splitting loses (`3/523` is flat 3 at number
/// 523, `100-0005` one postcode, `D-10117` a postcode with its country
/// letter, `N.Y.` one abbreviation).
fn address_raw_tokens(s: &str) -> Vec<(String, Sep)> {
    // `〒` marks a Japanese postcode; `#` a unit (`#400`), and in Singapore
    // and Malaysia a floor and unit (`#12-03`: 12th floor, unit 03).
    let raw = hash_floor_unit(s).replace('#', " unit ").replace('〒', " ");
    let raw = chinese_place_names(&raw);
    let raw = apart_from_spaceless_script(&raw);
    // An apostrophe joins its word: `King's Road` is `Kings Road`, not
    // `King S Road` (and `s` would read as South).
    let ascii = leasegate_names::to_ascii(&raw)
        .to_ascii_lowercase()
        .replace(['\'', '`'], "");
    let b = ascii.as_bytes();
    let mut out: Vec<(String, Sep)> = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if !b[i].is_ascii_alphanumeric() {
            i += 1;
            continue;
        }
        let start = i;
        while i < b.len() && b[i].is_ascii_alphanumeric() {
            i += 1;
        }
        let gap_start = i;
        while i < b.len() && !b[i].is_ascii_alphanumeric() {
            i += 1;
        }
        let gap = &b[gap_start..i];
        let sep = if i >= b.len() {
            Sep::End
        } else if gap.len() == 1 && gap[0] != b' ' {
            Sep::Tight(gap[0])
        } else if gap[0] == b'.' {
            Sep::Dot
        } else if gap[0] == b'/' {
            Sep::Slash
        } else if gap.iter().all(|&c| c == b' ') {
            Sep::Space
        } else {
            Sep::Other
        };
        out.push((ascii[start..gap_start].to_string(), sep));
    }
    out
}

/// Chinese place names as romanised words, the way English addresses
/// write them: `深南大道` is `shennan avenue`, `南山区` `nanshan district`,
/// `深圳市` `shenzhen` (`Shennan Avenue, Nanshan District, Shenzhen`),
/// where the characters alone read as syllables (`shen nan da dao`) that
/// no English address shares. A road or area suffix ends a name and is
/// written as its English word (`市` and `省` as none). Names run
/// together where a suffix is left out (`北京海淀区`, `广东深圳`) are cut
/// into words of two characters, most place names' length, the last of
/// three when the run is odd (`北京中关村`: `beijing zhongguancun`), so
/// `北京海淀区` and `北京市海淀区` read alike; a run of one to three is one
/// word. A leading `中国` is the country and dropped. Counters and the
/// characters read with a number (`3028室`, `号`) are left as they are.
/// Only in text without kana or hangul: Japanese and Korean addresses
/// read their characters otherwise.
fn chinese_place_names(s: &str) -> std::borrow::Cow<'_, str> {
    // Suffix, then the English word written for it ("" for none).
    const SUFFIXES: &[(&str, &str)] = &[
        ("大道", "avenue"),
        ("大街", "street"),
        // A subdistrict (`南山街道`), before its `街`.
        ("街道", "subdistrict"),
        ("路", "road"),
        ("街", "street"),
        ("道", "road"),
        ("巷", "lane"),
        ("区", "district"),
        ("區", "district"),
        ("县", "county"),
        ("縣", "county"),
        ("镇", "town"),
        ("鎮", "town"),
        ("市", ""),
        ("省", ""),
    ];
    let han = |c: char| ('\u{4E00}'..='\u{9FFF}').contains(&c);
    if s.is_ascii()
        || !s.chars().any(han)
        || s.chars()
            .any(|c| is_spaceless_script(c) && !han(c) && !('\u{3400}'..='\u{4DBF}').contains(&c))
    {
        return std::borrow::Cow::Borrowed(s);
    }
    let s = s.trim_start();
    let s = s
        .strip_prefix("中华人民共和国")
        .or_else(|| s.strip_prefix("中國"))
        .or_else(|| s.strip_prefix("中国"))
        .unwrap_or(s);
    // One name's characters as words: one word up to three, else pairs.
    let words = |out: &mut String, name: &[char]| {
        let mut i = 0;
        while i < name.len() {
            let take = if name.len() - i <= 3 {
                name.len() - i
            } else {
                2
            };
            let chunk: String = name[i..i + take].iter().collect();
            out.push(' ');
            out.extend(
                leasegate_names::to_ascii(&chunk)
                    .chars()
                    .filter(char::is_ascii_alphanumeric)
                    .flat_map(|c| c.to_lowercase()),
            );
            i += take;
        }
        out.push(' ');
    };
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    let mut out = String::with_capacity(s.len() + 16);
    let mut name: Vec<char> = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let (at, c) = chars[i];
        // A counter (`室`, `号`, `楼`) that starts no name stays as it is,
        // for the number or letter before it.
        if !han(c) || (name.is_empty() && is_counter(c)) {
            if !name.is_empty() {
                words(&mut out, &name);
                name.clear();
            }
            out.push(c);
            i += 1;
            continue;
        }
        match SUFFIXES.iter().find(|(k, _)| s[at..].starts_with(k)) {
            Some(&(k, word)) if !name.is_empty() => {
                words(&mut out, &name);
                name.clear();
                if !word.is_empty() {
                    out.push_str(word);
                    out.push(' ');
                }
                i += k.chars().count();
            }
            _ => {
                name.push(c);
                i += 1;
            }
        }
    }
    if !name.is_empty() {
        words(&mut out, &name);
    }
    std::borrow::Cow::Owned(out)
}

/// Chinese, Japanese or Korean script: written without spaces.
fn is_spaceless_script(c: char) -> bool {
    matches!(c,
        '\u{3040}'..='\u{30FF}' // hiragana, katakana
        | '\u{3400}'..='\u{4DBF}'
        | '\u{4E00}'..='\u{9FFF}' // ideographs
        | '\u{AC00}'..='\u{D7AF}' // hangul
    )
}

/// Characters that count the number before them (`3028室`, `30层`, `2丁目`,
/// `13番`, `501호`, `30F`): read with it (see `cjk_counted`).
fn is_counter(c: char) -> bool {
    matches!(
        c,
        '室' | '房'
            | '号'
            | '號'
            | '层'
            | '層'
            | '楼'
            | '樓'
            | '栋'
            | '棟'
            | '座'
            | '丁'
            | '番'
            | '階'
            | '호'
            | '층'
            | '동'
    )
}

/// A space where Latin letters or digits meet Chinese, Japanese or Korean
/// script, which transliteration would otherwise run together: `丸の内ビル15F`
/// is `丸の内ビル 15F` (the building, then its 15th floor), `7-10-23丸の内`
/// is `7-10-23 丸の内`. Not before a counter (`3028室`, see [`is_counter`]).
fn apart_from_spaceless_script(s: &str) -> std::borrow::Cow<'_, str> {
    if s.is_ascii() {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    let mut prev: Option<char> = None;
    for c in s.chars() {
        if let Some(p) = prev {
            let into_latin = is_spaceless_script(p) && c.is_ascii_alphanumeric();
            let out_of_digits = p.is_ascii_digit() && is_spaceless_script(c) && !is_counter(c);
            if into_latin || out_of_digits {
                out.push(' ');
            }
        }
        out.push(c);
        prev = Some(c);
    }
    std::borrow::Cow::Owned(out)
}

/// `#12-03`, `Unit 12-03`, `Suite 12.03`, `Lot 12.03` (Singapore,
/// Malaysia, Britain, Australia: floor 12, unit 03) spelt out as
/// `floor 12 unit 03`, the way `Level 12, Unit 03` reads; any other `#` is
/// left for the caller. The dotted form only after a designator word (a
/// bare `12.03` may be anything).
fn hash_floor_unit(s: &str) -> std::borrow::Cow<'_, str> {
    const DESIGNATORS: &[&[u8]] = &[
        b"unit", b"suite", b"ste", b"lot", b"office", b"ofc", b"room", b"rm", b"flat", b"apt",
    ];
    let b = s.as_bytes();
    // Where the floor digits start after a `#` or a designator word, if
    // they are `NN-NN` (or `NN.NN` after a word).
    // (floor start, floor length, unit start, unit length)
    let floor_unit_at = |i: usize| -> Option<(usize, usize, usize, usize)> {
        let hash = b[i] == b'#';
        let (start, dot_ok) = if hash {
            // `# 04 - 22`: typed with spaces.
            (
                i + 1 + b[i + 1..].iter().take_while(|&&c| c == b' ').count(),
                false,
            )
        } else if i == 0 || !b[i - 1].is_ascii_alphanumeric() {
            let w = DESIGNATORS.iter().find(|w| {
                b.len() > i + w.len()
                    && b[i..i + w.len()].eq_ignore_ascii_case(w)
                    && matches!(b[i + w.len()], b' ' | b'.')
            })?;
            let mut j = i + w.len();
            j += b[j..]
                .iter()
                .take_while(|&&c| c == b' ' || c == b'.')
                .count();
            (j, true)
        } else {
            return None;
        };
        let floor_len = b[start..].iter().take_while(|c| c.is_ascii_digit()).count();
        let mut sep_at = start + floor_len;
        let spaced = hash && b[sep_at..].starts_with(b" - ");
        if spaced {
            sep_at += 1;
        }
        let unit = sep_at + 1 + usize::from(spaced);
        let sep_ok = match b.get(sep_at) {
            Some(b'-') => true,
            Some(b'.') => dot_ok,
            _ => false,
        };
        if !(1..=3).contains(&floor_len) || !sep_ok || unit >= b.len() {
            return None;
        }
        let unit_len = b[unit.min(b.len())..]
            .iter()
            .take_while(|c| c.is_ascii_alphanumeric())
            .count();
        (unit_len > 0 && b[unit].is_ascii_digit()).then_some((start, floor_len, unit, unit_len))
    };
    if !(s.contains('#') || s.contains('-') || s.contains('.')) {
        return std::borrow::Cow::Borrowed(s);
    }
    let bare = bare_floor_unit(s);
    let mut out = String::with_capacity(s.len() + 16);
    let mut done = 0;
    let mut i = 0;
    while i < b.len() {
        if let Some((start, floor_len, unit, unit_len)) = bare
            .filter(|&(start, _, _)| start == i)
            .map(|(start, floor_len, unit_len)| (start, floor_len, start + floor_len + 1, unit_len))
            .or_else(|| floor_unit_at(i))
        {
            out.push_str(&s[done..i]);
            out.push_str(" floor ");
            out.push_str(&s[start..start + floor_len]);
            out.push_str(" unit ");
            out.push_str(&s[unit..unit + unit_len]);
            out.push(' ');
            i = unit + unit_len;
            done = i;
        } else {
            i += 1;
        }
    }
    if done == 0 {
        return std::borrow::Cow::Borrowed(s);
    }
    out.push_str(&s[done..]);
    std::borrow::Cow::Owned(out)
}

/// Words naming a tower or office building, where floors have numbered
/// units: `Menara`, `Wisma` (Malay), `Tower`, `Plaza`, `Building`.
const HIGH_RISE_WORDS: &[&str] = &[
    "menara", "wisma", "tower", "towers", "plaza", "building", "bldg", "centre", "center",
];

/// The Malaysian and Singaporean office written without a designator at the
/// start of the address, `32-13, Menara Suezcap, 141 Jalan X` or
/// `No. 32-13, ...` (floor 32, unit 13, as `Suite 32-13` is): where the
/// `NN-NN` opens the address (after `No.` if any), and the address names a
/// tower or office building (see [`HIGH_RISE_WORDS`]) and has a house number
/// of its own (one to four digits) elsewhere. Without those two it is a
/// house-number range (`12-14 High Street`). `(start, floor_len, unit_len)`
/// as `hash_floor_unit` reads it.
fn bare_floor_unit(s: &str) -> Option<(usize, usize, usize)> {
    let b = s.as_bytes();
    let mut start = b.iter().take_while(|c| !c.is_ascii_alphanumeric()).count();
    if b.len() > start + 2 && b[start..start + 2].eq_ignore_ascii_case(b"no") {
        let after = start + 2;
        let gap = b[after..]
            .iter()
            .take_while(|&&c| c == b'.' || c == b' ')
            .count();
        if gap == 0 {
            return None;
        }
        start = after + gap;
    }
    let floor_len = b[start..].iter().take_while(|c| c.is_ascii_digit()).count();
    let unit = start + floor_len + 1;
    if !(1..=2).contains(&floor_len) || b.get(start + floor_len) != Some(&b'-') {
        return None;
    }
    let unit_len = b[unit.min(b.len())..]
        .iter()
        .take_while(|c| c.is_ascii_digit())
        .count();
    if !(1..=3).contains(&unit_len)
        || b.get(unit + unit_len)
            .is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'-')
    {
        return None;
    }
    let rest = &s[unit + unit_len..];
    let words = rest
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty());
    let mut high_rise = false;
    let mut house_number = false;
    for w in words {
        high_rise |= HIGH_RISE_WORDS.iter().any(|h| w.eq_ignore_ascii_case(h));
        house_number |= (1..=4).contains(&w.len()) && w.bytes().all(|c| c.is_ascii_digit());
    }
    (high_rise && house_number).then_some((start, floor_len, unit_len))
}

/// English ordinal words, as street names (`Fifth Avenue` = `5th Ave`) and
/// floors (`Second Floor`): read as the ordinal number.
const ORDINAL_WORDS: &[(&str, &str)] = &[
    ("first", "1st"),
    ("second", "2nd"),
    ("third", "3rd"),
    ("fourth", "4th"),
    ("fifth", "5th"),
    ("sixth", "6th"),
    ("seventh", "7th"),
    ("eighth", "8th"),
    ("ninth", "9th"),
    ("tenth", "10th"),
    ("eleventh", "11th"),
    ("twelfth", "12th"),
    ("thirteenth", "13th"),
    ("fourteenth", "14th"),
    ("fifteenth", "15th"),
    ("sixteenth", "16th"),
    ("seventeenth", "17th"),
    ("eighteenth", "18th"),
    ("nineteenth", "19th"),
    ("twentieth", "20th"),
];

/// Floor words written after the floor's (ordinal) number: German `3. OG`
/// / `3. Obergeschoss` / `3. Etage` / `3. Stock`, French `3e étage`,
/// Portuguese `4º andar`, Spanish `2ª planta` / `5º piso`, Japanese `3階`
/// (transliterated `jie`), Greek `5ος όροφος` (transliterated `5os
/// orophos`, romanised `orofos`).
fn is_floor_word_after(t: &str) -> bool {
    matches!(
        t,
        "og" | "obergeschoss"
            | "etage"
            | "stock"
            | "andar"
            | "planta"
            | "piso"
            | "jie"
            | "orophos"
            | "orofos"
    )
}

/// Floor words written before the number: Spanish `piso 2` / `planta 2`,
/// German and French `Etage 3`, Greek `όροφος 5`, Indonesian `Lantai 5`,
/// Vietnamese `Tầng 12` and the southern `Lầu 12` (`tang`, `lau`: only
/// before a number, so `Tang Road` stays a street).
fn is_floor_word_before(t: &str) -> bool {
    matches!(
        t,
        "piso" | "planta" | "etage" | "orophos" | "orofos" | "lantai" | "tang" | "lau"
    )
}

/// A floor number with the ordinal mark Romance languages and German write
/// (`4º`, `2ª`, `4°` transliterated `4o`, `2a`, `4deg`; French `1er`, `3e`,
/// `3eme`), or plain: the number. Read only before a floor word, where
/// `5a` cannot be a house number.
fn floor_ordinal(t: &str) -> Option<&str> {
    if is_digits(t) {
        return Some(t);
    }
    if let Some(n) = strip_ordinal(t) {
        return Some(n);
    }
    // Greek `5ος` / `5η` transliterated: `5os`, `5i`, `5h`.
    [
        "o", "a", "deg", "er", "e", "eme", "re", "ere", "os", "i", "h",
    ]
    .iter()
    .find_map(|suf| t.strip_suffix(suf).filter(|n| is_digits(n)))
}

/// Japanese and Korean administrative suffixes written hyphenated, spaced
/// or joined to the name: `Chiyoda-ku` / `Chiyoda Ku` / `Chiyodaku`
/// (ward), `Teheran-ro` / `Teheranro` (road), `-gil` (street), `-daero`
/// (boulevard), `-gu` (district), `-dong` (neighbourhood), `-cho` /
/// `-machi` (town block). Joined, the canonical form. The two-letter road
/// suffix `ro` only when hyphenated (`RO` after a Brazilian city is a
/// state).
fn joins_suffix(t: &str, sep: Sep) -> bool {
    match sep {
        Sep::Tight(b'-') => matches!(
            t,
            "ku" | "gu" | "ro" | "gil" | "daero" | "dong" | "cho" | "machi"
        ),
        Sep::Space => matches!(t, "ku" | "gu" | "dong"),
        _ => false,
    }
}

/// Japanese prefecture and city suffixes (`Tokyo-to`, `Osaka-fu`,
/// `Kanagawa-ken`, `Yokohama-shi`): one variant writes them, another does
/// not; dropped when hyphenated to the name.
fn drops_suffix(t: &str) -> bool {
    matches!(t, "to" | "fu" | "ken" | "shi")
}

/// Letters written before a postcode to name its country, as in the
/// pre-1990s European form still common: `D-10117 Berlin`, `A-1010 Wien`,
/// `CH-8001 Zürich`, `F-75001 Paris`, `L-1234` (still Luxembourg's form).
fn is_postcode_country_prefix(t: &str) -> bool {
    matches!(
        t,
        "d" | "a" | "ch" | "f" | "i" | "b" | "l" | "nl" | "dk" | "fl" | "e" | "p"
    )
}

/// Words that label the number after them and are dropped there: `No.`,
/// `Nr.`, `Number`, `núm.` (house number), Brazilian `CEP` (postcode),
/// Russian `dom` (house). `n.` (Portuguese, Italian) and `d.` (Russian
/// house) only with their dot: bare `N 300` is north, `D 12` a block.
fn is_number_label(t: &str, sep: Sep) -> bool {
    matches!(t, "no" | "nr" | "num" | "number" | "cep" | "dom")
        || (matches!(t, "n" | "d") && sep.dot())
}

/// Other names of cities, one of which a variant uses and another the
/// other: renamings (`Bangalore` / `Bengaluru`), transliterations
/// (`Moskva` / `Moscow`), German umlauts written out (`Muenchen` /
/// `München`, which transliterates to `munchen`).
fn city_alias(t: &str) -> &str {
    match t {
        "moskva" => "moscow",
        "bangalore" => "bengaluru",
        "bombay" => "mumbai",
        "madras" => "chennai",
        "calcutta" => "kolkata",
        "muenchen" => "munchen",
        "koeln" => "koln",
        "nuernberg" => "nurnberg",
        "duesseldorf" => "dusseldorf",
        // Russian-era and local transliterations of the CIS's cities.
        "peterburg" => "petersburg",
        "ekaterinburg" => "yekaterinburg",
        "kiev" => "kyiv",
        "kharkov" => "kharkiv",
        "odessa" => "odesa",
        "lvov" => "lviv",
        "toshkent" => "tashkent",
        "samarqand" => "samarkand",
        "baki" => "baku",
        "erevan" => "yerevan",
        "kishinev" => "chisinau",
        // English names of European cities, as foreign forms write them.
        "cologne" => "koln",
        "munich" => "munchen",
        "nuremberg" => "nurnberg",
        "hanover" => "hannover",
        "vienna" => "wien",
        "prague" => "praha",
        "warsaw" => "warszawa",
        "lisbon" => "lisboa",
        "copenhagen" => "kobenhavn",
        "athens" => "athina",
        "geneva" => "geneve",
        "brussels" => "bruxelles",
        "antwerp" => "antwerpen",
        "gothenburg" => "goteborg",
        "belgrade" => "beograd",
        "bucharest" => "bucuresti",
        "milan" => "milano",
        "rome" => "roma",
        "turin" => "torino",
        "naples" => "napoli",
        "florence" => "firenze",
        "seville" => "sevilla",
        _ => t,
    }
}

/// The first pass over an address's tokens: the rules that need the
/// punctuation between tokens (see [`address_raw_tokens`]), or that rewrite
/// a token group into the form the main pass reads. Numbers are never
/// dropped or changed, only joined where one number was split by its
/// written form (postcodes) or tagged (`3/523` -> `unit3 523`).
fn address_tokens(s: &str) -> Vec<String> {
    let raw = address_raw_tokens(s);
    let n = raw.len();
    let tok = |i: usize| raw.get(i).map_or("", |(t, _)| t.as_str());
    let sep = |i: usize| raw.get(i).map_or(Sep::End, |&(_, s)| s);
    let letter = |i: usize| tok(i).len() == 1 && tok(i).as_bytes()[0].is_ascii_alphabetic();
    let mut out: Vec<String> = Vec::with_capacity(n + 1);
    // Whether a Chinese house number (`460号`) was read: a later 号 is a room.
    let mut house_numbered = false;
    let mut i = 0;
    while i < n {
        let t = tok(i);
        let sp = sep(i);
        let nx = tok(i + 1);
        let joined_before = i > 0 && sep(i - 1) == Sep::Tight(b'-') && is_digits(tok(i - 1));
        // Dotted abbreviations: `N.Y.`, `U.S.A.`, `P.O.`, `S.E.`: single
        // letters joined by dots are one word, written also without them.
        if letter(i) && sp == Sep::Tight(b'.') && letter(i + 1) {
            let mut w = String::from(t);
            let mut j = i + 1;
            while letter(j) {
                w.push_str(tok(j));
                if sep(j) != Sep::Tight(b'.') || !letter(j + 1) {
                    break;
                }
                j += 1;
            }
            // `N.º 333` (Portuguese número) ends as `no` before a number.
            if !(w == "no" && is_digits(tok(j + 1))) {
                out.push(w);
            }
            i = j + 1;
            continue;
        }
        // Postcode country letters: `D-10117`.
        if sp == Sep::Tight(b'-')
            && is_postcode_country_prefix(t)
            && (4..=5).contains(&nx.len())
            && is_digits(nx)
        {
            i += 1;
            continue;
        }
        // Singapore postcodes with their `S` prefix: `S048616`,
        // `S(048616)`; the plain form is `Singapore 048616`.
        if t == "s" && sp == Sep::Tight(b'(') && nx.len() == 6 && is_digits(nx) {
            i += 1;
            continue;
        }
        if t.len() == 7 && t.starts_with('s') && is_digits(&t[1..]) {
            out.push(t[1..].to_string());
            i += 1;
            continue;
        }
        // Labels before a number (`No. 12`, `nº 1951`, `CEP 01305-000`,
        // `d. 79`), also written joined (`nº324`, `No.237` is split).
        if is_digits(nx) && is_number_label(t, sp) {
            i += 1;
            continue;
        }
        if let Some(d) = t.strip_prefix("no").filter(|d| is_digits(d)) {
            out.push(d.to_string());
            i += 1;
            continue;
        }
        // Russian `kv.` (kvartira, flat) and `of.` (ofis, office) before a
        // number are units (`of` elsewhere is a filler word).
        if (t == "kv" || (t == "of" && sp.dot())) && is_office_number(nx) {
            out.push("unit".to_string());
            i += 1;
            continue;
        }
        // Russian `per.` (pereulok): lane, with its dot (`per` is also a
        // word). `bld.` / `bldg` before a number labels it (building 161),
        // as `d.` does, and so does `Building` where a part of the address
        // starts with it (`Room 1801, Building 3` = `Rm. 1801, Bldg 3`);
        // after a name it is the name's (`Marunouchi Building 9-4-3`).
        // Elsewhere `bld` is a boulevard.
        if t == "per" && sp.dot() && !nx.is_empty() {
            out.push("lane".to_string());
            i += 1;
            continue;
        }
        let starts_part = i == 0 || matches!(sep(i - 1), Sep::Other | Sep::Tight(b',' | b';'));
        if matches!(t, "bld" | "bldg") && is_digits(nx)
            || t == "building" && starts_part && is_digits(nx)
        {
            i += 1;
            continue;
        }
        // Russian `pr-t` (prospekt): avenue.
        if t == "pr" && sp == Sep::Tight(b'-') && nx == "t" {
            out.push("avenue".to_string());
            i += 2;
            continue;
        }
        // `R.` (French rue, Portuguese rua) before a name; Spanish `C/`
        // (calle).
        // Also `R Augusta` without the dot where it starts the address.
        if t == "r"
            && (sp.dot() || i == 0)
            && nx.bytes().all(|c| c.is_ascii_alphabetic())
            && !nx.is_empty()
        {
            out.push("rue".to_string());
            i += 1;
            continue;
        }
        if t == "c" && matches!(sp, Sep::Tight(b'/') | Sep::Slash) {
            out.push("calle".to_string());
            i += 1;
            continue;
        }
        if is_digits(t) && !joined_before {
            let tight_next = sep(i + 1) != Sep::Tight(b'-') && sep(i + 1) != Sep::Tight(b'/');
            // Postcodes written with a hyphen and without: Japanese
            // `100-0005` (3+4 digits), Brazilian CEP `01305-000` (5+3).
            // Not inside a longer chain (`4-3-18`, Japanese block numbers).
            if sp == Sep::Tight(b'-')
                && is_digits(nx)
                && tight_next
                && matches!((t.len(), nx.len()), (3, 4) | (5, 3))
            {
                out.push(format!("{t}{nx}"));
                i += 2;
                continue;
            }
            // Indian PINs written `560 038`: six digits in two groups of
            // three, the first not zero, not after another number or a unit
            // word, not before a number.
            if sp == Sep::Space
                && t.len() == 3
                && nx.len() == 3
                && is_digits(nx)
                && !t.starts_with('0')
                && (i == 0 || !(has_digit(tok(i - 1)) || is_unit_word(tok(i - 1))))
                && !has_digit(tok(i + 2))
            {
                out.push(format!("{t}{nx}"));
                i += 2;
                continue;
            }
            // British and Australian flat/house: `3/523 X Road` is flat 3
            // at number 523 (`Flat 3, 523 X Road`). Kept apart from `3523`.
            // Not a Malaysian road code: `Jalan SS 2/24`, `Jalan PJU 1/3`,
            // `Jln USJ 10/1` (section 2, road 24).
            let road_code = i > 0 && {
                let before = tok(i - 1);
                matches!(before, "jalan" | "jln" | "lorong" | "lrg" | "persiaran")
                    || ((2..=3).contains(&before.len())
                        && before.bytes().all(|c| c.is_ascii_alphabetic())
                        && !is_unit_word(before)
                        && i > 1
                        && matches!(tok(i - 2), "jalan" | "jln" | "lorong" | "lrg" | "persiaran"))
            };
            if sp == Sep::Tight(b'/') && is_digits(nx) && tight_next && !road_code {
                out.push(format!("unit{}", trim_zeros(t)));
                out.push(nx.to_string());
                i += 2;
                continue;
            }
            // French house-number suffixes: `12 bis`, `12bis`, `12B` (bis),
            // `12 ter`, `12T` (ter), `quater`.
            if let Some(l) = match nx {
                "bis" => Some('b'),
                "ter" => Some('t'),
                "quater" => Some('q'),
                _ => None,
            } {
                out.push(format!("{t}{l}"));
                i += 2;
                continue;
            }
            // Japanese `4-chome 3-18` is `4-3-18`: the chome word goes.
            if sp == Sep::Tight(b'-') && nx == "chome" {
                out.push(t.to_string());
                i += 2;
                continue;
            }
        }
        if let Some(stem) = ["bis", "ter", "quater"]
            .iter()
            .find_map(|s| t.strip_suffix(s).filter(|d| is_digits(d)))
        {
            out.push(format!("{stem}{}", &t[stem.len()..stem.len() + 1]));
            i += 1;
            continue;
        }
        // Floors written number first, with or without an ordinal mark:
        // `7. OG`, `1.OG`, `4º andar`, `4° andar`, `7.º andar`, `2ª planta`,
        // `3e étage`, `3階`. `Stock` only after a dot (`3. Stock`: ordinal;
        // `12 Stock Lane` is a street). Not across a comma (`nº 98, piso 11`).
        if let Some(num) = floor_ordinal(t) {
            let (word_at, sep_ok) = if matches!(nx, "o" | "a") && sp == Sep::Tight(b'.') {
                (i + 2, true)
            } else {
                (i + 1, matches!(sp, Sep::Dot | Sep::Tight(_) | Sep::Space))
            };
            let w = tok(word_at);
            if sep_ok && is_floor_word_after(w) && (w != "stock" || sp.dot()) {
                out.push(format!("floor{}", trim_zeros(num)));
                i = word_at + 1;
                continue;
            }
        }
        // `L16`: level 16 (Hong Kong, Australia, Malaysia), unless it opens a
        // Liverpool postcode (`L16 8JQ`).
        if let Some(num) = t
            .strip_prefix('l')
            .filter(|d| (1..=3).contains(&d.len()) && is_digits(d))
        {
            if !looks_like_uk_inward(nx) {
                out.push(format!("floor{}", trim_zeros(num)));
                i += 1;
                continue;
            }
        }
        // Korean `526-ho` (호, room 526) written in Latin letters.
        if is_digits(t) && sp == Sep::Tight(b'-') && nx == "ho" {
            out.push(format!("unit{}", trim_zeros(t)));
            i += 2;
            continue;
        }
        // Chinese and Korean counters, run together with their number by
        // transliteration (`3028室` is `3028shi`): see `cjk_counted`.
        // Japanese block numbers in kanji: `2丁目13番20号` is `2-13-20`
        // (`13番地` too).
        if let Some(d) = t.strip_suffix("ding").filter(|d| is_digits(d)) {
            if nx == "mu" {
                out.push(trim_zeros(d).to_string());
                i += 2;
                continue;
            }
        }
        if let Some(d) = t.strip_suffix("fan").filter(|d| is_digits(d)) {
            out.push(trim_zeros(d).to_string());
            i += if nx == "di" { 2 } else { 1 };
            continue;
        }
        // A Latin name run into them too: `Collective Works16樓`.
        let (word, counted) = match t.find(|c: char| c.is_ascii_digit()) {
            Some(k) if k >= 3 && t[..k].bytes().all(|c| c.is_ascii_alphabetic()) => {
                (Some(&t[..k]), cjk_counted(&t[k..]))
            }
            _ => (None, cjk_counted(t)),
        };
        if let Some(c) = counted {
            out.extend(word.map(str::to_string));
            match c {
                Counted::Floor(f) => {
                    out.push(format!("floor{}", trim_zeros(f)));
                    // `10樓1003`: Chinese writes from the city down to the
                    // room, so a bare number ending the address after its
                    // floor is the room, 室 left unsaid (`Rm 1003, 10/F`).
                    if word.is_none() && i + 2 == n && (2..=5).contains(&nx.len()) && is_digits(nx)
                    {
                        out.push(format!("unit{}", trim_zeros(nx)));
                        i += 2;
                        continue;
                    }
                }
                Counted::Unit(u) => out.push(format!("unit{}", trim_zeros(u))),
                Counted::FloorUnit(f, u) => {
                    out.push(format!("floor{}", trim_zeros(f)));
                    out.push(format!("unit{}", trim_zeros(u)));
                }
                Counted::Numbered(d) => {
                    // `501号室` (Japanese room), or a 号 after the house's
                    // own 号 (`…大道460号弘越大厦3028号`): a room. A 号
                    // before 楼 / 栋 / 座 numbers a block: left as written.
                    if nx == "shi" {
                        out.push(format!("unit{}", trim_zeros(d)));
                        i += 2;
                        continue;
                    }
                    if matches!(nx, "lou" | "dong" | "zuo") {
                        out.push(t.to_string());
                    } else if house_numbered {
                        out.push(format!("unit{}", trim_zeros(d)));
                    } else {
                        house_numbered = true;
                        out.push(trim_zeros(d).to_string());
                    }
                }
            }
            i += 1;
            continue;
        }
        // `3jie` (3階 run together by transliteration), Korean `24ceung`
        // (24층).
        if let Some(num) = floor_number_before(t, &["jie", "ceung"]) {
            out.push(format!("floor{}", trim_zeros(num)));
            i += 1;
            continue;
        }
        // A lone Portuguese or Spanish ordinal (`7º`, `3.º`) after the house
        // number is the floor, `andar` / `piso` left unsaid: `º` is an
        // ordinal mark only, never a house-number letter.
        if let Some(num) = t.strip_suffix('o').filter(|d| is_digits(d)) {
            out.push(format!("floor{}", trim_zeros(num)));
            i += 1;
            continue;
        }
        if is_digits(t) && sp == Sep::Tight(b'.') && nx == "o" && !is_digits(tok(i + 2)) {
            out.push(format!("floor{}", trim_zeros(t)));
            i += 2;
            continue;
        }
        // Articles between a Romance street type and its name (`Avenida da
        // Boavista` = `Av Boavista`, `Rua da Assembleia`): written or not.
        // Only between two words: `1234 DA` is a Dutch postcode.
        if matches!(t, "da" | "do" | "das" | "dos" | "del" | "della")
            && i > 0
            && tok(i - 1).bytes().all(|c| c.is_ascii_alphabetic())
            && !nx.is_empty()
            && nx.bytes().all(|c| c.is_ascii_alphabetic())
        {
            i += 1;
            continue;
        }
        // Russian `g.` (gorod, city) before the city name.
        if t == "g" && sp.dot() && i + 1 < n {
            i += 1;
            continue;
        }
        if is_floor_word_before(t) {
            if let Some(num) = floor_ordinal(nx) {
                out.push(format!("floor{}", trim_zeros(num)));
                i += 2;
                continue;
            }
        }
        // Hyphenated Japanese and Korean suffixes (see `joins_suffix`).
        if t.len() >= 3 && t.bytes().all(|c| c.is_ascii_alphabetic()) {
            if joins_suffix(nx, sp) {
                out.push(format!("{t}{nx}"));
                i += 2;
                continue;
            }
            if sp == Sep::Tight(b'-') && drops_suffix(nx) {
                out.push(t.to_string());
                i += 2;
                continue;
            }
        }
        // Bangalore's numbered cross roads: `6th Cross` = `6th Cross Road`.
        if t == "cross" && matches!(nx, "road" | "rd") {
            out.push(t.to_string());
            i += 2;
            continue;
        }
        if let Some(&(_, o)) = ORDINAL_WORDS.iter().find(|(w, _)| *w == t) {
            out.push(o.to_string());
            i += 1;
            continue;
        }
        // Russian `пр.` (prospekt) with its dot; bare `PR` is Puerto Rico.
        if t == "pr" && sp.dot() {
            out.push("avenue".to_string());
            i += 1;
            continue;
        }
        // Two-word names: `Nur-Sultan` (Astana 2019-2022), `Sankt-Peterburg`
        // and `St. Petersburg` (not a street), `Alma-Ata`.
        let two = match (t, nx) {
            ("nur", "sultan") => Some("astana"),
            ("sankt" | "saint" | "st" | "san", "peterburg" | "petersburg") => Some("petersburg"),
            ("alma", "ata") => Some("almaty"),
            _ => None,
        };
        if let Some(city) = two {
            out.push(city.to_string());
            i += 2;
            continue;
        }
        out.push(city_alias(t).to_string());
        i += 1;
    }
    out
}

/// French CEDEX (a business-mail routing suffix, `75008 PARIS CEDEX 08`)
/// ending the address: one variant writes it, another not.
fn strip_trailing_cedex(toks: &mut Vec<String>) {
    let n = toks.len();
    if n >= 2 && toks[n - 1] == "cedex" {
        toks.truncate(n - 1);
    } else if n >= 3 && toks[n - 2] == "cedex" && toks[n - 1].len() <= 2 && is_digits(&toks[n - 1])
    {
        toks.truncate(n - 2);
    }
}

/// Drops a floor the unit number already says: `Unit 2101, 21st Floor` is
/// `Unit 2101` (towers number units floor first), so the variant that leaves
/// the floor out matches. Only when the unit is the floor followed by two
/// digits: `Flat A, 12/F` keeps its floor (every floor has a flat A).
fn drop_floor_implied_by_unit(out: &mut Vec<String>) {
    let unit = out.iter().find_map(|t| {
        t.strip_prefix("unit")
            .filter(|n| n.len() >= 3 && is_digits(n))
            .map(str::to_string)
    });
    let Some(unit) = unit else { return };
    out.retain(|t| {
        !t.strip_prefix("floor").is_some_and(|f| {
            !f.is_empty()
                && f != "0"
                && is_digits(f)
                && unit.len() == f.len() + 2
                && unit.starts_with(f)
        })
    });
}

/// Turkish street and quarter words (`Mahallesi`, `Cad.`, `Sk.`, `Bulvarı`):
/// the address is Turkish, and its `Kat` / `K.` (floor) and `D.` / `Daire`
/// (flat) are read as such.
fn is_turkish_street_word(t: &str) -> bool {
    matches!(
        t,
        "mahallesi"
            | "mah"
            | "mh"
            | "caddesi"
            | "cad"
            | "cd"
            | "sokak"
            | "sokagi"
            | "sok"
            | "sk"
            | "bulvari"
            | "bulv"
            | "blv"
    )
}

/// Turkish floors and flats: `Kat 31` / `K.31` / `Kat:31` is floor 31,
/// `D.3119` / `D:3119` / `Daire 3119` is flat 3119, and so is the door
/// number written right after the floor (`No:86 Kat:32 No:3205`, the
/// second `No` dropped with its label).
fn turkish_floors_and_units(toks: &mut Vec<String>) {
    let mut out = Vec::with_capacity(toks.len());
    let mut after_floor = false;
    let mut i = 0;
    while i < toks.len() {
        let t = toks[i].as_str();
        let nx = toks.get(i + 1).map_or("", String::as_str);
        if matches!(t, "kat" | "k") && is_digits(nx) {
            out.push(format!("floor{}", trim_zeros(nx)));
            after_floor = true;
            i += 2;
            continue;
        }
        if (matches!(t, "d" | "daire") && is_digits(nx)) || (after_floor && is_digits(t)) {
            let n = if is_digits(t) { t } else { nx };
            out.push(format!("unit{}", trim_zeros(n)));
            i += if is_digits(t) { 1 } else { 2 };
            after_floor = false;
            continue;
        }
        after_floor = false;
        out.push(toks[i].clone());
        i += 1;
    }
    *toks = out;
}

/// Russian and Kazakh name endings transliterated several ways: `-ий` as
/// `ii`, `iy`, `y` (`Kutuzovskii`, `Kutuzovskiy`, `Kutuzovsky`), `-ый` as
/// `yi`, and `-ай` as `ai`, `ay` (`Kabanbai`, `Kabanbay`): one form, in
/// words of six letters or more. (Not `yy`: a doubled letter is a typo.)
fn fold_transliterated_ending(t: &str) -> String {
    if t.len() >= 6 && t.bytes().all(|b| b.is_ascii_lowercase()) {
        for (end, to) in [("ii", "y"), ("iy", "y"), ("yi", "y"), ("ai", "ay")] {
            if let Some(stem) = t.strip_suffix(end) {
                return format!("{stem}{to}");
            }
        }
    }
    t.to_string()
}

/// Canonical postal address: transliterated, lower case, punctuation gone,
/// street-type abbreviations expanded (St -> street, Rd -> road, ...), unit
/// designators (Suite, Ste, #, Apt, Room) folded into `unit<N>`, floors
/// (`3F`, `3/F`, `Fl 3`, `3rd floor`) into `floor<N>`, also when a
/// designator before its number is misspelt by one edit (`Suxte 400`,
/// `Flor 12`), ground floors (`G/F`, `Ground Floor`) into `floor0`, split
/// postcodes joined (`SW1A 1AA`, `7267 EN`), ZIP+4 reduced to the ZIP,
/// compound street names split (`Goethestr.` -> `goethe street`, see
/// `STREET_SUFFIXES`), country names dropped (at the end, see
/// `strip_trailing_countries`, and some anywhere), a PO box dropped when
/// the address also has a street (see below); then the tokens are sorted so
/// that `100 Main St` and `Main Street 100` agree. Typos elsewhere are
/// matched, not normalised away: see [`addresses_may_match`].
///
/// PO boxes: `Sky Tower, 33 Victoria Ave, PO Box 77573, Abu Dhabi` and the
/// same without the box are one office: the box is where mail is collected
/// (in the Gulf states often the only postal address, so one variant gives
/// it and another leaves it out), the street and number are where the
/// company is. So a box is dropped when the address also has a house
/// number and a street or building word, or a unit or floor (see
/// `has_street_part`); an address that is only a box (and a city, a
/// postcode) keeps it, since without it nothing but the city is left. Safe for weight: two customers at one street address then
/// share it even if their boxes differ, which is what sharing premises is;
/// a tower many customers give stays weak evidence, because an address
/// weighs less the more customers hold it.
pub fn normalize_address(s: &str) -> Option<String> {
    let s = &strip_care_of(s);
    let mut toks = address_tokens(s);
    if toks.iter().any(|t| is_turkish_street_word(t)) {
        turkish_floors_and_units(&mut toks);
    }
    strip_trailing_countries(&mut toks);
    strip_trailing_cedex(&mut toks);
    strip_trailing_countries(&mut toks);
    abbreviate_us_state(&mut toks);
    split_joined_postcodes(&mut toks);
    let mut out: Vec<String> = Vec::with_capacity(toks.len() + 1);
    let mut po_box_seen = false;
    let mut i = 0;
    while i < toks.len() {
        let t = toks[i].as_str();
        let next = toks.get(i + 1).map(String::as_str);
        if let Some((k, n)) = po_box(&toks[i..]) {
            out.push(format!("pobox{}", trim_zeros(n)));
            po_box_seen = true;
            i += k;
            continue;
        }
        // Ground floor: `G/F` (Hong Kong), `GF`, `Ground Floor`, `Grd Fl`.
        // Floor 0, as lifts in most of Europe number it; the floor above is
        // `1/F` in Hong Kong and Britain, a different floor.
        // A lone `G` before another floor word and a number is a block
        // (`Tower G, Level 5`).
        let after_next_is_number = toks.get(i + 2).is_some_and(|t2| is_digits(t2));
        if t == "gf"
            || (matches!(t, "ground" | "grd" | "gnd") && next.is_some_and(is_floor_word))
            || (t == "g"
                && (next == Some("f")
                    || (next.is_some_and(is_floor_word) && !after_next_is_number)))
        {
            out.push("floor0".to_string());
            i += if t == "gf" { 1 } else { 2 };
            continue;
        }
        // `3f`, `12fl`
        if let Some(n) = floor_number_before(t, &["f", "fl"]) {
            out.push(format!("floor{}", trim_zeros(n)));
            i += 1;
            continue;
        }
        let ordinal = strip_ordinal(t);
        let num = ordinal.or(if is_digits(t) { Some(t) } else { None });
        // `3 f`, `3 floor`, `3rd floor` (number then floor word). A plain
        // number before a floor word that a number follows is a house or
        // unit number (`Unit 12 Fl 3`); an ordinal never is (`7th Floor, 88
        // Lockhart Road`, `22nd Fl 2201`).
        if let (Some(n), Some(nx)) = (num, next) {
            if is_floor_word(nx)
                && (nx == "f"
                    || ordinal.is_some()
                    || !toks.get(i + 2).is_some_and(|t2| is_digits(t2)))
            {
                out.push(format!("floor{}", trim_zeros(n)));
                i += 2;
                continue;
            }
        }
        // Checked only before a number: the misspelling test is the costly part.
        let before_number = next.is_some_and(|nx| nx.bytes().any(|b| b.is_ascii_digit()));
        if t != "f" && (is_floor_word(t) || (before_number && is_misspelt(t, FLOOR_WORDS))) {
            if let Some(n) = next
                .and_then(|nx| strip_ordinal(nx).or(if is_digits(nx) { Some(nx) } else { None }))
            {
                out.push(format!("floor{}", trim_zeros(n)));
                i += 2;
                continue;
            }
        }
        // `Flat/Rm 1710`, `Office No. 2408`: a second designator or a
        // `No.` between the designator and its number.
        if is_unit_word(t) {
            if let (Some(mid), Some(num)) = (next, toks.get(i + 2)) {
                if (is_unit_word(mid) || matches!(mid, "no" | "nr" | "number"))
                    && (num.bytes().any(|b| b.is_ascii_digit())
                        || (is_unit_word(mid) && num.len() == 1))
                {
                    out.push(format!("unit{}", trim_zeros(num)));
                    i += 3;
                    continue;
                }
            }
        }
        // `Off. 105`: an office, where a number alone follows (`off Jalan
        // Ampang`, `off 5th Avenue` are directions).
        let office_abbrev = t == "off" && next.is_some_and(is_office_number);
        if is_unit_word(t) || office_abbrev || (before_number && is_misspelt(t, UNIT_WORDS)) {
            if let Some(nx) = next.filter(|nx| {
                (is_unit_word(t) && nx.len() == 1) || nx.bytes().any(|b| b.is_ascii_digit())
            }) {
                out.push(format!("unit{}", trim_zeros(nx)));
                i += 2;
                continue;
            }
        }
        // ZIP+4: drop the +4 after a five-digit ZIP.
        if t.len() == 4 && is_digits(t) && out.last().is_some_and(|p| p.len() == 5 && is_digits(p))
        {
            i += 1;
            continue;
        }
        // Split postcodes: `sw1a 1aa`, `k1a 0b1`, `7267 en` (Dutch: see
        // `split_joined_postcodes` for the letters that are not joined).
        if let Some(nx) = next {
            let dutch = || {
                is_dutch_postcode(t, nx)
                    && !is_word_not_postcode_letters(nx)
                    && !(i + 2 == toks.len() && is_country_code(nx))
            };
            if (looks_like_uk_outward(t) && looks_like_uk_inward(nx))
                || (looks_like_ca_half(t, true) && looks_like_ca_half(nx, false))
                || dutch()
            {
                out.push(format!("{t}{nx}"));
                i += 2;
                continue;
            }
        }
        // Two-letter country codes come and go between variants of one
        // address ("..., 518000 CN"); an abbreviation that is also a code
        // (Pl = place, Poland) keeps its street meaning.
        if is_address_noise(t) || (street_word(t) == t && is_country_code(t)) {
            i += 1;
            continue;
        }
        let t = strip_ordinal(t).unwrap_or(t);
        if let Some((stem, word)) = split_street_compound(t) {
            out.push(stem.to_string());
            out.push(word.to_string());
        } else {
            out.push(fold_transliterated_ending(street_word(t)));
        }
        i += 1;
    }
    if po_box_seen && has_street_part(&out) {
        out.retain(|t| !is_po_box_token(t));
    }
    drop_floor_implied_by_unit(&mut out);
    out.sort_unstable();
    out.dedup();
    if out.is_empty() {
        None
    } else {
        Some(out.join(" "))
    }
}

/// The address less a `c/o ...` (`care of`) part: up to the next comma,
/// semicolon or line, the name of whoever receives the mail (`c/o
/// Registered Agent, Meydan Grandstand, ...`, `c/o Mail Room, Office 227,
/// ...`). That is an agent or a mail room, not part of the premises: one
/// client writes it and another does not, and the premises are the same.
fn strip_care_of(s: &str) -> std::borrow::Cow<'_, str> {
    // Most addresses have neither marker: no copy then.
    let b = s.as_bytes();
    let has = |m: &[u8]| b.windows(m.len()).any(|w| w.eq_ignore_ascii_case(m));
    if !has(b"c/o") && !has(b"care of") {
        return std::borrow::Cow::Borrowed(s);
    }
    const SEPARATORS: [char; 4] = [',', ';', '\n', '\r'];
    let lower = s.to_ascii_lowercase();
    let mut out = String::new();
    let mut last = 0;
    let mut i = 0;
    // Whether a part begins here: only spaces since a separator, or only
    // whitespace since the start. Kept as the scan goes, so one pass.
    let (mut starts_segment, mut seen_text) = (true, false);
    while i < lower.len() {
        let rest = &lower[i..];
        let marker = ["c/o ", "c/o:", "c/o.", "care of ", "in care of "]
            .iter()
            .find(|m| rest.starts_with(**m))
            .map(|m| m.len());
        match marker {
            Some(len) if starts_segment => {
                let end = rest[len..]
                    .find(SEPARATORS)
                    .map_or(lower.len(), |e| i + len + e);
                out.push_str(&s[last..i]);
                last = end;
                i = end;
                seen_text = true;
            }
            _ => {
                let c = rest.chars().next().unwrap_or(' ');
                if SEPARATORS.contains(&c) {
                    starts_segment = true;
                } else if c != ' ' && (seen_text || !c.is_whitespace()) {
                    starts_segment = false;
                }
                seen_text |= !c.is_whitespace();
                i += c.len_utf8();
            }
        }
    }
    if last == 0 {
        return std::borrow::Cow::Borrowed(s);
    }
    out.push_str(&s[last..]);
    std::borrow::Cow::Owned(out)
}

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
const CALLING_CODES: &[(&str, &str, &str)] = &[
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
fn steps_by(d: &[u8], k: u8) -> bool {
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

/// Free-mail and consumer mail providers: a shared domain there says nothing.
const FREE_MAIL: &[&str] = &[
    "gmail.com",
    "googlemail.com",
    "yahoo.com",
    "yahoo.co.uk",
    "yahoo.co.jp",
    "yahoo.com.hk",
    "yahoo.com.tw",
    "ymail.com",
    "hotmail.com",
    "hotmail.co.uk",
    "outlook.com",
    "live.com",
    "msn.com",
    "icloud.com",
    "me.com",
    "mac.com",
    "aol.com",
    "proton.me",
    "protonmail.com",
    "pm.me",
    "tutanota.com",
    "tuta.io",
    "gmx.com",
    "gmx.de",
    "gmx.net",
    "web.de",
    "mail.com",
    "zoho.com",
    "fastmail.com",
    "hey.com",
    "yandex.ru",
    "yandex.com",
    "ya.ru",
    "mail.ru",
    "inbox.ru",
    "bk.ru",
    "list.ru",
    "rambler.ru",
    "qq.com",
    "foxmail.com",
    "163.com",
    "126.com",
    "yeah.net",
    "sina.com",
    "sina.cn",
    "sohu.com",
    "aliyun.com",
    "139.com",
    "189.cn",
    "21cn.com",
    "tom.com",
    "naver.com",
    "daum.net",
    "hanmail.net",
    "rediffmail.com",
    // Consumer ISPs and national portals, by country.
    "emirates.net.ae",
    "t-online.de",
    "freenet.de",
    "arcor.de",
    "posteo.de",
    "mailbox.org",
    "orange.fr",
    "free.fr",
    "wanadoo.fr",
    "sfr.fr",
    "neuf.fr",
    "laposte.net",
    "libero.it",
    "virgilio.it",
    "tiscali.it",
    "alice.it",
    "tin.it",
    "telefonica.net",
    "terra.es",
    "sapo.pt",
    "ukr.net",
    "i.ua",
    "uol.com.br",
    "bol.com.br",
    "terra.com.br",
    "ig.com.br",
    "nate.com",
    "docomo.ne.jp",
    "ezweb.ne.jp",
    "au.com",
    "softbank.ne.jp",
    "i.softbank.jp",
    "nifty.com",
    "biglobe.ne.jp",
    "singnet.com.sg",
    "pacific.net.sg",
    "starhub.net.sg",
    "netvigator.com",
    "bigpond.com",
    "bigpond.net.au",
    "optusnet.com.au",
    "xtra.co.nz",
    "shaw.ca",
    "rogers.com",
    "sympatico.ca",
    "videotron.ca",
    "telus.net",
    "btinternet.com",
    "sky.com",
    "virginmedia.com",
    "ntlworld.com",
    "talktalk.net",
    "comcast.net",
    "verizon.net",
    "att.net",
    "sbcglobal.net",
    "cox.net",
    "earthlink.net",
    "charter.net",
    "bellsouth.net",
    "email.com",
    "usa.com",
    "inbox.com",
    "gmx.at",
    "gmx.ch",
    "gmx.fr",
    "gmx.us",
    "seznam.cz",
    "wp.pl",
    "o2.pl",
    "onet.pl",
    "interia.pl",
    "abv.bg",
    "walla.co.il",
    "sina.com.cn",
    "vip.qq.com",
    "rocketmail.com",
    "lycos.com",
    "juno.com",
    "eircom.net",
    "iol.ie",
    "ziggo.nl",
    "kpnmail.nl",
    "planet.nl",
    "hetnet.nl",
    "home.nl",
    "telenet.be",
    "skynet.be",
    "bluewin.ch",
    "sunrise.ch",
    "aon.at",
    "chello.at",
    "otenet.gr",
    "cytanet.com.cy",
    "superonline.com",
    "ttmail.com",
    "hinet.net",
    "seed.net.tw",
    "so-net.ne.jp",
    "ocn.ne.jp",
    "kornet.net",
    "hanafos.com",
    "vsnl.net",
    "streamyx.com",
    "tm.net.my",
    "mweb.co.za",
    "inbox.kz",
    "mail.kz",
    "kakao.com",
    // Relays that give every user an address of their own at one domain
    // (`privaterelay.appleid.com`).
    "appleid.com",
    "duck.com",
    "mozmail.com",
    "simplelogin.com",
    "anonaddy.me",
];

/// Mail brands that sell the same consumer mailbox under many country
/// domains (`hotmail.fr`, `yahoo.com.br`, `gmx.ch`, `yandex.kz`): the label
/// before the public suffix names the provider.
const FREE_MAIL_BRANDS: &[&str] = &[
    "hotmail",
    "outlook",
    "live",
    "yahoo",
    "ymail",
    "aol",
    "gmx",
    "yandex",
    "windowslive",
];

/// Consumer mail brands whose misspellings (`outlok.com`, `gmial.com`,
/// `yahooo.com`) customers type and the typo-squatters who register them
/// accept: one edit from a brand of five letters or more is still free mail
/// to whoever typed it, if the first letter is the brand's. Shorter brands
/// (`qq`, `aol`, `live`) are one edit from too many real companies' names.
const FREE_MAIL_TYPO_BRANDS: &[&str] = &[
    "gmail",
    "googlemail",
    "hotmail",
    "outlook",
    "yahoo",
    "yandex",
    "icloud",
    "protonmail",
    "rediffmail",
];

pub fn is_free_mail(domain: &str) -> bool {
    if FREE_MAIL.contains(&domain) || DISPOSABLE_MAIL.contains(domain) {
        return true;
    }
    if let Some((label, suffix)) = domain.split_once('.') {
        let last = suffix.rsplit('.').next().unwrap_or(suffix);
        if (last.len() == 2 || suffix == "com" || suffix == "net")
            && FREE_MAIL_TYPO_BRANDS.iter().any(|b| {
                // Typists rarely miss the first letter; a company's own
                // domain often differs there (`lcloud.com`, `bmail.io`).
                label.as_bytes().first() == b.as_bytes().first()
                    && within_one_edit(label.as_bytes(), b.as_bytes())
            })
        {
            return true;
        }
    }
    // `domain` is registrable: its first label is the brand, the rest the
    // public suffix; only country suffixes (`fr`, `co.uk`, `com.br`) and
    // `com`/`net` count, so `live.events` stays a company.
    match domain.split_once('.') {
        Some((label, suffix)) if FREE_MAIL_BRANDS.contains(&label) => {
            let last = suffix.rsplit('.').next().unwrap_or(suffix);
            last.len() == 2 || suffix == "com" || suffix == "net"
        }
        _ => false,
    }
}

/// Whether a registrable mail domain is a university's, a school's or a
/// research institute's (`mit.edu`, `snu.ac.kr`, `ox.ac.uk`,
/// `tsinghua.edu.cn`, `ethz.ch`, `kist.re.kr`):
/// thousands of students, researchers and alumni who never met give it, as
/// they give a free-mail provider, so it is no organisation's own domain.
/// Academic suffixes are read; other universities' domains are looked up
/// in the swot list (`data/academic_domains.txt`, see `data/README.md`).
pub fn is_academic_mail(domain: &str) -> bool {
    let mut labels = domain.rsplit('.');
    let (tld, second, third) = (labels.next(), labels.next(), labels.next());
    tld == Some("edu")
        || (matches!(second, Some("edu" | "ac"))
            && tld.is_some_and(|t| t.len() == 2)
            && third.is_some())
        // Korea's research institutes (`kist.re.kr`): as many unrelated
        // researchers as a university.
        || (second == Some("re") && tld == Some("kr") && third.is_some())
        || ACADEMIC_DOMAINS.contains(domain)
        || RESEARCH_ORGANISATIONS.contains(&domain)
}

/// National research organisations whose staff mail from one domain without
/// an academic suffix (`cas.cn` for the Chinese Academy of Sciences'
/// institutes, `cnrs.fr`, `mpg.de`): thousands of unrelated researchers, as
/// at a university. Institutes under `.ac.xx`, `.edu`, `.re.kr` or a
/// government's suffix (`ornl.gov`, `aist.go.jp`) are found by the suffix.
/// Hand-picked, as the swot list holds universities only.
const RESEARCH_ORGANISATIONS: &[&str] = &[
    "cas.cn",
    "cnrs.fr",
    "inria.fr",
    "cea.fr",
    "inrae.fr",
    "inserm.fr",
    "riken.jp",
    "mpg.de",
    "fraunhofer.de",
    "helmholtz.de",
    "dlr.de",
    "fz-juelich.de",
    "desy.de",
    "csiro.au",
    "cern.ch",
    "psi.ch",
    "tno.nl",
    "vtt.fi",
    "csic.es",
    "cnr.it",
    "infn.it",
    "iit.it",
];

/// Whether a registrable domain is surely a university's, a school's, a
/// research institute's or a government's ([`is_government_domain`]):
/// academic by its suffix (`mit.edu`, `ox.ac.uk`,
/// `kist.re.kr`), or on the swot list under a country's suffix (`ethz.ch`,
/// `uwaterloo.ca`). The list's `.com` and `.org` schools share their names
/// with companies (`crescent.com`), and its `.io`, `.co` or `.ai` ones are
/// bootcamps (`oclock.io`), so a site there, or values its mailboxes
/// share, may be a company's. A throwaway mail service under an academic
/// suffix (`outlook.edu.pl`) is no university.
pub fn is_university_domain(domain: &str) -> bool {
    if is_government_domain(domain) {
        return true;
    }
    const GENERIC_CC: &[&str] = &[
        "io", "co", "ai", "me", "sh", "cc", "tv", "fm", "ly", "gg", "so", "to",
    ];
    let mut labels = domain.rsplit('.');
    let tld = labels.next().unwrap_or("");
    let second = labels.next().unwrap_or("");
    let by_suffix = tld == "edu" || matches!(second, "edu" | "ac" | "re");
    is_academic_mail(domain)
        && (by_suffix || (tld.len() == 2 && !GENERIC_CC.contains(&tld)))
        && !is_free_mail(domain)
}

/// Whether a registrable domain is a government's (`nasa.gov`, `meti.go.jp`,
/// `bsi.bund.de`'s `bund.de`, `admin.ch`, `ec.europa.eu`'s `europa.eu`):
/// its agencies' and laboratories' staff rent compute as separately as a
/// university's researchers do, and share its networks and switchboards.
pub fn is_government_domain(domain: &str) -> bool {
    let mut labels = domain.rsplit('.');
    let tld = labels.next().unwrap_or("");
    let second = labels.next().unwrap_or("");
    matches!(tld, "gov" | "mil")
        || (tld.len() == 2
            && matches!(
                second,
                "gov" | "go" | "gob" | "gouv" | "govt" | "gc" | "mil"
            )
            && labels.next().is_some())
        || matches!(domain, "bund.de" | "admin.ch" | "europa.eu" | "gouv.fr")
}

/// Disposable and throwaway mail services (`mailinator.com`,
/// `10minutemail.com`, `guerrillamail.com`): anyone takes an inbox there,
/// so a shared domain says nothing, as at a free-mail provider
/// (`data/disposable_domains.txt`, see `data/README.md`).
static DISPOSABLE_MAIL: std::sync::LazyLock<rustc_hash::FxHashSet<&'static str>> =
    std::sync::LazyLock::new(|| {
        include_str!("../data/disposable_domains.txt")
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect()
    });

/// Universities' and schools' mail domains without an academic suffix.
static ACADEMIC_DOMAINS: std::sync::LazyLock<rustc_hash::FxHashSet<&'static str>> =
    std::sync::LazyLock::new(|| {
        include_str!("../data/academic_domains.txt")
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect()
    });

/// Premises rented to strangers by the desk or the mailbox, named in a
/// normalised address ([`shared_workspace`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SharedWorkspace {
    /// A mail drop (`Anytime Mailbox`, `Mail Boxes Etc`, `PMB 204`): a box
    /// number is one renter's, the bare address everyone's.
    MailDrop,
    /// A co-working operator or virtual office (`Regus`, `WeWork`, `Awfis`,
    /// `Impact Hub`, `Virtual Office ...`): the suite number is the centre's,
    /// printed on every member's letterhead and registration, so even with
    /// a unit the address is every tenant's.
    Desks,
}

/// Which shared workspace, if any, a normalised address
/// ([`normalize_address`]) names. Operators are matched by their brand
/// words, two-word brands by both words (normalised addresses keep their
/// words, not their order); generic words such as `hub`, `spaces` or
/// `business centre` are not enough alone, since office buildings are
/// named so too.
pub fn shared_workspace(normalised: &str) -> Option<SharedWorkspace> {
    let has = |w: &str| normalised.split(' ').any(|t| t == w);
    let mail_drop = normalised
        .split(' ')
        .any(|t| matches!(t, "mailbox" | "mailboxes" | "pmb"))
        || (has("mail") && has("boxes"));
    if mail_drop {
        return Some(SharedWorkspace::MailDrop);
    }
    let operator = normalised.split(' ').any(|t| {
        matches!(
            t,
            "regus"
                | "wework"
                | "servcorp"
                | "iwg"
                | "coworking"
                | "cowork"
                | "incubator"
                | "mindspace"
                | "awfis"
                | "industrious"
                | "justco"
                | "ucommune"
                | "smartworks"
                | "innov8"
                | "91springboard"
                | "knotel"
                | "distrii"
                | "krspace"
        )
    }) || has("virtual")
        || (has("co") && has("working"))
        || (has("hub") && (has("impact") || has("naked")))
        || (has("compass") && has("offices"));
    operator.then_some(SharedWorkspace::Desks)
}

/// Whether a registrable mail domain is an accountant's, tax adviser's or
/// formation agent's (`santosoaccounting.com`, `celikcpa.com.tr`,
/// `kariukitax.co.ke`, `formations-hk.com`, `secretarial-mail.sg`): small
/// companies give their accountant's or agent's address as their contact,
/// so the domain is shared by strangers who hired the same firm. Read from
/// the name before the public suffix, each hyphen-separated part on its
/// own: one that begins or ends with the trade's word (`information` does
/// not end with `formations`).
pub fn is_service_provider_domain(domain: &str) -> bool {
    const ENDS: &[&str] = &[
        "accounting",
        "accountants",
        "accountancy",
        "cpa",
        "cpas",
        "tax",
        "taxation",
        "audit",
        "auditors",
        "bookkeeping",
        "secretarial",
        "secretaries",
        "nominees",
        "formations",
        "fiduciary",
        "registeredagent",
        "registeredagents",
        "corpservices",
        "corporateservices",
        "corpsvc",
        "cosec",
        "incorporations",
        "companysetup",
        "bizsetup",
        "businesssetup",
        "virtualoffice",
        "virtualoffices",
        "businesscentre",
        "businesscenter",
        "bizcentre",
        "bizcenter",
        "bizsupport",
        "corpsec",
        // `indiafilings`: a filing agent's far more often than a filings
        // data vendor's (`secfilings.com`, capped too).
        "filings",
        "domiciliation",
        "domicilie",
        "trustoffice",
        // The same trades in the languages of the registries they serve:
        // German, Dutch, French, Spanish and Portuguese, Italian, Polish,
        // Turkish, Russian, Chinese, Japanese, Korean and Vietnamese
        // (romanised as their firms' domains are).
        "steuerberater",
        "steuerberatung",
        "buchhaltung",
        "treuhand",
        "wirtschaftspruefer",
        "boekhouding",
        "boekhouder",
        "administratiekantoor",
        "comptable",
        "comptabilite",
        "fiduciaire",
        "contabilidad",
        "contabilidade",
        "gestoria",
        "asesoriafiscal",
        "commercialista",
        "commercialisti",
        "ksiegowosc",
        "biurorachunkowe",
        "muhasebe",
        "musavirlik",
        "buhgalter",
        "bukhgalter",
        "buhgalteria",
        "buhuslugi",
        "buhuchet",
        "yuruslugi",
        "kuaiji",
        "caishui",
        "kaikei",
        "zeirishi",
        "hoegye",
        "semusa",
        "ketoan",
        // Company secretaries and formation: `秘书`, `注册`, `設立`, `설립`,
        // `thành lập`, `kuruluş`, `Gründung`, `oprichting`, `регистрация`,
        // `rejestracja`.
        "zhuce",
        "setsuritsu",
        "seollip",
        "thanhlap",
        "kurulus",
        "gruendung",
        "oprichting",
        "registratsiya",
    ];
    const BEGINS: &[&str] = &[
        "formations",
        "secretarial",
        "companysecretary",
        "fiduciary",
        "registeredagent",
        "nominees",
    ];
    // Words that name the trade only as a part of their own
    // (`spt-agents.sc`, `majuro-registry.com`, `kowloon-formation.hk`,
    // `mahe-corporate.com`, `spcfz-setup.ae`), not inside another word
    // (`deepagents.ai`, `giftregistry.com`, `unregistered.io`,
    // `information.com`, `corporatebank.com`). A company's own domain
    // says `corp`, not a separate `corporate`: that is the agent's
    // corporate services.
    const WHOLE: &[&str] = &[
        "agents",
        "registry",
        "registered",
        "formation",
        "incorporation",
        "corporate",
        "setup",
        // Trades whose words also end other companies' names
        // (`aideadomicile.fr` home care, `erejestracja.pl` clinics,
        // `xiaomishu.com` apps): only as a word of their own. (Not
        // `contadores`: Spanish meters, `contadores-agua.es`, as much as
        // accountants.)
        "domicile",
        "domizil",
        "rejestracja",
        "mishu",
    ];
    let label = domain.split('.').next().unwrap_or(domain);
    let part_matches = |part: &str| {
        ENDS.iter().any(|w| part.ends_with(w))
            || BEGINS.iter().any(|w| part.starts_with(w))
            || WHOLE.contains(&part)
    };
    // Whole, as `company-secretary` reads `companysecretary` (allocates
    // only for a hyphenated name).
    label.split('-').any(part_matches)
        || (label.contains('-') && part_matches(&label.replace('-', "")))
}

/// Whether a mailbox is a company secretary's, formation agent's or
/// registered agent's role address (`corpsec@`, `co.sec@`,
/// `company-secretary@`, `formations@`), read from its local part without
/// punctuation or digits. Such a mailbox at a company's own domain is
/// rare; at the agent's domain it marks the domain as the agent's, which
/// the agent's clients give as their own.
pub fn is_agent_role_mailbox(email: &str) -> bool {
    const ROLES: &[&str] = &[
        "corpsec",
        "cosec",
        "companysecretary",
        "cosecretary",
        "corporatesecretary",
        "secretarial",
        "formation",
        "formations",
        "incorporation",
        "incorporations",
        "registeredagent",
        "nominee",
        "nominees",
    ];
    let Some((local, domain)) = email.rsplit_once('@') else {
        return false;
    };
    if is_free_mail(domain) {
        return false;
    }
    let local: String = local
        .chars()
        .filter(char::is_ascii_alphabetic)
        .map(|c| c.to_ascii_lowercase())
        .collect();
    ROLES.contains(&local.as_str())
}

/// Registrable domain (`mail.corp.co.uk` -> `corp.co.uk`) by the public
/// suffix list; a host that has none (an IP, `localhost`) is returned as is.
pub fn registrable_domain(host: &str) -> Option<String> {
    let mut h = host.trim().trim_end_matches('.').to_ascii_lowercase();
    // Internationalised names in one form, Unicode: `xn--bcher-q9a.de` as
    // typed (`bücher.de`); DNS and mail tools print either.
    if h.contains("xn--") {
        h = h
            .split('.')
            .map(punycode_label)
            .collect::<Vec<_>>()
            .join(".");
    }
    if !h.is_ascii() {
        h = h.to_lowercase();
    }
    if h.is_empty() || h.contains(char::is_whitespace) {
        return None;
    }
    // A tenant of a hosting or mail platform the public suffix list does
    // not list (`acme.onmicrosoft.com`, `acme.wordpress.com`,
    // `acme.en.alibaba.com`) is its own site: the tenant's subdomain and
    // the platform, as the list gives `acme.wixsite.com`.
    if let Some(p) = TENANT_PLATFORMS.iter().find(|p| {
        h.len() > p.len() + 1 && h.ends_with(*p) && h.as_bytes()[h.len() - p.len() - 1] == b'.'
    }) {
        // The whole subdomain: a site builder's `acme.sys.business.site`
        // is not `sys.business.site`'s.
        let tenant = h[..h.len() - p.len() - 1].trim_start_matches("www.");
        // The platform's own hosts (`item.taobao.com`, `login.alibaba.com`).
        const OWN: &[&str] = &[
            "www", "m", "mobile", "item", "detail", "login", "passport", "search", "help",
            "support", "world",
        ];
        if !tenant.is_empty() && !OWN.contains(&tenant) {
            return Some(format!("{tenant}.{p}"));
        }
    }
    match psl::domain_str(&h) {
        Some(d) => Some(d.to_string()),
        None => Some(h),
    }
}

/// The name a customer chose on a platform, when `site` (a `Website` or
/// `EmailDomain` value) is a tenant of one or a page on one: `acme` of
/// `acme.wixsite.com`, `acme.onmicrosoft.com` or `linkedin.com/company/acme`.
/// Such names are first come, first served: a company takes its own name if
/// it is free, so two companies named alike pick the same one (the
/// platform's uniqueness is not the records'; a customer may claim any
/// page). `None` for a site of its own (`acme.com`).
pub fn platform_page_name(site: &str) -> Option<&str> {
    if let Some((_, page)) = site.rsplit_once('/') {
        return Some(page);
    }
    let p = TENANT_PLATFORMS.iter().chain(LISTED_PLATFORMS).find(|p| {
        site.len() > p.len() + 1
            && site.ends_with(*p)
            && site.as_bytes()[site.len() - p.len() - 1] == b'.'
    })?;
    Some(&site[..site.len() - p.len() - 1])
}

/// Site and app hosts the public suffix list already separates
/// (`acme.wixsite.com` is a registrable domain of its own), whose tenants
/// name themselves as on [`TENANT_PLATFORMS`].
const LISTED_PLATFORMS: &[&str] = &[
    "wixsite.com",
    "wixstudio.io",
    "github.io",
    "gitlab.io",
    "myshopify.com",
    "blogspot.com",
    "herokuapp.com",
    "azurewebsites.net",
    "netlify.app",
    "vercel.app",
    "webflow.io",
    "carrd.co",
    "notion.site",
    "pages.dev",
    "web.app",
    "firebaseapp.com",
    "appspot.com",
    "yolasite.com",
    "framer.website",
    "readthedocs.io",
];

/// Platforms whose every subdomain is a different customer's site or mail
/// tenant, missing from the public suffix list (which has `wixsite.com`,
/// `github.io`, `myshopify.com`, `blogspot.com`): Microsoft 365's default
/// tenant domains, site builders, blog hosts and the storefronts of Chinese
/// B2B marketplaces, which companies give as their website. Longer
/// suffixes first (`en.alibaba.com` before `alibaba.com`).
const TENANT_PLATFORMS: &[&str] = &[
    "en.made-in-china.com",
    "en.alibaba.com",
    "mail.onmicrosoft.com",
    "onmicrosoft.com",
    "my.canva.site",
    "sharepoint.com",
    "wordpress.com",
    "weebly.com",
    "squarespace.com",
    "business.site",
    "tilda.ws",
    "taplink.ws",
    "mystrikingly.com",
    "strikingly.com",
    "jimdosite.com",
    "jimdofree.com",
    "site123.me",
    "godaddysites.com",
    "webnode.page",
    "webnode.com",
    "tumblr.com",
    "livejournal.com",
    "canva.site",
    "hubspotpagebuilder.com",
    "ukit.me",
    "mozello.com",
    "tiiny.site",
    "hostingersite.com",
    "webador.com",
    "sitey.me",
    "000webhostapp.com",
    "tistory.com",
    "narod.ru",
    "ucoz.ru",
    "ucoz.net",
    "bitrix24.ru",
    "bitrix24.com",
    "made-in-china.com",
    "alibaba.com",
    "1688.com",
    "taobao.com",
    "tmall.com",
    "shoplineapp.com",
];

/// One DNS label from its ACE form (`xn--...`, RFC 3492 Punycode) to
/// Unicode; any other label, or one that does not decode, as given.
fn punycode_label(label: &str) -> std::borrow::Cow<'_, str> {
    use std::borrow::Cow;
    let Some(enc) = label.strip_prefix("xn--") else {
        return Cow::Borrowed(label);
    };
    match punycode_decode(enc) {
        Some(s) => Cow::Owned(s),
        None => Cow::Borrowed(label),
    }
}

/// RFC 3492 section 6.2 decoding.
fn punycode_decode(input: &str) -> Option<String> {
    const BASE: u32 = 36;
    const TMIN: u32 = 1;
    const TMAX: u32 = 26;
    fn adapt(delta: u32, points: u32, first: bool) -> u32 {
        let mut delta = if first { delta / 700 } else { delta / 2 };
        delta += delta / points;
        let mut k = 0;
        while delta > ((BASE - TMIN) * TMAX) / 2 {
            delta /= BASE - TMIN;
            k += BASE;
        }
        k + (BASE - TMIN + 1) * delta / (delta + 38)
    }
    let (basic, rest) = match input.rfind('-') {
        Some(p) => (&input[..p], &input[p + 1..]),
        None => ("", input),
    };
    if !basic.is_ascii() {
        return None;
    }
    let mut out: Vec<char> = basic.chars().collect();
    let (mut n, mut i, mut bias) = (128u32, 0u32, 72u32);
    let mut it = rest.bytes().peekable();
    while it.peek().is_some() {
        let old_i = i;
        let mut w = 1u32;
        let mut k = BASE;
        loop {
            let digit = match it.next()? {
                c @ b'a'..=b'z' => u32::from(c - b'a'),
                c @ b'0'..=b'9' => u32::from(c - b'0') + 26,
                _ => return None,
            };
            i = i.checked_add(digit.checked_mul(w)?)?;
            let t = if k <= bias {
                TMIN
            } else if k >= bias + TMAX {
                TMAX
            } else {
                k - bias
            };
            if digit < t {
                break;
            }
            w = w.checked_mul(BASE - t)?;
            k += BASE;
        }
        let len = out.len() as u32 + 1;
        bias = adapt(i - old_i, len, old_i == 0);
        n = n.checked_add(i / len)?;
        i %= len;
        out.insert(i as usize, char::from_u32(n)?);
        i += 1;
    }
    Some(out.into_iter().collect())
}

/// An email address as a mailbox (lower case, `+tag` dropped, dots in Gmail
/// local parts dropped) and its registrable domain. The domain is `None` for
/// free-mail providers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NormalEmail {
    pub mailbox: String,
    pub domain: Option<String>,
}

pub fn normalize_email(s: &str) -> Option<NormalEmail> {
    // RFC 5322 name-addr (`Taro Yamada <taro@acme.co.jp>`): the address is
    // what is inside the angle brackets.
    let mut t = s.trim();
    if let Some((_, inner)) = t.rsplit_once('<') {
        t = inner.split('>').next().unwrap_or(inner);
    }
    // Quotes, brackets and sentence punctuation around a pasted address.
    let t = t
        .trim_matches(|c: char| c.is_whitespace() || "\"'<>()[]{},;:.".contains(c))
        .trim_start_matches("mailto:")
        .to_ascii_lowercase();
    let (local, host) = t.rsplit_once('@')?;
    let local = local.split('+').next().unwrap_or(local);
    if local.is_empty() || host.is_empty() {
        return None;
    }
    let domain = registrable_domain(host)?;
    let local = if domain == "gmail.com" || domain == "googlemail.com" {
        local.replace('.', "")
    } else {
        local.to_string()
    };
    if is_placeholder_mailbox(&local, &domain) {
        return None;
    }
    let mailbox = format!("{local}@{domain}");
    let domain =
        if is_free_mail(&domain) || is_academic_mail(&domain) || is_government_domain(&domain) {
            None
        } else {
            Some(domain)
        };
    Some(NormalEmail { mailbox, domain })
}

/// Whether a mailbox is filler a form was given: at a domain reserved for
/// examples (RFC 2606: `example.com`, `*.test`, `*.invalid`; and any
/// `example.*`), a filler
/// word (`test`, `none`, `na`, `noreply`, one letter) at a free-mail
/// domain or at a domain named the same filler (`test@test.com`,
/// `na@na.com`, `a@a.com`), or a role's name at a free-mail domain
/// (`ops@gmail.com`, `billing@qq.com`). Strangers type the same one; a
/// company's own `admin@acme.com` is a mailbox.
fn is_placeholder_mailbox(local: &str, domain: &str) -> bool {
    const FILLER: &[&str] = &[
        "test",
        "testing",
        "tester",
        "example",
        "sample",
        "demo",
        "fake",
        "none",
        "null",
        "nil",
        "na",
        "nomail",
        "noemail",
        "noreply",
        "no-reply",
        "donotreply",
        "asdf",
        "qwerty",
        "abc",
        "xxx",
        "admin",
        "user",
        "email",
        "mail",
    ];
    let label = domain.split('.').next().unwrap_or(domain);
    let tld = domain.rsplit('.').next().unwrap_or(domain);
    if label == "example" || matches!(tld, "test" | "example" | "invalid" | "localhost") {
        return true;
    }
    // A department's or role's name is a company's mailbox at its own
    // domain; at a free-mail provider, which gives each name to one person,
    // strangers typing `ops@gmail.com` or `billing@qq.com` invent it.
    const ROLES: &[&str] = &[
        "ops",
        "info",
        "billing",
        "support",
        "contact",
        "sales",
        "office",
        "hello",
        "team",
        "dev",
        "it",
        "hr",
        "finance",
        "accounts",
        "service",
        "enquiries",
        "webmaster",
    ];
    let filler = |w: &str| {
        FILLER.contains(&w) || (w.len() == 1 && w.bytes().all(|b| b.is_ascii_alphabetic()))
    };
    (filler(local) && (is_free_mail(domain) || (label == local)))
        || (ROLES.contains(&local) && is_free_mail(domain))
}

/// Whether a record could have spelt a free-mail mailbox (`local@domain`,
/// as `normalize_email` gives it) from its own company name or people:
/// the local part, without `.`, `_` and `-`, has no digit and either is one
/// or two letters (anyone's guess), starts with a run of words of one of
/// its names of four letters or more, or is such a run whole however short
/// (`huaxin` from `华信科技`, `stroyinvesttech` from `Stroyinvest LLC`,
/// `abc` from `ABC Ltd`; `names` holds the company name and the labels of
/// its own domains, `golden-group`), starts a name word of four letters or
/// more (`prime` for `PrimeSolutions`), or is spelt by a person's name
/// words, the first of them perhaps only its initial (`jsmith`,
/// `smithjohn`), or is one of them alone (`goh`). `persons` are normalised
/// person names (`normalize_person`). Such a mailbox is a guess anyone
/// with that name could make, not a secret only one party knows.
pub fn mailbox_spelled_by(mailbox: &str, names: &[&str], persons: &[&str]) -> bool {
    let Some((local, _)) = mailbox.rsplit_once('@') else {
        return false;
    };
    let letters: String = local.chars().filter(|c| !".-_".contains(*c)).collect();
    if !letters.bytes().all(|b| b.is_ascii_lowercase()) {
        return false;
    }
    // One or two letters (`s@`, `jk@`): anyone's guess.
    if letters.len() < 3 {
        return !letters.is_empty();
    }
    for words in names.iter().map(|n| ascii_tokens(n)) {
        for i in 0..words.len() {
            // The start of a word run together from two (`prime@` for
            // `PrimeSolutions`).
            if letters.len() >= 4 && words[i].starts_with(letters.as_str()) {
                return true;
            }
            let mut run = String::new();
            for w in &words[i..] {
                run.push_str(w);
                if !letters.starts_with(&run) {
                    break;
                }
                // A shorter run only when it is the whole mailbox (`goh@`
                // for `Ivan Goh`).
                if run.len() >= 4 || run == letters {
                    return true;
                }
            }
        }
    }
    // Each name word once; at most four, so the search stays tiny.
    fn spelt(rest: &str, words: &[&str], used: u32, pieces: u32) -> bool {
        if rest.is_empty() {
            return pieces >= 2;
        }
        words.iter().enumerate().any(|(i, w)| {
            if used & (1 << i) != 0 {
                return false;
            }
            let next = used | (1 << i);
            (rest.starts_with(w) && spelt(&rest[w.len()..], words, next, pieces + 1))
                || (pieces == 0
                    && rest.len() > 1
                    && rest.as_bytes()[0] == w.as_bytes()[0]
                    && spelt(&rest[1..], words, next, pieces + 1))
        })
    }
    persons.iter().any(|p| {
        let words: Vec<&str> = p.split(' ').filter(|w| !w.is_empty()).take(4).collect();
        // One of its words alone (`anouk@`, `shahrul@`, `goh@`): as
        // guessable as the whole name.
        words.contains(&letters.as_str()) || (words.len() >= 2 && spelt(&letters, &words, 0, 0))
    })
}

/// The names a Korean company written in Hangul takes on a platform, in
/// the Revised Romanization domains and pages use: every run of two or
/// more syllables at the start of a Hangul word, each syllable read alone
/// with its final consonant as at the end of a word (`새벽랩스` gives
/// `saebyeok`, `saebyeokraep`, `saebyeokraepseu`; `한빛` gives `hanbit`).
/// Sound changes across syllables (`saebyeongnaepseu`) are not applied: a
/// company picking its page writes the syllables it sees.
pub fn hangul_page_names(name: &str) -> Vec<String> {
    const INITIALS: [&str; 19] = [
        "g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t",
        "p", "h",
    ];
    const MEDIALS: [&str; 21] = [
        "a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo",
        "we", "wi", "yu", "eu", "ui", "i",
    ];
    // Finals at the end of a word: `ㄱ ㄲ ㄳ ㄺ ㅋ` read k, `ㄷ ㅅ ㅆ ㅈ ㅊ
    // ㅌ ㅎ` t, `ㅂ ㅄ ㅍ ㄿ` p.
    const FINALS: [&str; 28] = [
        "", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p",
        "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t",
    ];
    let mut out = Vec::new();
    for word in name.split(|c: char| !('\u{AC00}'..='\u{D7A3}').contains(&c)) {
        let mut run = String::new();
        for (i, c) in word.chars().enumerate() {
            let code = c as usize - 0xAC00;
            run.push_str(INITIALS[code / 588]);
            run.push_str(MEDIALS[(code % 588) / 28]);
            run.push_str(FINALS[code % 28]);
            if i >= 1 {
                out.push(run.clone());
            }
        }
    }
    out
}

/// Website URL to its registrable domain: scheme, credentials, port, path,
/// query and `www.` dropped.
pub fn normalize_website(s: &str) -> Option<String> {
    let mut t = s.trim().to_ascii_lowercase();
    if let Some(i) = t.find("://") {
        t = t[i + 3..].to_string();
    }
    let t = t.trim_start_matches("//");
    let host = t.split(['/', '?', '#']).next().unwrap_or("");
    let host = host.rsplit('@').next().unwrap_or(host);
    let host = host.split(':').next().unwrap_or(host);
    let host = host.trim_start_matches("www.");
    if host.is_empty() || !host.contains('.') {
        return None;
    }
    let domain = registrable_domain(host)?;
    // A university's site is the institution's, given by its students,
    // researchers and labs who never met, as its mail domain is; a
    // department's or a professor's page on it (`ox.ac.uk/ml`,
    // `mit.edu/~wang`) is as widely shared.
    if is_university_domain(&domain) {
        return None;
    }
    let rest = &t[t.find(['/', '?', '#']).unwrap_or(t.len())..];
    Some(match profile_path(host, &domain, rest) {
        Some(profile) => format!("{domain}/{}", profile.to_lowercase()),
        None => domain,
    })
}

/// The page of one company or person on a social network, messenger,
/// link-in-bio or page host, which companies give as their website
/// (`linkedin.com/company/acme`, `t.me/acmeai`, `sites.google.com/view/acme`):
/// the path that names it, lower case, or `None` for any other site (whose
/// domain is the site) or a page that names no one (`facebook.com/`,
/// `linkedin.com/feed`, `facebook.com/events/123`, `t.me/joinchat/...`).
/// `path` is what follows the host (a path, a query or nothing).
fn profile_path(host: &str, domain: &str, path: &str) -> Option<String> {
    let path = path.split('#').next().unwrap_or(path);
    let (path, query) = path.split_once('?').unwrap_or((path, ""));
    let mut segs: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
    // `t.me/s/acme` is the web preview of `t.me/acme`.
    if matches!(domain, "t.me" | "telegram.me") && segs.first() == Some(&"s") {
        segs.remove(0);
    }
    let first = |n: usize| -> Option<String> {
        let s = segs.get(..n)?;
        let last = s.last()?;
        let last = last.trim_start_matches('@');
        // A file (`permalink.php`, `index.html`) is no one's name.
        (last.chars().filter(|c| c.is_alphanumeric()).count() >= 2 && !last.contains('.')).then(
            || {
                let mut s: Vec<&str> = s.to_vec();
                let k = s.len() - 1;
                s[k] = last;
                s.join("/")
            },
        )
    };
    // Pages of the platform itself, not of anyone on it.
    const NOT_A_PAGE: &[&str] = &[
        "about",
        "feed",
        "home",
        "login",
        "search",
        "share",
        "sharer",
        "sharer.php",
        "help",
        "groups",
        "watch",
        "explore",
        "hashtag",
        "intent",
        "pages",
        "people",
        "policies",
        "legal",
        "privacy",
        "settings",
        "signup",
        "jobs",
        "posts",
        "photos",
        "events",
        "joinchat",
        "stories",
        "reel",
        "reels",
        "tv",
        "live",
        "question",
        "topic",
        "business",
        "marketplace",
        "notifications",
        "messages",
    ];
    let named = |s: &&str| !NOT_A_PAGE.contains(s);
    match domain {
        "linkedin.com" => match segs.first().copied() {
            Some("company" | "in" | "school" | "showcase") => first(2),
            _ => None,
        },
        "google.com" if host == "sites.google.com" => match segs.first().copied() {
            Some("view" | "site") => first(2).map(|p| format!("sites/{p}")),
            _ => None,
        },
        "facebook.com" | "fb.com" => {
            if segs.first() == Some(&"profile.php") {
                let id = query.split('&').find_map(|kv| kv.strip_prefix("id="))?;
                return (!id.is_empty() && id.bytes().all(|b| b.is_ascii_digit()))
                    .then(|| format!("profile.php?id={id}"));
            }
            match segs.first().copied() {
                Some("pg") => first(2),
                Some(s) if named(&s) => first(1),
                _ => None,
            }
        }
        "youtube.com" => match segs.first().copied() {
            Some("c" | "channel" | "user") => first(2),
            Some(s) if s.starts_with('@') => first(1),
            _ => None,
        },
        "t.me" | "telegram.me" | "instagram.com" | "twitter.com" | "x.com" | "vk.com"
        | "github.com" | "gitlab.com" | "linktr.ee" | "taplink.cc" | "tiktok.com" | "weibo.com"
        | "wa.me" | "medium.com" | "behance.net" | "crunchbase.com" | "threads.net" | "ok.ru"
        | "zhihu.com" | "douyin.com" | "xiaohongshu.com" => match (domain, segs.first().copied()) {
            ("crunchbase.com", Some("organization")) => first(2),
            ("zhihu.com", Some("org" | "people")) => first(2),
            ("douyin.com" | "xiaohongshu.com", Some("user")) => first(2),
            ("ok.ru", Some("group")) => first(2),
            ("github.com", Some("orgs")) => first(2),
            ("zhihu.com" | "douyin.com" | "xiaohongshu.com", _) => None,
            (_, Some(s)) if named(&s) && domain != "crunchbase.com" => first(1),
            _ => None,
        },
        _ => None,
    }
}

/// An IP address and its network: the /24 for IPv4, the /48 for IPv6.
/// IPv4-mapped IPv6 addresses count as IPv4. Unparseable input is kept
/// literally and has no network.
///
/// An IPv6 address is its /64 (`2001:db8:1:2::/64`): a /64 is one LAN, one
/// subscriber or one cloud subnet, and privacy extensions (RFC 8981) rotate
/// the host half daily, so two logins from one office differ only there.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NormalIp {
    pub address: Parsed,
    pub prefix: Option<String>,
}

pub fn normalize_ip(s: &str) -> Option<NormalIp> {
    let t = s.trim();
    if t.is_empty() {
        return None;
    }
    let bare = ip_host_part(t);
    let parsed = padded_ipv4(bare)
        .map(IpAddr::V4)
        .ok_or(())
        .or_else(|()| bare.parse::<IpAddr>().map_err(|_| ()));
    match parsed {
        Ok(ip) => {
            let ip = ip.to_canonical();
            let prefix = match ip {
                IpAddr::V4(v4) => {
                    let o = v4.octets();
                    format!("{}.{}.{}.0/24", o[0], o[1], o[2])
                }
                IpAddr::V6(v6) => {
                    let s = v6.segments();
                    format!("{:x}:{:x}:{:x}::/48", s[0], s[1], s[2])
                }
            };
            let address = match ip {
                IpAddr::V4(v4) => v4.to_string(),
                IpAddr::V6(v6) => {
                    let s = v6.segments();
                    let net = std::net::Ipv6Addr::new(s[0], s[1], s[2], s[3], 0, 0, 0, 0);
                    format!("{net}/64")
                }
            };
            Some(NormalIp {
                address: Parsed::Canonical(address),
                prefix: Some(prefix),
            })
        }
        Err(_) => Some(NormalIp {
            address: Parsed::Literal(t.to_string()),
            prefix: None,
        }),
    }
}

/// An IPv4 address written with its octets zero-padded (`077.090.151.063`,
/// as some logs and spreadsheets print them): decimal, as every such
/// export means it (the standard parser refuses leading zeros, which some
/// C libraries read as octal).
fn padded_ipv4(t: &str) -> Option<std::net::Ipv4Addr> {
    let mut o = [0u8; 4];
    let mut parts = t.split('.');
    for x in &mut o {
        let p = parts.next()?;
        if p.is_empty() || p.len() > 3 || !p.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        *x = p.parse().ok()?;
    }
    parts.next().is_none().then(|| o.into())
}

/// The address in `[v6]:port`, `v4:port`, `v4/32` and `v6/128` (as
/// copied from connection logs and firewall rules); anything else as given.
fn ip_host_part(t: &str) -> &str {
    if let Some(rest) = t.strip_prefix('[') {
        // `[v6]` or `[v6]:port`.
        return rest.split(']').next().unwrap_or(rest);
    }
    if let Some((a, len)) = t.split_once('/') {
        // A host, or for IPv6 a /64 (what `normalize_ip` itself writes).
        let host = if a.contains(':') {
            len == "128" || len == "64"
        } else {
            len == "32"
        };
        return if host { a } else { t };
    }
    match t.split_once(':') {
        Some((a, port))
            if !port.is_empty()
                && port.bytes().all(|b| b.is_ascii_digit())
                && padded_ipv4(a).is_some() =>
        {
            a
        }
        _ => t,
    }
}

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
fn is_digit_run(t: &str) -> bool {
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
fn has_digit(t: &str) -> bool {
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

/// Legal forms and words so common in company names that sharing them says
/// nothing (frequency weighting would find them too; listing them keeps the
/// blocks small from the first customer on).
fn is_generic_company_word(t: &str) -> bool {
    matches!(
        t,
        "co" | "company"
            | "corp"
            | "corporation"
            | "inc"
            | "incorporated"
            | "ltd"
            | "limited"
            | "llc"
            | "llp"
            | "lp"
            | "plc"
            | "gmbh"
            | "ag"
            | "sa"
            | "sas"
            | "sarl"
            | "srl"
            | "spa"
            | "bv"
            | "nv"
            | "oy"
            | "ab"
            | "as"
            | "kk"
            | "pte"
            | "pty"
            | "pvt"
            | "private"
            | "public"
            | "jsc"
            | "ojsc"
            | "pjsc"
            | "ooo"
            | "zao"
            | "oao"
            | "tov"
            | "fze"
            | "fzco"
            | "fzc"
            | "fz"
            | "fzllc"
            | "dmcc"
            | "sdn"
            | "bhd"
            | "kft"
            | "the"
            | "and"
            | "of"
            | "technology"
            | "technologies"
            | "tech"
            | "trading"
            | "trade"
            | "international"
            | "intl"
            | "group"
            | "holdings"
            | "holding"
            | "grup"
            | "grupp"
            | "gruppe"
            | "groupe"
            | "grupo"
            | "gruppo"
            | "groep"
            | "global"
            | "industrial"
            | "industries"
            | "industry"
            | "development"
            | "investment"
            | "investments"
            | "import"
            | "export"
            | "science"
            | "sciences"
            | "electronic"
            | "electronics"
            | "services"
            | "service"
            | "solutions"
            | "systems"
            | "enterprise"
            | "enterprises"
            | "management"
            | "consulting"
            | "logistics"
            | "computing"
            | "digital"
            | "network"
            | "networks"
            | "software"
            | "data"
            | "cloud"
    )
}

/// Legal-form words: part of a company's name in one spelling and not
/// another (`Ltd`, `Limited`, `Pte. Ltd.`, `L.P.`).
fn is_legal_form(t: &str) -> bool {
    matches!(
        t,
        "ltd"
            | "limited"
            | "llc"
            | "inc"
            | "incorporated"
            | "gmbh"
            | "plc"
            | "pte"
            | "pvt"
            | "private"
            | "llp"
            | "lp"
            | "corp"
            | "corporation"
            | "company"
            | "co"
            | "sa"
            | "ag"
            | "bv"
            | "nv"
            | "sarl"
            | "srl"
            | "spa"
            | "ooo"
            | "zao"
            | "oao"
            | "jsc"
            | "pjsc"
            | "bhd"
            | "sdn"
            | "fze"
            | "fzco"
            | "fzc"
            | "kk"
            | "kft"
            | "sro"
            | "ab"
            | "oy"
            | "as"
    )
}

/// Whether a customer's name is a person's, not a company's: no legal
/// form or company word in any script (`normalize_organisation` reads
/// none, and no `公司`, `会社`, `회사` or `(주)`), two to four name words.
/// Individuals rent GPUs too; two of them who share a mail domain work at
/// one employer or university, which says nothing of one party.
pub fn is_person_name(s: &str) -> bool {
    const CJK_COMPANY: &[&str] = &[
        "公司", "会社", "會社", "회사", "(주)", "㈜", "商行", "集团", "集團",
    ];
    if CJK_COMPANY.iter().any(|w| s.contains(w)) || normalize_organisation(s).is_some() {
        return false;
    }
    let toks = ascii_tokens(s);
    (2..=4).contains(&toks.len())
        && toks
            .iter()
            .all(|t| t.bytes().all(|b| b.is_ascii_alphabetic()))
}

/// A director or owner that is a company rather than a person (a legal
/// form or a company word such as holdings, fund, ventures, trading): its
/// name without legal forms, single letters and filler words, sorted, so
/// `Dexfa Holdings Pte. Ltd.` and `DEXFA HOLDINGS LTD` agree. `None` for a
/// person's name, or a company name with nothing left (`Holdings Ltd`).
pub fn normalize_organisation(s: &str) -> Option<String> {
    let toks = ascii_tokens(s);
    // Two-letter forms (SA, AG, Co) are also syllables of people's names
    // (`Sa'id`): they only count beside a longer company word.
    let company_word = |t: &str| {
        t.len() >= 3
            && !matches!(t, "the" | "and")
            && (is_legal_form(t)
                || is_generic_company_word(t)
                || matches!(
                    t,
                    "fund" | "funds" | "partners" | "ventures" | "capital" | "trust" | "labs"
                )
                || is_corporate_service_word(t)
                || organisation_word_variant(t).is_some_and(|w| w == ["group"]))
    };
    // "gong si" (公司) is a company in pinyin.
    let pinyin_company = toks.windows(2).any(|w| w[0] == "gong" && w[1] == "si");
    if !pinyin_company && !toks.iter().any(|t| company_word(t)) {
        return None;
    }
    let mut keep: Vec<String> = Vec::with_capacity(toks.len());
    for t in toks {
        if t.len() <= 1
            || is_legal_form(&t)
            || matches!(
                t.as_str(),
                "the" | "and" | "of" | "joint" | "stock" | "public" | "pjs"
            )
        {
            continue;
        }
        match organisation_word_variant(&t) {
            Some(words) => keep.extend(words.iter().map(|w| w.to_string())),
            None => keep.push(t),
        }
    }
    keep.sort_unstable();
    keep.dedup();
    (!keep.is_empty()).then(|| keep.join(" "))
}

/// One spelling for the words a group's companies write several ways:
/// `Grup` / `Gruppe` / `Groupe` / `Grupo` are a group, `Holdings` a holding,
/// `Trading` trade, `Intl` international, `HK` Hong Kong.
fn organisation_word_variant(t: &str) -> Option<&'static [&'static str]> {
    Some(match t {
        "grup" | "grupp" | "gruppe" | "groupe" | "grupo" | "gruppo" | "groep" => &["group"],
        "holdings" => &["holding"],
        "trading" => &["trade"],
        "intl" | "int" | "internacional" | "internationale" => &["international"],
        "hk" => &["hong", "kong"],
        _ => return None,
    })
}

/// Words that name a corporate service provider's vehicle: the nominee,
/// company-secretary, trustee and registered-agent companies that formation
/// agents put on the boards and share registers of their clients.
fn is_corporate_service_word(t: &str) -> bool {
    matches!(
        t,
        "nominee"
            | "nominees"
            | "secretary"
            | "secretaries"
            | "secretarial"
            | "trustee"
            | "trustees"
            | "fiduciary"
            | "fiduciaries"
            | "registrar"
            | "registrars"
            | "formations"
            | "incorporations"
    )
}

/// Whether a normalised organisation ([`normalize_organisation`]) is a
/// corporate service provider's vehicle (`Aspelia Nominees Ltd`, `Atlasmark
/// Secretaries`, `Clearpath Corporate Services`, `Sovereign Directors
/// Limited`, `Harbour Registered Agents`, `Grand Lucky Management
/// Services`, `Global Link Trust Services`): it sits on the board or the
/// register of every client of its agent, who are strangers to one
/// another, so naming it is no more a tie than the agent's address is. A
/// family or a fund's `Trust` is not one: it owns for one party.
pub fn is_corporate_service(normalised: &str) -> bool {
    let has = |w: &str| normalised.split(' ').any(|t| t == w);
    let services = has("services") || has("service");
    // `Property Management Services`, `Asset Management Services`: an
    // operating company that manages something, not a board seat for hire.
    let managed = || {
        [
            "property",
            "properties",
            "asset",
            "assets",
            "fund",
            "funds",
            "investment",
            "investments",
            "wealth",
            "hotel",
            "hotels",
            "facility",
            "facilities",
            "healthcare",
            "project",
            "projects",
            "construction",
        ]
        .iter()
        .any(|w| has(w))
    };
    normalised.split(' ').any(is_corporate_service_word)
        || has("directors")
        || (services
            && (has("corporate")
                || (has("management") && !managed())
                || has("trust")
                || has("administration")))
        || (has("registered") && (has("agent") || has("agents")))
}

/// The distinctive words of a normalised organisation
/// ([`normalize_organisation`]), as [`company_name_tokens`] reads a company
/// name, without the words that make a name a fund's or a holding's
/// (`capital`, `partners`, `ventures`, ...): `boyuan` of `boyuan group`.
pub fn organisation_words(normalised: &str) -> impl Iterator<Item = &str> {
    normalised.split(' ').filter(|t| {
        t.len() >= 3
            && !is_digits(t)
            && !is_generic_company_word(t)
            && !matches!(
                *t,
                "fund" | "funds" | "partners" | "ventures" | "capital" | "trust" | "labs"
            )
    })
}

/// Company name reduced to its distinctive words: transliterated, lower
/// case, legal forms and generic industry words dropped. Used for the weak
/// "similar names" evidence.
pub fn company_name_tokens(s: &str) -> Vec<String> {
    let mut toks: Vec<String> = ascii_tokens(s)
        .into_iter()
        .filter(|t| t.len() >= 3 && !is_digits(t) && !is_generic_company_word(t))
        .collect();
    toks.sort_unstable();
    toks.dedup();
    toks
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cc(s: &str) -> Option<CountryCode> {
        Some(CountryCode::parse(s).unwrap())
    }

    #[test]
    fn address_spellings_that_must_agree() {
        let n = |s: &str| normalize_address(s).unwrap();
        assert_eq!(
            n("Flat 3, 22 King's Road, London SW3 4RP"),
            n("Flat 3 22 Kings Rd London SW34RP")
        );
        assert_eq!(n("12 King’s Road, London"), n("12 Kings Road, London"));
        assert_eq!(
            n("1209 Orange Street, Wilmington, DE 19801"),
            n("1209 Orange St Wilmington Delaware 19801")
        );
        assert_eq!(
            n("Suite 8500, 1 World Trade Center, New York, NY 10007"),
            n("1 World Trade Center Ste 8500 New York New York 10007")
        );
        assert_eq!(
            n("400 Main St, Charleston, West Virginia 25301, USA"),
            n("400 Main St, Charleston, WV 25301")
        );
        // Not where a state goes: the street keeps its name.
        assert_ne!(n("12 Virginia Street, Sydney"), n("12 Street, Sydney"));
        assert_eq!(n("5 O'Connell Street, Dublin"), n("5 OConnell St, Dublin"));
        assert_eq!(
            n("Marunouchi Building 7F, 9-4-3 Roppongi, Tokyo 106-0032"),
            n("7F Marunouchi Building 9-4-3 Roppongi Tokyo 〒106-0032")
        );
        assert_eq!(
            n("Room 1801, Building 3, No. 18 Zhongguancun Street, Beijing 100080"),
            n("Rm. 1801, Bldg 3, 18 Zhongguancun St., Beijing 100080")
        );
    }

    #[test]
    fn academic_mail_domains_are_nobodys_own() {
        for d in [
            "mit.edu",
            "snu.ac.kr",
            "kist.re.kr",
            "ox.ac.uk",
            "tsinghua.edu.cn",
            "iitb.ac.in",
            // No academic suffix: from the swot list.
            "ethz.ch",
            "hku.hk",
            "msu.ru",
            "utoronto.ca",
            "kth.se",
        ] {
            assert!(is_academic_mail(d), "{d}");
            let e = normalize_email(&format!("kim.lab@{d}")).unwrap();
            assert_eq!(e.domain, None, "{d}");
            assert_eq!(e.mailbox, format!("kim.lab@{d}"));
        }
        // `.ac` and `.edu` as a company's own name or country domain stay.
        for d in [
            "acme.ac",
            "edu.com",
            "educloud.io",
            "ac-systems.co.uk",
            "ac.de",
            "edu.fr",
            "ethz-consulting.ch",
            "huawei.com",
        ] {
            assert!(!is_academic_mail(d), "{d}");
        }
    }

    #[test]
    fn mailboxes_spelt_from_names() {
        let s = mailbox_spelled_by;
        assert!(s("stroyinvest@163.com", &["Stroyinvest LLC"], &[]));
        assert!(s("stroyinvest-tech@163.com", &["OOO Stroyinvest"], &[]));
        assert!(s("huaxin@qq.com", &["华信科技有限公司"], &[]));
        assert!(s("asiatech@gmail.com", &["Asia Tech Ltd"], &[]));
        assert!(s("golden@gmail.com", &["Al Reem FZE", "golden-group"], &[]));
        assert!(s("james.smith@gmail.com", &["Acme"], &["james smith"]));
        assert!(s("smithjames@gmail.com", &["Acme"], &["james smith"]));
        assert!(s("jsmith@gmail.com", &["Acme"], &["james smith"]));
        assert!(s("weiguozhang@qq.com", &["Acme"], &["guo wei zhang"]));
        // A lone name word, however short, is as guessable
        // (`anouk@gmail.com` for two Anouks, `goh@gmail.com` for two Gohs),
        // and so is a company name that is the whole mailbox, or a mailbox
        // that starts a word run together (`prime@` for `PrimeSolutions`).
        assert!(s("smith@gmail.com", &["Acme"], &["james smith"]));
        assert!(s("anouk@gmail.com", &["Synia BV"], &["anouk bos"]));
        assert!(s("wei@qq.com", &["Acme"], &["wei zhang"]));
        assert!(s("goh@gmail.com", &["Ivan Goh"], &[]));
        assert!(s("abc@gmail.com", &["ABC Ltd"], &[]));
        assert!(s(
            "prime@gmail.com",
            &["PrimeSolutions Company Limited"],
            &[]
        ));
        // One or two letters: anyone's guess.
        assert!(s("s@gmail.com", &["Acme"], &[]));
        // Digits, another word, a short run that is not the whole mailbox,
        // a short start of a word: no guess.
        assert!(!s("stroyinvest1987@163.com", &["Stroyinvest LLC"], &[]));
        assert!(!s("jamessmithx@gmail.com", &["Acme"], &["james smith"]));
        assert!(!s("ops@gmail.com", &["Acme"], &[]));
        assert!(!s("abcd@gmail.com", &["ABC Ltd"], &[]));
        assert!(!s("pri@gmail.com", &["PrimeSolutions"], &[]));
        assert!(!s(
            "nordic@gmail.com",
            &["Stroyinvest LLC"],
            &["james smith"]
        ));
        assert!(!s("not-an-address", &["Acme"], &[]));
    }

    #[test]
    fn unit_and_floor_words_of_portuguese_spanish_polish_vietnamese_and_indonesian() {
        let n = |s: &str| normalize_address(s).unwrap();
        // Brazil: `sala`, `conj.` / `cj.` (conjunto), `loja`, `apto` are
        // the suite, as `Room` is.
        let br = n("Av. Rio Branco, 599 - sala 585, Florianópolis - SC, 88006-684");
        assert_eq!(
            br,
            n("Room 585, 599 Avenida Rio Branco, Florianopolis SC 88006-684")
        );
        assert!(br.contains("unit585"), "{br}");
        for s in [
            "Av. Paulista, 1000 - conj. 101, São Paulo",
            "Av. Paulista, 1000 - cj. 101, São Paulo",
            "Av. Paulista, 1000, Conjunto 101, São Paulo",
        ] {
            assert!(n(s).contains("unit101"), "{s}: {}", n(s));
        }
        // Spain: `oficina`, `despacho`; Poland: `lok.`; France: `appt`.
        assert_eq!(
            n("Paseo de la Castellana 89, 3º piso, oficina 12, 28046 Madrid"),
            n("Paseo de la Castellana 89, Planta 3, Despacho 12, 28046 Madrid")
        );
        assert!(n("ul. Marszałkowska 10 lok. 5, 00-001 Warszawa").contains("unit5"));
        assert!(n("12 rue de la Paix, appt 4, 75002 Paris").contains("unit4"));
        // Vietnam: `Tầng` (north) and `Lầu` (south) are the floor, `Phòng`
        // the room; Indonesia: `Lantai`.
        assert_eq!(
            n("Tầng 18, Phòng 1805, 13 Hải Triều, Quận 1, TP. Hồ Chí Minh"),
            n("Lau 18, Phong 1805, 13 Hai Trieu, Quan 1, TP. Ho Chi Minh")
        );
        assert!(n("Tầng 12, 54 Liễu Giai, Ba Đình, Hà Nội").contains("floor12"));
        assert!(n("Menara BCA Lantai 50, Jl. Thamrin No. 1, Jakarta").contains("floor50"));
        // Only before a number: a street or a name stays a word.
        let tang = n("12 Tang Road, Singapore");
        assert!(tang.contains("tang") && !tang.contains("floor"), "{tang}");
    }

    #[test]
    fn address_floor_unit_forms_of_more_countries() {
        let n = |s: &str| normalize_address(s).unwrap();
        // Hong Kong `Flat/Rm C`.
        assert_eq!(
            n("Unit C, 19th Floor, 391 Gloucester Road, Central"),
            n("Flat/Rm  C, 19/F., 391 Gloucester Rd, Central")
        );
        // Malaysia and Britain: `Lot 16.17`, `Suite 6-01`, Malay `Tingkat`.
        assert_eq!(
            n("Lot 16.17, Kompleks Horizon, 366 Jln. Kerinchi, Cyberjaya"),
            n("Tingkat 16, Unit 17, Kompleks Horizon, No 366, Jln. Kerinchi, Cyberjaya")
        );
        assert_eq!(
            n("Suite 6-01, Menara Pearl, 251 Jalan Sultan Ismail"),
            n("Level 6, Unit 01, Menara Pearl, No 251, Jalan Sultan Ismail")
        );
        assert!(n("Suite 22.15, 356 Old Street").contains("floor22"));
        // Without a designator, opening an address in a tower with a house
        // number of its own.
        let suite = n("Suite 32-13, Menara Suezcap, 141 Psrn. Multimedia, 50207 Kuala Lumpur");
        assert_eq!(
            suite,
            n("No. 32-13, Menara Suezcap, 141 Persiaran Multimedia, 50207 Kuala Lumpur")
        );
        assert_eq!(
            suite,
            n("32-13, 32nd Floor, Menara Suezcap, 141 Psrn Multimedia, 50207 Kuala Lumpur")
        );
        // A house-number range stays numbers.
        assert!(!n("12-14 High Street, London SW1A 1AA").contains("unit"));
        assert!(!n("3-5 Smith St, Sydney NSW 2000").contains("unit"));
        assert!(!n("12-14 Tower Street, London WC2H 9NS").contains("unit"));
        // A bare dotted number is not a floor and a unit.
        assert!(!n("12.5 Old Street").contains("floor"));
        // Turkey: Kat / K. (floor), D. / Daire / the door number after it.
        let tr = n("Atatürk Mah. Cumhuriyet Cad. No 326 Kat 31 D.3119 Konak / İzmir");
        assert_eq!(
            tr,
            n("Atatürk Mahallesi Cumhuriyet Caddesi No:326 K.31 No:3119 Konak/İzmir")
        );
        assert_eq!(
            tr,
            n("Atatürk Mahallesi Cumhuriyet Caddesi No: 326 Kat:31 Daire 3119 Konak/İzmir")
        );
        assert!(tr.contains("unit3119"), "{tr}");
        // Outside Turkey `D. 161` is a Russian house number.
        assert!(!n("г. Москва, пр-т Кутузовский, д. 161").contains("unit"));
        // Russian: transliterated endings, `per.`, `bld.`.
        assert_eq!(
            n("161 Kutuzovskii Avenue, Moscow 129402"),
            n("prospekt Kutuzovskiy, bld. 161, Moskva 129402")
        );
        assert_eq!(
            n("129402, г. Москва, пр-т Кутузовский, д. 161"),
            n("161 Kutuzovsky Avenue, Moscow 129402")
        );
        assert_eq!(
            n("pereulok Gagarinskii, d. 305, room 2426, Moscow 110897"),
            n("110897, г.Москва, пер. Гагаринский, д.305, оф. 2426")
        );
        assert_eq!(
            n("Г.ШЫМКЕНТ, УЛ. КАБАНБАЙ БАТЫРА, Д. 350"),
            n("ul. Kabanbai batyra, bld. 350, Shymkent")
        );
    }

    #[test]
    fn organisations_are_told_from_people() {
        let o = |s: &str| normalize_organisation(s);
        assert_eq!(o("Dexfa Holdings Pte. Ltd."), Some("dexfa holding".into()));
        assert_eq!(o("DEXFA HOLDINGS LTD"), o("Dexfa Holdings Pte. Ltd."));
        assert_eq!(
            o("Sky Ventures Fund III L.P."),
            Some("fund iii sky ventures".into())
        );
        assert_eq!(o("ООО «Ромашка»"), Some("romashka".into()));
        assert_eq!(o("Lumvo Digital PTE. LTD."), o("lumvo digital pte ltd"));
        assert_ne!(o("Axentdex Holdings Ltd"), o("Axentdex Group Ltd"));
        // Nothing left but the form: no value.
        assert_eq!(o("Holdings Ltd."), Some("holding".into()));
        // One group's words, written several ways.
        assert_eq!(o("Bryanon Grup A.Ş."), o("Bryanon Group Ltd"));
        assert_eq!(o("Fumaor Gruppe GmbH"), o("Fumaor Group"));
        assert_eq!(o("Lemvyachos Trading LLC"), o("Lemvyachos Trade LLC"));
        assert_eq!(o("Chorien Holdings"), o("Chorien Holding"));
        assert_eq!(
            o("Falconbit Intl Ltd"),
            o("Falconbit International Limited")
        );
        assert_eq!(
            o("Belnor Dynamics HK Ltd"),
            o("Belnor Dynamics Hong Kong Limited")
        );
        assert_eq!(
            o("Fabyarex Holdings PJSC"),
            o("Fabyarex Holding Public Joint Stock Company")
        );
        assert_eq!(o("Ltd."), None);
        for person in [
            "Sa'id Bin Said Alqasimi",
            "Wang Wei",
            "Mohammed Ali",
            "Maria Da Costa",
            "Co Van Ly",
            "Sa Li",
            "Ag Ibrahim",
            "AS Petrova",
            "Jean-Paul Martin",
            "Беляев Леонид Фёдорович",
            "孙达宇",
        ] {
            assert_eq!(o(person), None, "{person}");
        }
    }

    #[test]
    fn offices_written_other_ways() {
        let n = |s: &str| normalize_address(s).unwrap();
        assert_eq!(
            n("Al Attar Tower 2, Al Ittihad Road, Bur Dubai, Off. 105"),
            n("Office No. 105, Al Attar Tower 2, Al Ittihad Road, Bur Dubai")
        );
        assert!(n("Mindspace Business Center, Off. 12A, Al Moosa Bldg, Dubai").contains("unit12a"));
        assert!(n("G. Astana, Ul. Zhibek Zholy, bld. 26, of. 200c").contains("unit200c"));
        assert!(!n("Shop 3, off 5th Avenue, Dubai").contains("unit5"));
        // A direction, not an office.
        assert!(n("12 Jalan Kuching, off Jalan Ipoh, Kuala Lumpur").contains("jalan"));
        assert!(!n("12 Jalan Kuching, off Jalan Ipoh").contains("unit"));
        assert_eq!(
            n("# 04 - 22, Lucky Tower, 46 Science Park Road, Singapore 114450"),
            n("46 Science Park Road, #04-22, Lucky Tower, 114450")
        );
        assert!(n("526-ho, Floor 5, 122 Eulji-ro, Seoul 04989").contains("unit526"));
        assert_eq!(
            n("Nevsky prospekt 47, office 271, St. Petersburg 191025"),
            n("Невский пр-т, д. 47, офис 271, Санкт-Петербург 191025")
        );
        assert_eq!(
            n("prospekt Dostyk 61, office 2625, Nur-Sultan 010047"),
            n("пр. Достык, 61, офис 2625, Астана 010047")
        );
        assert_eq!(
            n("Kaiserstrasse 205, 12. OG, 57178 Cologne"),
            n("Kaiserstr. 205, 12. Obergeschoss, D-57178 Koeln")
        );
        // Administrative designators come and go.
        assert_eq!(
            n("Room 2708, 27 Floor, Kerry Tower, 2920 Zhongshan Rd., Yuexiu Dist., Guangzhou"),
            n("Room 2708, Floor 27, Kerry Tower, 2920 Zhongshan Road, Yuexiu District, Guangzhou City")
        );
        // Kana or kanji against Latin digits: the building, then its 15th
        // floor (implied by room 1522), and block 23, then the district.
        let jp = n("〒101-0730 千代田区丸の内7-10-23丸の内ビル15F 1522号室");
        assert!(jp.split(' ').any(|t| t == "biru"), "{jp}");
        assert!(jp.contains("unit1522"), "{jp}");
        assert!(jp.split(' ').any(|t| t == "23"), "{jp}");
    }

    #[test]
    fn lines_stay_apart_in_any_script() {
        let n = |s: &str| normalize_address(s).unwrap();
        assert_eq!(
            n("Techno Hub\nBrīvības iela 91\nSuite 143\nLV-1734 Rīga"),
            n("Techno Hub, Brivibas iela 91, Suite 143, LV-1734 Riga")
        );
        assert!(n("Brīvības iela 91\nSuite 143").contains("unit143"));
    }

    #[test]
    fn a_care_of_part_is_not_the_premises() {
        let n = |s: &str| normalize_address(s).unwrap();
        assert_eq!(
            n("c/o Registered Agent, Meydan Grandstand, 6th floor, Meydan Road, Dubai"),
            n("Meydan Grandstand, 6th floor, Meydan Road, Dubai")
        );
        assert_eq!(
            n("C/O Mail Room\nOffice 227, IT Park, Tashkent 100084"),
            n("Office 227, IT Park, Tashkent 100084")
        );
        assert_eq!(
            n("Acme Ltd, care of Harbour Services; 12 Quay St, Auckland 1010"),
            n("Acme Ltd, 12 Quay St, Auckland 1010")
        );
        // Only where a part begins with it.
        assert!(n("12 Rue C/O Something, Paris").contains("something"));
    }

    #[test]
    fn address_variants_agree() {
        let a =
            normalize_address("100 Main St., Suite 400, Springfield, IL 62701-1234, USA").unwrap();
        let b = normalize_address("100 MAIN STREET STE 400 SPRINGFIELD IL 62701").unwrap();
        let c = normalize_address("Main Street 100, #400, Springfield IL 62701").unwrap();
        assert_eq!(a, b);
        assert_eq!(a, c);
        assert!(a.contains("unit400"));
        assert!(a.contains("street"));
    }

    #[test]
    fn address_abbreviations() {
        assert_eq!(
            normalize_address("5 Hill Rd"),
            normalize_address("5 hill road")
        );
        assert_eq!(
            normalize_address("5 Park Ave"),
            normalize_address("5 Park Avenue")
        );
        assert_eq!(
            normalize_address("5 Sunset Blvd"),
            normalize_address("5 Sunset Boulevard")
        );
        assert_ne!(
            normalize_address("5 Hill Rd"),
            normalize_address("7 Hill Rd")
        );
    }

    #[test]
    fn address_floors_and_units() {
        let a = normalize_address("3/F, 88 Queensway, Admiralty").unwrap();
        let b = normalize_address("88 Queensway 3rd Floor Admiralty").unwrap();
        let c = normalize_address("88 Queensway, Fl 3, Admiralty").unwrap();
        let d = normalize_address("88 Queensway 3F Admiralty").unwrap();
        assert_eq!(a, b);
        assert_eq!(a, c);
        assert_eq!(a, d);
        assert!(a.contains("floor3"));
        assert_ne!(
            normalize_address("Unit 5, 1 Dock Rd"),
            normalize_address("Unit 6, 1 Dock Rd")
        );
        assert_eq!(
            normalize_address("Apt. 05, 1 Dock Rd"),
            normalize_address("unit 5 1 dock road")
        );
    }

    #[test]
    fn address_singapore_floor_and_unit() {
        let n = |s: &str| normalize_address(s).unwrap();
        // `#40-28` is floor 40, unit 28, written either way.
        assert_eq!(
            n("246 Raffles Place #40-28 S083949"),
            n("246 Raffles Place, Level 40 Unit 28, Singapore 083949")
        );
        assert_eq!(n("1 Raffles Pl, Unit 12-03"), n("1 Raffles Place, #12-03"));
        assert!(n("1 Raffles Place, #12-03").contains("floor12"));
        assert_ne!(n("1 Raffles Place, #12-03"), n("1 Raffles Place, #12-04"));
        assert_ne!(n("1 Raffles Place, #12-03"), n("1 Raffles Place, #13-03"));
        // A plain `#` stays a unit; an odd shape is left as it was.
        assert_eq!(n("Main Street 100, #400"), n("100 Main St, Unit 400"));
        assert_eq!(n("#12-, Main St"), n("Unit 12, Main St"));
        assert!(normalize_address("#-#1234-5678-9 Ünit 5-").is_some());
    }

    #[test]
    fn address_more_street_and_unit_words() {
        let n = |s: &str| normalize_address(s).unwrap();
        assert_eq!(
            n("833 Halaskargazi Cad., Istanbul"),
            n("833 Halaskargazi Caddesi, Istanbul")
        );
        assert_eq!(
            n("12 Barbaros Bulv., Istanbul"),
            n("12 Barbaros Bulvari, Istanbul")
        );
        assert_eq!(
            n("Nab. Fontanki 5, St Petersburg"),
            n("Naberezhnaya Fontanki 5, St Petersburg")
        );
        assert_eq!(n("318 Des Voeux Rd Ctrl"), n("318 Des Voeux Road Central"));
        assert_eq!(
            n("Schillerstraße 154, Büro 415, 53835 Berlin"),
            n("Schillerstrasse 154, Einheit 415, 53835 Berlin")
        );
        assert_eq!(
            n("Tverskaya ul. 7, pom. 12, Moscow"),
            n("Tverskaya Street 7, Office 12, Moscow")
        );
    }

    #[test]
    fn addresses_sharing_premises() {
        let n = |s: &str| normalize_address(s).unwrap();
        let share = |a: &str, b: &str| {
            let (x, y) = (n(a), n(b));
            let keys = |t: &str| {
                let mut k = Vec::new();
                for_each_premises_key(t, &mut String::new(), |s| k.push(s.to_string()));
                k
            };
            let m = addresses_share_premises(&x, &y);
            assert_eq!(m, addresses_share_premises(&y, &x), "symmetric: {a} / {b}");
            if m {
                let (kx, ky) = (keys(&x), keys(&y));
                assert!(kx.iter().any(|k| ky.contains(k)), "shared key: {a} / {b}");
            }
            m
        };
        // The fuller spelling adds a postcode, a floor its unit implies, a
        // tower or building name, a city.
        for (a, b) in [
            (
                "Unit 2311, 833 Halaskargazi Caddesi, Istanbul",
                "833 Halaskargazi Cad., Unit 2311, 23rd Floor, Istanbul 60977",
            ),
            (
                "Flat 1514, Tower 2, 604 Providence Industrial Estate, VICTORIA, MAHÉ",
                "Unit 1514, 604 Providence Industrial Estate, Victoria, Mahé",
            ),
            (
                "Room 419, Floor 4, No. 741 Shennan Avenue, Futian District, Shenzhen 518008",
                "Room 419, 4/F, 741 Shennan Avenue, Futian District, Shenzhen",
            ),
            (
                "Suite 5, 10 Main St",
                "Suite 5, 10 Main Street, Springfield",
            ),
        ] {
            assert!(share(a, b), "{a} / {b}");
        }
        for (a, b) in [
            // No unit: a building, where many companies sit.
            ("10 Main St", "10 Main Street, Springfield 12345"),
            // Another unit, another house, another floor.
            ("Unit 5, 10 Main St", "Unit 6, 10 Main Street, Springfield"),
            ("Unit 5, 10 Main St, 12345", "Unit 5, 12 Main Street, 12345"),
            (
                "Unit 5, 3/F, 10 Main St",
                "Unit 5, 4/F, 10 Main Street, Springfield",
            ),
            // Flat 51 may be on any floor: one that one side leaves out is unknown.
            (
                "Unit 51, 38/F, 281 Century Avenue",
                "Unit 51, 281 Century Avenue",
            ),
            // Words left out on both sides: two cities.
            (
                "Unit 5, 10 Main St, Springfield",
                "Unit 5, 10 Main St, Shelbyville",
            ),
            // Too little left to compare.
            ("Unit 5, 10 Main", "Unit 5, 10 Main Street"),
            // Too much more on one side.
            (
                "Unit 5, 10 Main St",
                "Unit 5, 10 Main St, Old Town Business Park West Wing, Springfield",
            ),
            // The same spelling is not a variant's business; nor is one typo.
            ("Unit 5, 10 Main St", "unit 5 10 main street"),
        ] {
            assert!(!share(a, b), "{a} / {b}");
        }
        let mut k = Vec::new();
        for_each_premises_key(&n("Unit 7, 12 Dock Rd, 999077"), &mut String::new(), |s| {
            k.push(s.to_string())
        });
        assert_eq!(k, ["unit7 12", "unit7 999077"]);
        for_each_premises_key(&n("12 Dock Rd, 999077"), &mut String::new(), |_| {
            panic!("no unit, no key")
        });
    }

    #[test]
    fn address_postcodes() {
        assert_eq!(
            normalize_address("10 Downing St, London SW1A 2AA"),
            normalize_address("10 Downing Street London sw1a2aa")
        );
        assert_eq!(
            normalize_address("1 Rue X, Ottawa K1A 0B1"),
            normalize_address("1 rue x ottawa k1a0b1")
        );
    }

    #[test]
    fn address_transliterates_and_empty() {
        assert!(normalize_address("北京市海淀区中关村大街1号").is_some());
        assert_eq!(normalize_address(" ,. "), None);
    }

    #[test]
    fn a_phone_field_with_several_numbers_gives_each() {
        let p = |s: &str, c: &str| -> Vec<String> {
            normalize_phones(s, cc(c))
                .iter()
                .map(|p| p.text().to_string())
                .collect()
        };
        assert_eq!(
            p("Tel: +852-6322-4910; Mob: +85232704999", "HK"),
            ["+85263224910", "+85232704999"]
        );
        assert_eq!(
            p("+7-985-6533063 or 8 985 111-22-33 x794", "RU"),
            ["+79856533063", "+79851112233"]
        );
        assert_eq!(p("8 985 653-30-63", "RU"), ["+79856533063"]);
        // Persian and Arabic digits.
        assert_eq!(p("۰۲۱ ۸۶۸۵-۱۰۹۴", "IR"), p("021 8685-1094", "IR"));
        assert_eq!(p("۰۲۱ ۸۶۸۵-۱۰۹۴", "IR"), ["+982186851094"]);
        assert_eq!(p("٠٥٠ ١٢٣ ٤٥٦٧", "AE"), ["+971501234567"]);
        // The calling code written without `+`, before a full national
        // number; a national number alone that starts with the code's
        // digits stays national.
        assert_eq!(p("7 7172 24 31 05", "KZ"), ["+77172243105"]);
        assert_eq!(p("8 7172 24 31 05", "KZ"), ["+77172243105"]);
        assert_eq!(p("7172 24 31 05", "KZ"), ["+77172243105"]);
        assert_eq!(p("374 10 99 22 48", "AM"), ["+37410992248"]);
        assert_eq!(p("852 2823 2446", "HK"), ["+85228232446"]);
        assert_eq!(p("2823 2446", "HK"), ["+85228232446"]);
        assert_eq!(p("44 161 247 8904", "GB"), ["+441612478904"]);
        assert_eq!(p("971 52 952 5387", "AE"), ["+971529525387"]);
        assert_eq!(p("86 20 3109 8130", "CN"), ["+862031098130"]);
        // Another country's number, written so in a record.
        assert_eq!(p("86 27 8358 4854", "HK"), ["+862783584854"]);
        assert_eq!(p("1 720 418 3124", "NL"), ["+17204183124"]);
        assert_eq!(p("86 136 4747 7259", "SG"), ["+8613647477259"]);
        // A Chinese mobile written alone in China stays Chinese.
        assert_eq!(p("139 2346 4446", "CN"), ["+8613923464446"]);
        // Belarus dials `8 0..`: both digits are the trunk prefix.
        assert_eq!(p("8 029 710-88-67", "BY"), ["+375297108867"]);
        assert_eq!(p("375 29 710 88 67", "BY"), ["+375297108867"]);
        assert_eq!(
            p("Office: 00971 4 681-6943\nMobile: +971 (4) 2806360", "AE"),
            ["+97146816943", "+97142806360"]
        );
        assert_eq!(
            p("тел.: +65 (6516) 4159; моб.: 6651 9284", "SG"),
            ["+6565164159", "+6566519284"]
        );
        assert_eq!(
            p("+357 96 60 04 15 / 2234 3070", "CY"),
            ["+35796600415", "+35722343070"]
        );
        // A short part is an area code before a slash, an extension after a
        // comma; neither is a number of its own.
        assert_eq!(p("089/36677016", "DE"), ["+498936677016"]);
        assert_eq!(p("+852 23766750,778", "HK"), ["+85223766750"]);
        assert_eq!(p("010-72009819;ext=549", "KR"), p("010-72009819", "KR"));
        // One number, labelled.
        assert_eq!(p("Mobile: +971 50 123 4567", "AE"), ["+971501234567"]);
        assert_eq!(p("tel:+1-(646)-606-1593", "US"), ["+16466061593"]);
        // The same number twice counts once; at most four are read.
        assert_eq!(
            p("+44 20 7946 0000, 020 7946 0000", "GB"),
            ["+442079460000"]
        );
        assert_eq!(
            p(
                "+4420794600001;+4420794600002;+4420794600003;+4420794600004;+4420794600005",
                "GB"
            )
            .len(),
            MAX_PHONES_PER_FIELD
        );
        assert!(p("n/a", "GB").is_empty());
    }

    #[test]
    fn phone_to_e164() {
        let e = |s: &str, c: &str| normalize_phone(s, cc(c)).unwrap();
        assert_eq!(
            e("010 6552 9988", "CN"),
            Parsed::Canonical("+861065529988".into())
        );
        assert_eq!(
            e("+86 10 6552-9988", "US"),
            Parsed::Canonical("+861065529988".into())
        );
        assert_eq!(
            e("0086 10 6552 9988", "DE"),
            Parsed::Canonical("+861065529988".into())
        );
        assert_eq!(e("(415) 555-0132", "US"), e("+1 415 555 0132", "CN"));
        assert_eq!(
            e("020 7946 0018", "GB"),
            Parsed::Canonical("+442079460018".into())
        );
        assert_eq!(e("1-415-555-0132", "US"), e("+1 415 555 0132", "CN"));
        assert_eq!(
            e("011 86 10 6552 9988", "US"),
            Parsed::Canonical("+861065529988".into())
        );
        assert_eq!(
            e("8 495 123 45 67", "RU"),
            Parsed::Canonical("+74951234567".into())
        );
        assert_eq!(
            e("+44 (0)20 7946 0018", "US"),
            Parsed::Canonical("+442079460018".into())
        );
    }

    #[test]
    fn unit_designators_doubled_or_numbered() {
        assert_eq!(
            normalize_address(
                "FLAT/RM 1710, FLR 17, OVERSEAS MANSION, NO. 108 WANG CHIU STREET, KWUN TONG, HK"
            )
            .unwrap(),
            normalize_address(
                "Flat 1710, 17F, Overseas Mansion, 108 Wang Chiu St., Kwun Tong, Hong Kong"
            )
            .unwrap()
        );
        assert_eq!(
            normalize_address("Office No. 2408, Harbour Bldg., Al Garhoud Rd., Abu Dhabi, United Arab Emirates, P.O. Box 25899").unwrap(),
            normalize_address("Unit  2408, Floor 24, Harbour Building, Al Garhoud Road, Abu Dhabi, U.A.E.").unwrap()
        );
        // The box goes with premises in a named building, also when the
        // building word is misspelt: both spellings keep the same numbers.
        for tower in ["Tower", "Twer"] {
            let a = normalize_address(&format!(
                "Office 3806, {tower} J, Jumeirah Lake Towers, Dubai, PO Box 5683"
            ))
            .unwrap();
            assert!(!a.contains("pobox"), "{a}");
        }
        assert_eq!(
            normalize_address("Suite 501, Prosperity House, Al Quoz Street, Dubai, UAE").unwrap(),
            normalize_address("Office  No. 501, Prosperity House, Al Quoz Street, Dubai").unwrap()
        );
    }

    #[test]
    fn malay_and_turkish_street_words() {
        assert_eq!(
            normalize_address("12 Jln Ampang, 50450 Kuala Lumpur").unwrap(),
            normalize_address("12 Jalan Ampang, 50450 Kuala Lumpur").unwrap()
        );
        assert_eq!(
            normalize_address("Bagdat Cd. No: 45, Kadikoy, Istanbul").unwrap(),
            normalize_address("Bagdat Caddesi No 45, Kadikoy, Istanbul").unwrap()
        );
    }

    #[test]
    fn a_floor_the_unit_number_says_is_dropped() {
        let a = normalize_address("Unit 2101, 478 Spyrou Kyprianou Avenue, Limassol 5278").unwrap();
        let b = normalize_address("478 Spyrou Kyprianou Av., Unit 2101, 21st Floor, Limassol 5278")
            .unwrap();
        assert_eq!(a, b);
        assert_eq!(
            normalize_address("Rm 2023, 20F, 82 Dongfang Rd").unwrap(),
            normalize_address("Room 2023, 20th Floor, 82 Dongfang Road").unwrap()
        );
        // A flat letter or a unit that is not floor-first keeps the floor.
        assert_ne!(
            normalize_address("Flat A, 12/F, 88 Queensway").unwrap(),
            normalize_address("Flat A, 15/F, 88 Queensway").unwrap()
        );
        assert_ne!(
            normalize_address("Unit 301, 5/F, 88 Queensway").unwrap(),
            normalize_address("Unit 301, 88 Queensway").unwrap()
        );
    }

    #[test]
    fn phone_national_numbers_of_offshore_centres_and_foreign_forms() {
        let vg = Some(CountryCode::parse("VG").unwrap());
        assert_eq!(
            normalize_phone("(284) 496-3325", vg).unwrap().text(),
            "+12844963325"
        );
        let sc = Some(CountryCode::parse("SC").unwrap());
        assert_eq!(
            normalize_phone("4 347 769", sc).unwrap().text(),
            "+2484347769"
        );
        // The calling code written without `+` or `00`, as agents print
        // their switchboard: one number with the national form.
        for (given, cc, e164) in [
            ("2484831220", "SC", "+2484831220"),
            ("248 4831220", "SC", "+2484831220"),
            ("692 625 8686", "MH", "+6926258686"),
            ("356 2123 4567", "MT", "+35621234567"),
            ("501 223 4567", "BZ", "+5012234567"),
        ] {
            let c = Some(CountryCode::parse(cc).unwrap());
            assert_eq!(normalize_phone(given, c).unwrap().text(), e164, "{given}");
        }
        // A British number written nationally in a US record is no US
        // number: kept as given, not made into a wrong `+1`.
        let us = Some(CountryCode::parse("US").unwrap());
        assert_eq!(
            normalize_phone("0161-9850177", us),
            Some(Parsed::Literal("0161-9850177".into()))
        );
    }

    #[test]
    fn phone_unparseable_is_literal() {
        assert_eq!(
            normalize_phone("ext 12", None),
            Some(Parsed::Literal("ext 12".into()))
        );
        assert_eq!(
            normalize_phone("6552 9988", None),
            Some(Parsed::Literal("6552 9988".into()))
        );
        assert_eq!(
            normalize_phone("12", cc("CN")),
            Some(Parsed::Literal("12".into()))
        );
        assert_eq!(normalize_phone("call me", None), None);
        assert_eq!(normalize_phone("   ", None), None);
    }

    #[test]
    fn phone_placeholders_are_no_phone() {
        for filler in [
            "0000000000",
            "+1 111-111-1111",
            "+44 0000000",
            "8 (000) 000-00-00",
            "1234567890",
            "987654321",
            "000-0000 ext. 12",
            "000",
            "123456",
        ] {
            assert_eq!(normalize_phone(filler, cc("US")), None, "{filler}");
        }
        // A real number with a run or a repeat inside, not at its end.
        assert!(normalize_phone("+1 212 555 0123", None).is_some());
        assert!(normalize_phone("+852 2345 6780", None).is_some());
        assert!(normalize_phone("050 123 4567", cc("AE")).is_some());
        assert!(normalize_phone("+7 495 000-00-17", None).is_some());
        // The keypad after a real calling code is filler too; a run after
        // an area code is a number.
        for filler in [
            "+65 1234 5678",
            "+33 1 23 45 67 89",
            "+1 (234) 567-8901",
            "+852 9876 5432",
            "6512345678",
        ] {
            assert_eq!(normalize_phone(filler, cc("SG")), None, "{filler}");
        }
        for real in ["+44 20 1234 5678", "+65 6123 4567", "+49 89 1234567"] {
            assert!(normalize_phone(real, None).is_some(), "{real}");
        }
    }

    #[test]
    fn chinese_road_and_area_names_read_as_english_addresses_write_them() {
        let n = |s: &str| normalize_address(s).unwrap();
        let words = |s: &str| -> Vec<String> { n(s).split(' ').map(String::from).collect() };
        let cn = words("深圳市南山区深南大道9号802室");
        for w in ["shenzhen", "nanshan", "shennan", "avenue", "9", "unit802"] {
            assert!(cn.contains(&w.to_string()), "{w} in {cn:?}");
        }
        let en = words("Room 802, No. 9 Shennan Avenue, Nanshan District, Shenzhen");
        for w in ["shenzhen", "nanshan", "shennan", "avenue", "9", "unit802"] {
            assert!(en.contains(&w.to_string()), "{w} in {en:?}");
        }
        // Roads, streets and subdistricts: every word of the English
        // spelling is in the Chinese one.
        for (cn, en) in [
            (
                "北京市海淀区中关村大街1号",
                "No. 1 Zhongguancun Street, Haidian District, Beijing",
            ),
            (
                "上海市徐汇区漕溪北路88号",
                "88 Caoxibei Road, Xuhui District, Shanghai",
            ),
            (
                "深圳市南山区粤海街道科技路1号",
                "1 Keji Road, Yuehai Subdistrict, Nanshan District, Shenzhen",
            ),
        ] {
            let c = words(cn);
            for w in words(en) {
                assert!(c.contains(&w), "{w} in {c:?}");
            }
        }
        // A suffix or the country left out, or a space between names: the
        // same words (the suffixes' own English words aside).
        let places = |s: &str| -> Vec<String> {
            let mut w: Vec<String> = words(s)
                .into_iter()
                .filter(|w| !matches!(w.as_str(), "district" | "street" | "road" | "avenue"))
                .collect();
            w.sort();
            w
        };
        for (short, full) in [
            (
                "北京海淀区中关村大街1号301室",
                "北京市海淀区中关村大街1号301室",
            ),
            (
                "北京 海淀区 中关村大街1号301室",
                "北京市海淀区中关村大街1号301室",
            ),
            ("广东深圳南山区深南大道9号", "广东省深圳市南山区深南大道9号"),
            (
                "中国广东省深圳市南山区深南大道9号",
                "广东省深圳市南山区深南大道9号",
            ),
            ("上海徐汇区漕溪北路88号", "上海市徐汇区漕溪北路88号"),
        ] {
            assert_eq!(places(short), places(full), "{short} / {full}");
        }
        // A building's name is read as words too; its room stays a room.
        let tower = words("弘越国际大厦3028室");
        assert!(tower.contains(&"unit3028".to_string()), "{tower:?}");
        // Japanese is read otherwise: kana leave the text as it was.
        let jp = n("東京都千代田区丸の内1-9-1");
        assert!(!jp.contains("district"), "{jp}");
    }

    #[test]
    fn placeholder_mailboxes_are_no_mail() {
        for m in [
            "test@gmail.com",
            "NA@na.com",
            "none@none.com",
            "a@a.com",
            "test@test.com",
            "admin@admin.com",
            "noreply@gmail.com",
            "ops@example.com",
            "kim@acme.test",
            "ops@gmail.com",
            "billing@qq.com",
        ] {
            assert!(normalize_email(m).is_none(), "{m}");
        }
        // A company's own admin mailbox, and names at free mail, are mail.
        for m in [
            "admin@acme.com",
            "test@testlab.io",
            "wei@gmail.com",
            "na@acme.com",
            "billing@acme.com",
        ] {
            assert!(normalize_email(m).is_some(), "{m}");
        }
    }

    #[test]
    fn mail_drops_and_coworking_operators_are_named() {
        let a = |s: &str| normalize_address(s).unwrap_or_else(|| panic!("{s}"));
        for s in [
            "Anytime Mailbox, Damrak 380, 5603 LG Eindhoven",
            "Mail Boxes Etc., 4058 Western Place, Ann Arbor, MI 48181",
        ] {
            assert_eq!(
                shared_workspace(&a(s)),
                Some(SharedWorkspace::MailDrop),
                "{s}"
            );
        }
        // A private mailbox's number is its unit: one renter's box.
        assert!(a("PMB 204, 2810 N Church St, Wilmington, DE 19802").contains("unit204"));
        for s in [
            "Regus, Level 12, 1 Raffles Place, Singapore 048616",
            "WeWork, 8 Devonshire Square, London EC2M 4PL",
            "Virtual Office, 20 Collyer Quay, Singapore",
            "Awfis, Unit 79, Menara KLCC, 50088 Kuala Lumpur",
            "Impact Hub, Suite 3, 12 Main St, Tokyo",
            "naked Hub, 5F, 200 West Yan'an Road, Shanghai",
            "Compass Offices, Suite 2107, 1 Otemachi, Tokyo",
            "Industrious, 900 Cambridge Road, Unit 7, Cambridge",
        ] {
            assert_eq!(shared_workspace(&a(s)), Some(SharedWorkspace::Desks), "{s}");
        }
        for s in [
            "Keizersgracht 214, 1016 DZ Amsterdam",
            // Office buildings named with the generic words.
            "Hub Tower, 12 Main St, Unit 3, Tokyo",
            "Impact House, 5 Station Road, Leeds",
        ] {
            assert_eq!(shared_workspace(&a(s)), None, "{s}");
        }
    }

    #[test]
    fn accountants_and_agents_domains_are_told_from_companies() {
        for d in [
            "santosoaccounting.com",
            "celikcpa.com.tr",
            "kariukitax.co.ke",
            "formations-hk.com",
            "company-secretary-hk.com.hk",
            "secretarial-mail.sg",
            "registeredagent-mail.com",
            "fiduciary-post.com.cy",
            "spt-agents.sc",
            "majuro-registry.com",
            "wyoming-registered.com",
            "hkcosec.com.hk",
            "admiralty-corpsvc.hk",
            "jlt-companysetup.ae",
            "circular-virtualoffice.sg",
            "apex-incorporations.com",
            "epochdata-bizcentre.net",
            "kowloon-systems-formation.hk",
            "mahe-corporate.com",
            "spcfz-setup.ae",
            "hkcorpsec.com.hk",
            "indiafilings-mail.com",
            "nl-domicile.com",
            "ist-muhasebe.com.tr",
            "buhuslugi-msk.ru",
            "mueller-steuerberatung.de",
            "expert-comptable-lyon.fr",
            "shenzhen-kuaiji.cn",
            "qianhai-mishu.com",
            "kaisha-setsuritsu.jp",
            "trustoffice-amsterdam.nl",
            "zug-domizil.ch",
            "londoncosec.co.uk",
            "asiacosec.com",
            "klsecretarial.com.my",
            "formations-direct.co.uk",
            "uae-setup.ae",
            "nicosia-nominees.com",
            "kr-bizsupport.co.kr",
            "registeredagentsinc.com",
            "cosec-asia.com",
            "sgcorpsec.com.sg",
            "ifza-agents.com",
            "vn-accounting.vn",
        ] {
            assert!(is_service_provider_domain(d), "{d}");
        }
        for d in [
            "xenixinformation.ru",
            "dataxar.io",
            "bitaxtra-cloud.com",
            "acme.com",
            "registrar-ai.com",
            "agentsmith-labs.io",
            "deepagents.ai",
            "giftregistry.com",
            "unregistered.io",
            "cosecha-foods.com",
            "cosecure.io",
            "corporatebank.com",
            "setupwizard.io",
            "acme-corp.com",
            "deformation-labs.com",
            "buhler.com",
            "notable.io",
            // `Yuanxin Corp`, not an incorporation agent.
            "yuanxincorp.com",
            "aideadomicile.fr",
            "seniorendomizil-berlin.de",
            "contadores-agua.es",
            "erejestracja.pl",
            "xiaomishu.com",
        ] {
            assert!(!is_service_provider_domain(d), "{d}");
        }
    }

    #[test]
    fn a_company_secretarys_mailbox_is_told_from_a_companys() {
        for m in [
            "corpsec@almajdlabscs.com",
            "Corpsec@yuehing-tradingcs.net",
            "co.sec@harbour.com.hk",
            "company-secretary@abc.sg",
            "formations2@xyz.co.uk",
        ] {
            assert!(is_agent_role_mailbox(m), "{m}");
        }
        for m in [
            "info@almajdlabscs.com",
            "corpsec@gmail.com",
            "secretary@acme.com",
            "corpsecurity@acme.com",
            "no-at-sign",
        ] {
            assert!(!is_agent_role_mailbox(m), "{m}");
        }
    }

    #[test]
    fn a_misspelt_free_mail_domain_is_free_mail() {
        for typo in [
            "outlok.com",
            "gmial.com",
            "gmai.com",
            "yahooo.com",
            "hotmial.co.uk",
            "yandx.ru",
        ] {
            assert!(is_free_mail(typo), "{typo}");
        }
        // Two edits, or a short brand, or a company's own domain.
        for company in [
            "outback.io",
            "lcloud.com",
            "gmbh.de",
            "lives.com",
            "goodmail.com",
            "yahoo-labs.com",
        ] {
            assert!(!is_free_mail(company), "{company}");
        }
    }

    #[test]
    fn email_domain_and_free_mail() {
        let e = normalize_email("  John.Doe+gpu@Mail.Acme-Corp.co.uk ").unwrap();
        assert_eq!(e.domain.as_deref(), Some("acme-corp.co.uk"));
        assert_eq!(e.mailbox, "john.doe@acme-corp.co.uk");
        let g = normalize_email("j.o.h.n@gmail.com").unwrap();
        assert_eq!(g.domain, None);
        assert_eq!(g.mailbox, "john@gmail.com");
        for d in ["qq.com", "163.com", "outlook.com", "yahoo.com", "proton.me"] {
            assert_eq!(
                normalize_email(&format!("xiaoming88@{d}")).unwrap().domain,
                None,
                "{d}"
            );
        }
        assert_eq!(normalize_email("no-at-sign"), None);
    }

    #[test]
    fn website_registrable_domain() {
        assert_eq!(
            normalize_website("https://www.Example.co.uk/about?x=1").as_deref(),
            Some("example.co.uk")
        );
        assert_eq!(
            normalize_website("shop.example.com:8080").as_deref(),
            Some("example.com")
        );
        assert_eq!(
            normalize_website("http://foo.github.io/").as_deref(),
            Some("foo.github.io")
        );
        assert_eq!(normalize_website("n/a"), None);
        // A university's site, its labs' and its professors' pages.
        for academic in [
            "https://www.ox.ac.uk/ml",
            "cuhk.edu.hk",
            "http://www.cs.mit.edu/~wang",
            "ethz.ch/en/research",
        ] {
            assert_eq!(normalize_website(academic), None, "{academic}");
        }
        // A company whose name a school's `.com` domain also is, a
        // bootcamp on `.io`, a throwaway mail service on `.edu.pl`.
        assert_eq!(
            normalize_website("https://www.crescent.com").as_deref(),
            Some("crescent.com")
        );
        for d in ["crescent.com", "oclock.io", "outlook.edu.pl", "govtech.com"] {
            assert!(!is_university_domain(d), "{d}");
        }
        // Governments' agencies and laboratories: no domain evidence, and
        // their networks are a campus's.
        for d in [
            "nasa.gov",
            "meti.go.jp",
            "bund.de",
            "interieur.gouv.fr",
            "nrc-cnrc.gc.ca",
        ] {
            assert!(is_university_domain(d), "{d}");
            assert_eq!(
                normalize_email(&format!("a.b@{d}")).unwrap().domain,
                None,
                "{d}"
            );
        }
        for d in [
            "ox.ac.uk",
            "mit.edu",
            "ethz.ch",
            "uwaterloo.ca",
            "kist.re.kr",
            // Research organisations without an academic suffix.
            "cas.cn",
            "mpg.de",
            "cnrs.fr",
        ] {
            assert!(is_university_domain(d), "{d}");
        }
        // ... but not their namesakes elsewhere or their subdomains' lookalikes.
        for d in ["cas.com", "mpg.com", "notcas.cn"] {
            assert!(!is_university_domain(d), "{d}");
        }
    }

    #[test]
    fn platform_tenants_are_their_own_sites() {
        let web = |s: &str| normalize_website(s);
        let w = |s: &str| Some(s.to_string());
        // Tenants the public suffix list does not separate.
        assert_eq!(
            normalize_email("Tech@Xingyu.onmicrosoft.com").unwrap(),
            NormalEmail {
                mailbox: "tech@xingyu.onmicrosoft.com".into(),
                domain: w("xingyu.onmicrosoft.com"),
            }
        );
        assert_ne!(
            normalize_email("tech@orbit97.onmicrosoft.com")
                .unwrap()
                .mailbox,
            normalize_email("tech@xingyu.onmicrosoft.com")
                .unwrap()
                .mailbox
        );
        assert_eq!(
            web("https://acme.wordpress.com/about"),
            w("acme.wordpress.com")
        );
        assert_eq!(web("www.acme.wordpress.com"), w("acme.wordpress.com"));
        assert_eq!(
            web("stellarnova.sys.business.site"),
            w("stellarnova.sys.business.site")
        );
        assert_eq!(
            web("http://hxtech.en.alibaba.com/"),
            w("hxtech.en.alibaba.com")
        );
        assert_eq!(web("hxtech.alibaba.com"), w("hxtech.alibaba.com"));
        // The platform itself, and a mail host of the platform's own.
        assert_eq!(web("https://wordpress.com"), w("wordpress.com"));
        assert_eq!(web("www.alibaba.com"), w("alibaba.com"));
        assert_eq!(
            normalize_email("sales@alibaba.com").unwrap().domain,
            w("alibaba.com")
        );
        // Listed suffixes are unchanged.
        assert_eq!(web("acme.wixsite.com/home"), w("acme.wixsite.com"));
        // The longer platform first; the platform's own hosts are the
        // platform.
        assert_eq!(web("acme.my.canva.site"), w("acme.my.canva.site"));
        assert_eq!(platform_page_name("acme.my.canva.site"), Some("acme"));
        assert_eq!(
            normalize_email("it@acme.mail.onmicrosoft.com")
                .unwrap()
                .domain,
            w("acme.mail.onmicrosoft.com")
        );
        assert_eq!(
            web("https://item.taobao.com/item.htm?id=1"),
            w("taobao.com")
        );
        assert_eq!(web("login.alibaba.com"), w("alibaba.com"));
    }

    #[test]
    fn people_are_told_from_companies_by_their_names() {
        for n in [
            "Ivan Petrov",
            "Wang Wei",
            "Maria José García López",
            "Дмитрий Алексеев",
        ] {
            assert!(is_person_name(n), "{n}");
        }
        for n in [
            "Acme Ltd",
            "ООО «Вектор»",
            "华信科技有限公司",
            "株式会社グローバル",
            "Global Tech",
            "Nova",
            "Orion Data Systems",
            "Kim & Partners",
        ] {
            assert!(!is_person_name(n), "{n}");
        }
    }

    #[test]
    fn hangul_names_read_as_their_pages_are_written() {
        let names = hangul_page_names("(주)새벽랩스");
        assert!(names.contains(&"saebyeok".to_string()), "{names:?}");
        assert!(hangul_page_names("한빛에이아이 주식회사").contains(&"hanbit".to_string()));
        assert!(hangul_page_names("주식회사 태양").contains(&"taeyang".to_string()));
        // One syllable is no name; Latin text gives nothing.
        assert!(hangul_page_names("빛").is_empty());
        assert!(hangul_page_names("Saebyeok Compute").is_empty());
    }

    #[test]
    fn platform_page_names() {
        for (site, page) in [
            ("acme.wixsite.com", Some("acme")),
            ("acme.onmicrosoft.com", Some("acme")),
            ("hx.tech.en.alibaba.com", Some("hx.tech")),
            ("linkedin.com/company/acme-ai", Some("acme-ai")),
            ("t.me/acme", Some("acme")),
            ("acme.com", None),
            ("wixsite.com", None),
            ("notwixsite.com", None),
        ] {
            assert_eq!(platform_page_name(site), page, "{site}");
        }
    }

    #[test]
    fn pages_on_social_networks_are_their_owners_sites() {
        let web = |s: &str| normalize_website(s);
        let w = |s: &str| Some(s.to_string());
        assert_eq!(
            web("https://www.linkedin.com/company/Acme-AI/about/"),
            w("linkedin.com/company/acme-ai")
        );
        assert_eq!(
            web("linkedin.com/company/acme-ai"),
            web("https://uk.linkedin.com/company/acme-ai?trk=x")
        );
        assert_eq!(web("https://t.me/AcmeCompute"), w("t.me/acmecompute"));
        assert_eq!(web("t.me/@acmecompute"), w("t.me/acmecompute"));
        assert_eq!(
            web("https://sites.google.com/view/acme-gpu/home"),
            w("google.com/sites/view/acme-gpu")
        );
        assert_eq!(
            web("https://www.facebook.com/profile.php?id=1000123&ref=x"),
            w("facebook.com/profile.php?id=1000123")
        );
        assert_eq!(web("fb.com/acmeltd/"), w("fb.com/acmeltd"));
        assert_eq!(
            web("https://youtube.com/@AcmeAI/videos"),
            w("youtube.com/acmeai")
        );
        // Pages that name no one are the platform.
        for s in [
            "https://www.facebook.com/",
            "facebook.com/sharer.php?u=x",
            "https://www.linkedin.com/feed/",
            "linkedin.com",
            "https://sites.google.com/",
            "https://t.me/",
            "t.me/@",
        ] {
            assert_eq!(
                web(s).map(|d| d.contains('/')),
                Some(false),
                "{s}: {:?}",
                web(s)
            );
        }
        // Any other site is its domain, whatever the path.
        assert_eq!(web("https://acme.com/company/x"), w("acme.com"));
        // Pages of the platform, files and empty ids name no one.
        for s in [
            "https://www.facebook.com/events/123456/",
            "https://t.me/joinchat/AAAAAE1x",
            "https://www.facebook.com/permalink.php?story_fbid=1&id=2",
            "facebook.com/profile.php?id=",
            "https://www.instagram.com/p/Cx1Y2/",
            "https://www.zhihu.com/question/123",
            "https://x.com/i/status/1",
        ] {
            assert_eq!(
                web(s).map(|d| d.contains('/')),
                Some(false),
                "{s}: {:?}",
                web(s)
            );
        }
        // A query before any path is no path; a preview is the channel;
        // names in other scripts are lower case too.
        assert_eq!(web("t.me?x=/acme"), w("t.me"));
        assert_eq!(web("https://t.me/s/AcmeCompute"), w("t.me/acmecompute"));
        assert_eq!(web("vk.com/Компания"), web("vk.com/компания"));
        assert_eq!(
            web("https://www.douyin.com/user/MS4wLjAB"),
            w("douyin.com/user/ms4wljab")
        );
    }

    #[test]
    fn ip_and_prefix() {
        let v4 = normalize_ip(" 203.0.113.77 ").unwrap();
        assert_eq!(v4.address, Parsed::Canonical("203.0.113.77".into()));
        assert_eq!(v4.prefix.as_deref(), Some("203.0.113.0/24"));
        // Zero-padded octets are decimal, with or without a port.
        for padded in ["203.000.113.077", "203.0.113.077:8443"] {
            assert_eq!(normalize_ip(padded).unwrap(), v4, "{padded}");
        }
        assert_eq!(
            normalize_ip("256.1.1.1").unwrap().address,
            Parsed::Literal("256.1.1.1".into())
        );
        assert_eq!(
            normalize_ip("1.2.3").unwrap().address,
            Parsed::Literal("1.2.3".into())
        );
        let v6 = normalize_ip("2001:0db8:85a3:0000:0000:8a2e:0370:7334").unwrap();
        // An IPv6 login is its /64: privacy extensions rotate the rest.
        assert_eq!(v6.address, Parsed::Canonical("2001:db8:85a3::/64".into()));
        assert_eq!(v6.prefix.as_deref(), Some("2001:db8:85a3::/48"));
        assert_eq!(
            normalize_ip("2001:db8:85a3:0:d1f3:77ab:19:2")
                .unwrap()
                .address,
            v6.address
        );
        assert_ne!(
            normalize_ip("2001:db8:85a3:1::8a2e:370:7334")
                .unwrap()
                .address,
            v6.address
        );
        assert_eq!(normalize_ip("2001:db8:85a3::/64").unwrap(), v6);
        let mapped = normalize_ip("::ffff:198.51.100.1").unwrap();
        assert_eq!(mapped.prefix.as_deref(), Some("198.51.100.0/24"));
        let bad = normalize_ip("10.0.0.999").unwrap();
        assert_eq!(bad.address, Parsed::Literal("10.0.0.999".into()));
        assert_eq!(bad.prefix, None);
    }

    #[test]
    fn ssh_keys() {
        assert_eq!(
            normalize_ssh_key("sha256:AbC+/x=").as_deref(),
            Some("SHA256:AbC+/x")
        );
        assert_eq!(
            normalize_ssh_key("16:27:AC:A5:76:28:2D:36:63:1B:56:4D:EB:DF:A6:48"),
            normalize_ssh_key("md5:16:27:ac:a5:76:28:2d:36:63:1b:56:4d:eb:df:a6:48")
        );
        assert_eq!(
            normalize_ssh_key("ssh-ed25519 AAAAC3Nza alice@laptop").as_deref(),
            Some("ssh-ed25519 AAAAC3Nza")
        );
        // `ssh-keygen -l` lines: size, fingerprint, comment, type. One key
        // pasted from two machines is one key.
        for s in [
            "256 SHA256:cRzsClg+Hd+NNaUhwL7R6dyvQiLJbmZfNOLOUOHihTU deploy@ci (ED25519)",
            "256 SHA256:cRzsClg+Hd+NNaUhwL7R6dyvQiLJbmZfNOLOUOHihTU dev@macbook-pro.local (ED25519)",
            "SHA256:cRzsClg+Hd+NNaUhwL7R6dyvQiLJbmZfNOLOUOHihTU dev@macbook-pro.local",
            "SHA256:cRzsClg+Hd+NNaUhwL7R6dyvQiLJbmZfNOLOUOHihTU",
        ] {
            assert_eq!(
                normalize_ssh_key(s).as_deref(),
                Some("SHA256:cRzsClg+Hd+NNaUhwL7R6dyvQiLJbmZfNOLOUOHihTU"),
                "{s}"
            );
        }
        assert_eq!(
            normalize_ssh_key("2048 MD5:16:27:AC:A5:76:28:2D:36:63:1B:56:4D:EB:DF:A6:48 ci (RSA)"),
            normalize_ssh_key("16:27:ac:a5:76:28:2d:36:63:1b:56:4d:eb:df:a6:48")
        );
    }

    #[test]
    fn registration_and_payment() {
        assert_eq!(
            normalize_registration_id(" 9111-0108 mA01 ").as_deref(),
            Some("91110108MA01")
        );
        assert_eq!(normalize_registration_id("N/A"), None);
        assert_eq!(normalize_registration_id("00000000"), None);
        assert_eq!(
            normalize_payment_fingerprint(" fp_Ab12Cd "),
            Some("fp_ab12cd".into())
        );
        assert_eq!(normalize_payment_fingerprint("none"), None);
    }

    #[test]
    fn registration_statuses_and_digit_runs_are_no_number() {
        for v in [
            "APPLIED FOR",
            "in progress",
            "Not registered",
            "EIN pending",
            "123456789",
            "0123456789",
            "987654321",
            "Reg. No. 123456",
        ] {
            assert_eq!(normalize_registration_id(v), None, "{v}");
        }
        // Real numbers with a short run, or a run inside other digits, stay.
        for v in [
            "12345",
            "1234568",
            "HRB 123456 B",
            "12345679",
            "HE 123456",
            "00123456",
        ] {
            assert!(normalize_registration_id(v).is_some(), "{v}");
        }
    }

    #[test]
    fn payment_methods_are_no_fingerprint() {
        for v in [
            "manual_invoice",
            "Bank Transfer",
            "PAYPAL",
            "Invoice",
            "wire-transfer",
            "ManualInvoice",
            "CREDIT CARD",
        ] {
            assert_eq!(normalize_payment_fingerprint(v), None, "{v}");
        }
        // Stripe's test-mode tokens, and the fingerprint its API reference
        // prints for the test card 4242 4242 4242 4242.
        for v in [
            "tok_visa",
            "pm_card_visa",
            "PM_CARD_MASTERCARD",
            "tok_chargeDeclined",
            "tok_visa_debit",
            "Xt5EWLLDS7FJjR1c",
            "xt5ewllds7fjjr1c",
        ] {
            assert_eq!(normalize_payment_fingerprint(v), None, "{v}");
        }
        // Processor fingerprints and tokens, with or without digits, stay:
        // live ids carry digits.
        for v in [
            "tok_1N3T00LkdIwHu7ixt44h1F8k",
            "pm_1MqLiJLkdIwHu7ixUEgbFdYF",
            "XtqEWLLDSbFJjRhc",
            "fp_MNnnDfQSftOCkjNv",
            "card-7f3a",
            "fp_shared_1",
            "bqwmkdz",
            "PAYERIDQWERTYU",
            "fp_abcdefgh",
        ] {
            assert!(normalize_payment_fingerprint(v).is_some(), "{v}");
        }
    }

    #[test]
    fn address_designator_typos() {
        let n = |s: &str| normalize_address(s).unwrap();
        assert_eq!(n("Suxte 400, 1 Dock Rd"), n("Suite 400, 1 Dock Rd"));
        assert_eq!(n("Flor 12, 1 Dock Rd"), n("12/F, 1 Dock Rd"));
        assert_eq!(n("Uint 7, 1 Dock Rd"), n("Unit 7, 1 Dock Rd"));
        assert_eq!(n("Levle 3, 1 Dock Rd"), n("Level 3, 1 Dock Rd"));
        assert!(
            n("12 Lever Street").contains("lever"),
            "a street after a number"
        );
        assert!(n("12 Flood Street").contains("flood"));
        assert!(n("Route 66, Dock Rd").contains("route"));
    }

    #[test]
    fn address_keys_meet_on_typos() {
        let n = |s: &str| normalize_address(s).unwrap();
        let k = |s: &str| address_keys(&n(s));
        let share = |a: &str, b: &str| k(a).iter().any(|x| k(b).contains(x));
        let may = |a: &str, b: &str| addresses_may_match(&n(a), &n(b));
        let base = "Unit 12A, 3/F, 88 Hennessy Road, Wan Chai, 999077";
        for typo in [
            "Unit 12A, 3/F, 88 Hennesy Road, Wan Chai, 999077",
            "Unit 12A, 3/F, 88 Henessy Road, Wan Chai, 999077",
            "unit 12a 3f 88 hennessy raod wan chai 999077",
            "Unit 12A, 3/F, 88 Hennessy Road, Wan Chia, 999077",
            "Unit 12A, 3/F, 88 Xennessy Road, Wan Chai, 999077",
            "Unit 12A, 3/F, 88 Hennessyy Road, Wan Chai, 999077",
        ] {
            assert!(share(base, typo), "{typo}");
            assert!(may(base, typo), "{typo}");
        }
        for other in [
            // Numbers never bend: another house, unit, floor or postcode.
            "Unit 12A, 3/F, 89 Hennessy Road, Wan Chai, 999077",
            "Unit 12B, 3/F, 88 Hennesy Road, Wan Chai, 999077",
            "Unit 12A, 4/F, 88 Hennesy Road, Wan Chai, 999077",
            "Unit 12A, 3/F, 88 Hennesy Road, Wan Chai, 999078",
            // Two typos, or two words off.
            "Unit 12A, 3/F, 88 Henesy Road, Wan Chai, 999077",
            "Unit 12A, 3/F, 88 Hennesy Road, Wan Chia, 999077",
            // A word missing is not a typo.
            "Unit 12A, 3/F, 88 Hennessy Road, Chai, 999077",
            // Equal addresses are not variants.
            "unit 12a 3rd floor 88 hennessy rd wan chai 999077",
        ] {
            assert!(!may(base, other), "{other}");
        }
        assert!(
            !may("12 Kai Road 999077", "12 Kay Road 999077"),
            "three-letter words stay exact"
        );
        assert!(k("Hennessy Road, Wan Chai").is_empty(), "no number");
        assert!(k("88 999077").is_empty(), "no word");
        assert_eq!(k(base).len(), 2);
        assert!(within_one_edit(b"abcd", b"acbd"));
        assert!(within_one_edit(b"abcd", b"abd"));
        assert!(within_one_edit(b"abcd", b"abcde"));
        assert!(!within_one_edit(b"abcd", b"badc"));
        assert!(!within_one_edit(b"abcd", b"ab"));
    }

    proptest::proptest! {
        #[test]
        fn hangul_page_names_are_lower_case_ascii_one_per_syllable(
            name in "[가-힣 a-zA-Z0-9(),.]{0,12}",
        ) {
            let names = hangul_page_names(&name);
            // One name per syllable after a word's first.
            let syllables: usize = name
                .split(|c: char| !('\u{AC00}'..='\u{D7A3}').contains(&c))
                .map(|w| w.chars().count().saturating_sub(1))
                .sum();
            proptest::prop_assert_eq!(names.len(), syllables);
            for n in &names {
                proptest::prop_assert!(n.bytes().all(|b| b.is_ascii_lowercase()), "{}", n);
            }
        }

        #[test]
        fn address_may_match_implies_a_shared_key(
            x in proptest::collection::vec("[a-c]{1,5}|[0-9]{1,3}", 1..6),
            y in proptest::collection::vec("[a-c]{1,5}|[0-9]{1,3}", 1..6),
        ) {
            let (Some(x), Some(y)) = (normalize_address(&x.join(" ")), normalize_address(&y.join(" "))) else {
                return Ok(());
            };
            let (kx, ky) = (address_keys(&x), address_keys(&y));
            let by_keys = kx.iter().any(|k| ky.contains(k));
            proptest::prop_assert!(!addresses_may_match(&x, &y) || by_keys, "{} / {}", x, y);
            proptest::prop_assert_eq!(addresses_may_match(&x, &y), addresses_may_match(&y, &x));
        }

        #[test]
        fn premises_match_is_symmetric_and_found_by_a_key(
            x in proptest::collection::vec("unit [1-3]|floor [1-2]|[a-c]{1,4}|[0-9]{1,3}|#[1-3]-[1-3]", 1..7),
            y in proptest::collection::vec("unit [1-3]|floor [1-2]|[a-c]{1,4}|[0-9]{1,3}|#[1-3]-[1-3]", 1..7),
        ) {
            let (Some(x), Some(y)) = (normalize_address(&x.join(" ")), normalize_address(&y.join(" "))) else {
                return Ok(());
            };
            let keys = |t: &str| {
                let mut k = Vec::new();
                for_each_premises_key(t, &mut String::new(), |s| k.push(s.to_string()));
                k
            };
            let m = addresses_share_premises(&x, &y);
            proptest::prop_assert_eq!(m, addresses_share_premises(&y, &x));
            if m {
                let (kx, ky) = (keys(&x), keys(&y));
                proptest::prop_assert!(kx.iter().any(|k| ky.contains(k)), "{} / {}", x, y);
            }
        }

        #[test]
        fn one_edit_in_a_word_is_found(
            words in proptest::collection::vec("[a-e]{4,8}", 1..4),
            num in 1u32..999,
            pick in 0usize..4,
            pos in 0usize..8,
            op in 0u8..4,
            ch in "[a-e]",
        ) {
            // A single typo in one word of an address with a number.
            let i = pick % words.len();
            let mut w: Vec<u8> = words[i].clone().into_bytes();
            let p = pos % w.len();
            let c = ch.as_bytes()[0];
            match op {
                0 => w[p] = c,
                1 => { w.remove(p); }
                2 => w.insert(p, c),
                _ => if p + 1 < w.len() { w.swap(p, p + 1) } else { w[p] = c },
            }
            let mut typo = words.clone();
            typo[i] = String::from_utf8(w).unwrap_or_default();
            let x = normalize_address(&format!("{num} {}", words.join(" "))).unwrap();
            let y = normalize_address(&format!("{num} {}", typo.join(" "))).unwrap();
            let (kx, ky) = (address_keys(&x), address_keys(&y));
            let a = x.split(' ').filter(|t| !y.split(' ').any(|u| u == *t)).count();
            let b = y.split(' ').filter(|t| !x.split(' ').any(|u| u == *t)).count();
            // When the typo leaves one odd word on each side (not a word that
            // also occurs elsewhere, not a street abbreviation), it matches.
            let plain = |t: &str| street_word(t) == t;
            if x != y
                && a == 1
                && b == 1
                && x.split(' ').count() == y.split(' ').count()
                && plain(&words[i])
                && plain(&typo[i])
            {
                proptest::prop_assert!(addresses_may_match(&x, &y), "{} / {}", x, y);
                proptest::prop_assert!(kx.iter().any(|k| ky.contains(k)));
            }
        }
    }

    #[test]
    fn address_country_codes_are_noise() {
        assert_eq!(
            normalize_address("12 Shekou Rd, Shenzhen 518000 CN"),
            normalize_address("12 Shekou Road, Shenzhen, 518000")
        );
        assert_eq!(
            normalize_address("5 Harbour Pl, Kowloon, HK"),
            normalize_address("5 Harbour Place Kowloon")
        );
        assert_ne!(
            normalize_address("5 Harbour Pl, Kowloon"),
            normalize_address("5 Harbour Kowloon")
        );
    }

    #[test]
    fn address_ordinal_floors() {
        let n = |s: &str| normalize_address(s).unwrap();
        let base = n("Floor 7, 88 Lockhart Road, Hong Kong");
        for v in [
            "7th Floor, 88 Lockhart Road, Hong Kong",
            "7th Fl, 88 Lockhart Road, Hong Kong",
            "7/F, 88 Lockhart Road, Hong Kong",
            "7F 88 Lockhart Rd Hong Kong",
            "Level 7, 88 Lockhart Road",
            "Fl. 7, 88 Lockhart Road, Hong Kong",
            "88 Lockhart Road, 7th floor, Hong Kong",
        ] {
            assert_eq!(n(v), base, "{v}");
        }
        assert!(base.contains("floor7") && base.contains("88"));
        for (a, b) in [
            ("2nd Floor, 5 Dock Rd", "Floor 2, 5 Dock Rd"),
            ("13th Floor, 5 Dock Rd", "13/F, 5 Dock Rd"),
            ("22nd fl 5 dock rd", "Fl 22, 5 Dock Rd"),
            ("1st Floor, 5 Dock Rd", "1/F, 5 Dock Rd"),
            ("3rd Fl., 5 Dock Rd", "Level 3, 5 Dock Rd"),
            ("G/F, 5 Dock Rd", "Ground Floor, 5 Dock Rd"),
            ("GF 5 Dock Rd", "Grd Fl, 5 Dock Rd"),
        ] {
            assert_eq!(n(a), n(b), "{a} / {b}");
        }
        // Different floors stay different; ground is not the first floor.
        assert_ne!(
            n("7th Floor, 88 Lockhart Road"),
            n("8th Floor, 88 Lockhart Road")
        );
        assert_ne!(n("G/F, 5 Dock Rd"), n("1/F, 5 Dock Rd"));
        assert_ne!(n("Floor 0, 5 Dock Rd"), n("5 Dock Rd"));
        assert_eq!(n("Floor 0, 5 Dock Rd"), n("G/F, 5 Dock Rd"));
        // A block letter before a floor is not the ground floor.
        assert_eq!(
            n("Tower G, Level 5, 1 Dock Rd"),
            n("Tower G, 5/F, 1 Dock Rd")
        );
        // Ordinal street names are not floors.
        assert!(n("12 1st Street").contains("street"));
        assert!(!n("12 1st Street").contains("floor"));
    }

    #[test]
    fn address_dutch_postcodes() {
        let n = |s: &str| normalize_address(s).unwrap();
        assert_eq!(
            n("162 Hennessy Road, 7267 EN Amsterdam"),
            n("162 Hennessy Road, 7267EN Amsterdam")
        );
        assert_eq!(
            n("Unit 9, 162 Hennessy Road, 7267 en Amsterdam"),
            n("Unit 9, 162 Hennessy Road, 7267EN AMSTERDAM")
        );
        assert!(n("Kalverstraat 1, 1012 NX Amsterdam").contains("1012nx"));
        // Another postcode, other letters or digits, stays another.
        assert_ne!(
            n("162 Hennessy Road, 7267 EN Amsterdam"),
            n("162 Hennessy Road, 7267 AB Amsterdam")
        );
        assert_ne!(
            n("162 Hennessy Road, 7267 EN Amsterdam"),
            n("162 Hennessy Road, 7268EN Amsterdam")
        );
        // US directions and street abbreviations after a house number are
        // words, joined or not.
        let ne = n("1200 NE Broadway, Portland OR 97232");
        assert!(ne.contains("1200 ") && ne.contains(" ne "), "{ne}");
        assert_eq!(ne, n("1200NE Broadway, Portland OR 97232"));
        assert_eq!(n("1500 St Marks Pl"), "1500 marks place street");
        assert_eq!(n("Amsterdam 1017 ST"), n("Amsterdam 1017ST"));
        // A country code ending the address is the country, not letters.
        assert_eq!(
            n("2 Makarios Ave, Limassol 3036 CY"),
            n("2 Makarios Ave, Limassol 3036")
        );
        assert_eq!(n("Amsterdam 1017 CN"), n("Amsterdam 1017CN"));
        // Leading zero: not Dutch.
        assert!(n("0123 ab street").contains("0123 "));
    }

    #[test]
    fn address_german_compound_streets() {
        let n = |s: &str| normalize_address(s).unwrap();
        let base = n("Goethestraße 21, 10115 Berlin");
        for v in [
            "Goethestrasse 21, 10115 Berlin",
            "Goethestr. 21, 10115 Berlin",
            "Goethestr 21, 10115 Berlin",
            "Goethe-Straße 21, 10115 Berlin",
            "Goethe Strasse 21, 10115 Berlin",
            "Goethe Str. 21, 10115 Berlin",
            "21 Goethe Street, 10115 Berlin",
            "GOETHESTRASSE 21 10115 BERLIN GERMANY",
        ] {
            assert_eq!(n(v), base, "{v}");
        }
        assert_eq!(base, "10115 21 berlin goethe street");
        assert_eq!(n("Friedrich-Straße 5"), n("Friedrichstr 5"));
        assert_eq!(n("Friedrich-Ebert-Str. 5"), n("Friedrich-Ebert-Straße 5"));
        assert_eq!(n("Kalverstraat 1"), n("Kalverstr. 1"));
        assert_eq!(n("Marktplatz 3"), n("Marktpl. 3"));
        assert_eq!(n("Marktplatz 3"), n("Markt-Platz 3"));
        assert_eq!(n("Hafenweg 364"), n("Hafen-Weg 364"));
        assert_eq!(n("Lindenallee 4"), n("Linden Allee 4"));
        assert_eq!(n("Drottninggatan 4"), n("Drottning Gatan 4"));
        // Danish -gade is left whole (brigade, renegade).
        assert_eq!(n("Vesterbrogade 4"), "4 vesterbrogade");
        // Different names stay different.
        assert_ne!(n("Hillstraße 5"), n("Millstraße 5"));
        assert_ne!(n("5 Hill Street"), n("5 Mill Street"));
        assert_ne!(n("Goethestraße 21"), n("Goetheweg 21"));
        assert_ne!(n("Goethestraße 21"), n("Goetheplatz 21"));
        // Stems of fewer than three letters, and other words, are kept whole.
        assert!(n("5 Amstr").contains("amstr"));
        assert!(n("12 Spring Road").contains("spring"));
        assert!(n("12 Brigade Road").contains("brigade"));
        // A misspelt stem is still one edit away.
        assert!(addresses_may_match(
            &n("Goethestraße 21, 10115 Berlin"),
            &n("Goehtestr. 21, 10115 Berlin")
        ));
    }

    #[test]
    fn address_trailing_countries() {
        let n = |s: &str| normalize_address(s).unwrap();
        let pairs = [
            (
                "Cedar House, 390 Harcourt Road, Kowloon",
                "Cedar House, 390 Harcourt Road, Kowloon, Hong Kong",
            ),
            (
                "390 Harcourt Road, Hong Kong",
                "390 Harcourt Road, Hong Kong, Hong Kong SAR",
            ),
            (
                "12 Rue du Rhone; Geneva; Switzerland",
                "12 Rue du Rhone, Geneva",
            ),
            (
                "12 Rue du Rhone, 1204 Geneve, Suisse",
                "12 Rue du Rhone 1204 Geneve",
            ),
            (
                "131 Mill Blvd 7763 Nicosia Cyprus",
                "131 Mill Boulevard; 7763 Nicosia; CY",
            ),
            ("366 cedar st. hong kong hk", "366 Cedar Street, Hong Kong"),
            (
                "1 Main St, Springfield IL 62701, United States of America",
                "1 Main St, Springfield IL 62701, U.S.A.",
            ),
            (
                "5 Lenin St, Moscow 101000, Russian Federation",
                "5 Lenin St, Moscow 101000",
            ),
            (
                "9 Nanjing Rd, Shanghai 200001, P.R. China",
                "9 Nanjing Rd, Shanghai 200001",
            ),
            (
                "9 Nanjing Rd, Shanghai 200001, People's Republic of China",
                "9 Nanjing Rd, Shanghai 200001, PRC",
            ),
            (
                "33 Victoria Ave, Abu Dhabi, UAE",
                "33 Victoria Ave, Abu Dhabi, United Arab Emirates",
            ),
            (
                "120 Gloucester St, London, FT11 9YR, UK",
                "120 Gloucester St, London FT11 9YR, Great Britain",
            ),
            (
                "Goethestr. 21, 10115 Berlin, Deutschland",
                "Goethestr. 21, 10115 Berlin",
            ),
            (
                "Kalverstraat 1, 1012 NX Amsterdam, Nederland",
                "Kalverstraat 1, 1012NX Amsterdam, The Netherlands",
            ),
            (
                "1 Seoul St, Seoul, Republic of Korea",
                "1 Seoul St, Seoul, South Korea",
            ),
            (
                "1 Rustaveli Ave, Tbilisi, Georgia",
                "1 Rustaveli Ave, Tbilisi",
            ),
        ];
        for (a, b) in pairs {
            assert_eq!(n(a), n(b), "{a} / {b}");
        }
        // Never the whole address; never the street's own name.
        assert_eq!(n("Hong Kong"), "hong kong");
        assert_eq!(n("Kowloon, Hong Kong, Hong Kong SAR"), "kowloon");
        assert_eq!(n("Hong Kong, HK"), "hong kong");
        assert_ne!(n("10 Avenida Brasil"), n("10 Avenida Chile"));
        assert_ne!(n("3 Rue de Suisse"), n("3 Rue de France"));
        assert!(n("10 Avenida Brasil").contains("brasil"));
        assert!(n("4 Calle Mexico, Madrid, Spain").contains("mexico"));
        assert!(n("5 Jordan Road, Jordan").contains("jordan"));
        // The state, not the country (as its postal code, `abbreviate_us_state`).
        assert_eq!(n("Albuquerque, New Mexico"), n("Albuquerque, NM"));
        assert_ne!(n("Albuquerque, New Mexico"), n("Albuquerque, Mexico"));
        // Not at the end: only the words that were noise before go.
        assert!(n("12 Hong Kong Road, Kowloon").contains("hong"));
        // Different places stay different.
        assert_ne!(
            n("390 Harcourt Road, Kowloon, Hong Kong"),
            n("390 Harcourt Road, Hong Kong")
        );
    }

    /// Formatting variants from many countries, each with its negatives:
    /// different numbers never meet.
    #[test]
    fn address_international_formats() {
        let n = |s: &str| normalize_address(s).unwrap();
        let same = |a: &str, b: &str| assert_eq!(n(a), n(b), "{a} vs {b}");
        let diff = |a: &str, b: &str| assert_ne!(n(a), n(b), "{a} vs {b}");
        // Ordinal words.
        same("350 Fifth Avenue, New York", "350 5th Ave, New York");
        same("2035 Second Street", "2035 2nd St");
        diff("350 Fifth Avenue", "350 Sixth Avenue");
        diff("350 Fifth Avenue", "350 Avenue");
        same("88 Queensway, Third Floor", "88 Queensway 3/F");
        // Dotted single letters.
        same(
            "10 Main St, New York, N.Y. 10118",
            "10 Main St, New York, NY 10118",
        );
        same("P.O. Box 12, Dubai", "PO Box 12, Dubai");
        // Flat/house with a slash, kept apart from the joined number.
        same("Flat 3, 523 X Road, London", "3/523 X Rd, London");
        diff("3/523 X Road", "3523 X Road");
        diff("3/523 X Road", "4/523 X Road");
        assert!(n("3/F, 88 Queensway").contains("floor3"));
        // European country letters before a postcode.
        same(
            "Friedrichstraße 124, 10117 Berlin",
            "Friedrichstrasse 124, D-10117 Berlin",
        );
        same("Ring 5, A-1010 Wien", "Ring 5, 1010 Wien");
        diff(
            "Friedrichstraße 124, 10117 Berlin",
            "Friedrichstraße 124, 10118 Berlin",
        );
        // German floors.
        let og = n("Hauptstraße 201, 3. OG, 80331 München");
        assert!(og.contains("floor3"), "{og}");
        same(
            "Hauptstraße 201, 3. OG, 80331 München",
            "Hauptstrasse 201, 3.OG, 80331 Muenchen",
        );
        same("Hauptstraße 201, 3. OG", "Hauptstraße 201, 3. Etage");
        same("Hauptstraße 201, 3. OG", "Hauptstraße 201, 3. Obergeschoss");
        same("Hauptstraße 201, 3. OG", "Hauptstraße 201, 3. Stock");
        diff("Hauptstraße 201, 3. OG", "Hauptstraße 201, 4. OG");
        assert!(
            n("12 Stock Lane").contains("stock"),
            "a street, not a floor"
        );
        // Japan: postcodes, suffixes, chome, floors.
        same(
            "1-2-4 Marunouchi, Chiyoda-ku, Tokyo 100-0005",
            "Marunouchi 1-chome 2-4, Chiyoda Ku, Tokyo-to 〒1000005",
        );
        same(
            "1-2-4 Marunouchi, Chiyoda-ku",
            "1-2-4 Marunouchi, Chiyodaku",
        );
        same("3F, 1-2-4 Marunouchi", "1-2-4 Marunouchi 3階");
        diff(
            "1-2-4 Marunouchi, Tokyo 100-0005",
            "1-2-4 Marunouchi, Tokyo 100-0006",
        );
        assert!(
            n("4-3-18 Marunouchi").split(' ').any(|t| t == "18"),
            "block numbers are not postcodes"
        );
        assert!(n("Tokyo 100-0005").contains("1000005"));
        // Korea.
        same(
            "123 Teheran-ro, Gangnam-gu, Seoul",
            "123 Teheranro, Gangnam Gu, Seoul",
        );
        same("123 Teheran-ro, 5F", "123 Teheran-ro 5층");
        // Counters run together with their numbers: Korean 호 is a unit,
        // Chinese 室 / 房 a room, 层 / 樓 a floor; a 号 after the house's
        // own 号 a room, the first a house number.
        same("강남대로 410, 5층 501호", "Gangnam-daero 410 Room 501");
        same(
            "L16, Collective Works, 5 Des Voeux Road Central",
            "16/F, Collective Works, 5 Des Voeux Road Central",
        );
        assert!(n("1 Lime St, Liverpool L1 8JQ").contains("l18jq"));
        same(
            "香港中環德輔道中5號Collective Works16樓",
            "香港中環德輔道中5號Collective Works 16樓",
        );
        assert!(n("香港中環德輔道中5號Collective Works16樓").contains("floor16"));
        // A number ending the address after its floor is the room, 室 left
        // unsaid: the office `Rm 1003, 10/F, Tower 1, Lippo Centre, 89
        // Queensway` is in both scripts.
        let lippo = n("香港金鐘金鐘道89號力寶中心一座10樓1003");
        // (Its floor is dropped as the room number says it.)
        assert!(
            lippo.contains("unit1003") && lippo.contains("89"),
            "{lippo}"
        );
        let latin = n("Rm 1003, 10/F, Tower 1, Lippo Centre, 89 Queensway, Admiralty, Hong Kong");
        assert!(
            latin.contains("unit1003") && latin.contains("89"),
            "{latin}"
        );
        // Not a number before the floor, nor one with more after it.
        assert!(!n("香港金鐘金鐘道89號10樓").contains("unit"));
        // A Malaysian road code is no flat and house number.
        let ss = n("23-5, Lvl 23, Prosperity Lucky Complex, 142 Jalan SS 2/24, 80140 Johor Bahru");
        assert!(!ss.split(' ').any(|t| t == "unit2"), "{ss}");
        assert!(n("Flat 3/523 King Road").contains("unit3"));
        same(
            "上海市嘉定区腾瑞南大道460号弘越国际大厦3028室",
            "上海市嘉定区腾瑞南大道460号弘越国际大厦30层3028号",
        );
        same(
            "上海市嘉定区腾瑞南大道460号弘越国际大厦30F3028号",
            "上海市嘉定区腾瑞南大道460号弘越国际大厦3028房",
        );
        diff(
            "上海市嘉定区腾瑞南大道460号弘越国际大厦3028室",
            "上海市嘉定区腾瑞南大道460号弘越国际大厦3029室",
        );
        let cn = n("上海市嘉定区腾瑞南大道460号弘越国际大厦3028室");
        assert!(cn.split(' ').any(|t| t == "460"), "{cn}");
        assert!(cn.split(' ').any(|t| t == "unit3028"), "{cn}");
        let hk = n("香港九龍觀塘開源道336號幸運大樓8樓B室");
        assert!(hk.split(' ').any(|t| t == "unitb"), "{hk}");
        assert!(hk.split(' ').any(|t| t == "floor8"), "{hk}");
        assert!(hk.split(' ').any(|t| t == "336"), "{hk}");
        same("東京都港区1-2-3 501号室", "東京都港区1-2-3 Room 501");
        let jp = n("〒100-0242 東京都千代田区神田2丁目13番20号 神田ビル 1F 114号");
        for t in ["2", "13", "20", "unit114"] {
            assert!(jp.split(' ').any(|x| x == t), "{jp}");
        }
        // A 号 before 楼 numbers a block, not a room.
        let block = n("北京市海淀区中关村大街100号3号楼502室");
        assert!(block.split(' ').any(|t| t == "unit502"), "{block}");
        assert!(block.split(' ').any(|t| t == "100"), "{block}");
        assert!(
            n("Avenida Rio Branco 12, RO").contains("branco"),
            "RO, a state"
        );
        // France.
        same(
            "12 bis rue de Rivoli, 75001 Paris",
            "12B Rue de Rivoli 75001 PARIS CEDEX 01",
        );
        same("12 bis rue de Rivoli", "12bis r. de Rivoli");
        same("12 ter rue de Rivoli", "12T rue de Rivoli");
        diff("12 bis rue de Rivoli", "12 rue de Rivoli");
        diff("12 bis rue de Rivoli", "12 ter rue de Rivoli");
        same("5 boulevard Haussmann", "5 Bld Haussmann");
        same(
            "5 boulevard Haussmann, 75009 Paris",
            "5 bd. Haussmann, 75009 Paris Cedex",
        );
        // Russia (Latin).
        same(
            "ul. Tverskaya, d. 7, kv. 12, Moscow, 125009",
            "ulitsa Tverskaya, dom 7, of. 12, Moskva, 125009",
        );
        same(
            "Leningradsky prospekt 53, Moscow",
            "Leningradsky pr-t 53, Moscow",
        );
        diff("ul. Tverskaya, d. 7, kv. 12", "ul. Tverskaya, d. 7, kv. 13");
        // Singapore.
        same(
            "1 Raffles Place, #12-03, Singapore 048616",
            "1 Raffles Pl #12-03 S048616",
        );
        same(
            "1 Raffles Place, #12-03, Singapore 048616",
            "1 Raffles Pl #12-03 S(048616)",
        );
        same("1 Raffles Place, #12-03", "1 Raffles Place, Unit 12-03");
        diff("1 Raffles Place, #12-03", "1 Raffles Place, #12-04");
        // India.
        same(
            "Flat No. 12, 2nd Cross, Indiranagar, Bengaluru 560038",
            "Flat 12, 2nd Cross Road, Indiranagar, Bangalore - 560 038",
        );
        same("Flat No. 12, Indiranagar", "#12, Indiranagar");
        diff("Flat No. 12, Indiranagar", "Flat No. 13, Indiranagar");
        assert!(
            n("Unit 12 560 038").split(' ').any(|t| t == "560"),
            "not a PIN after a unit number"
        );
        // Brazil, Portugal, Spain.
        same(
            "Rua Augusta, nº 1951, 13º andar, São Paulo - SP, 01305-272",
            "R. Augusta, 1951 - 13 andar - São Paulo/SP - CEP 01305272",
        );
        same(
            "Rua Augusta, nº 1951, 4º andar",
            "Rua Augusta, n. 1951, 4° andar",
        );
        same(
            "Avenida da Liberdade, n.º 324, 2.º andar, 1250-093 Lisboa",
            "Av. Liberdade nº324 - 2º, 1250-093 Lisboa",
        );
        same(
            "Calle de Alcalá, 37, 2º piso, 28014 Madrid",
            "C/ Alcala 37, 2ª planta, 28014 Madrid",
        );
        same(
            "Paseo Castellana, 98, 11º piso",
            "Paseo Castellana, nº 98, piso 11",
        );
        assert!(!n("Paseo Castellana, nº 98, piso 11").contains("floor98"));
        // Greece and Cyprus: `5ος όροφος`, transliterated or romanised.
        for greek in [
            "Αρχιεπισκόπου Μακαρίου Γ' 155, 5ος όροφος, 3026 Λεμεσός",
            "Makariou 155, 5os orofos, 3026 Lemesos",
            "Makariou 155, orofos 5, 3026 Lemesos",
        ] {
            assert!(
                n(greek).split(' ').any(|t| t == "floor5"),
                "{greek}: {}",
                n(greek)
            );
        }
        diff(
            "Rua Augusta, nº 1951, 4º andar",
            "Rua Augusta, nº 1951, 5º andar",
        );
        // Labels: `N` without a dot is a direction.
        diff(
            "1200 N 300 W, Salt Lake City",
            "1200 S 300 W, Salt Lake City",
        );
        // Dutch postcode letters are not articles.
        assert!(n("Damrak 1, 1012 DA Amsterdam").contains("1012da"));
    }

    #[test]
    fn address_po_boxes() {
        let n = |s: &str| normalize_address(s).unwrap();
        let base = n("Sky Tower, 33 Victoria Ave, Abu Dhabi");
        for v in [
            "Sky Tower, 33 Victoria Ave, PO Box 77573, Abu Dhabi",
            "Sky Tower, 33 Victoria Ave, P.O. Box 77573, Abu Dhabi, UAE",
            "Sky Tower 33 Victoria Avenue POB 77573 Abu Dhabi",
            "Sky Tower, 33 Victoria Ave, P.O.Box No. 77573, Abu Dhabi",
            "Sky Tower, 33 Victoria Ave, PO Box 12, Abu Dhabi",
        ] {
            assert_eq!(n(v), base, "{v}");
        }
        assert_eq!(
            n("Goethestr. 21, Postfach 1234, 10115 Berlin"),
            n("Goethestr. 21, 10115 Berlin")
        );
        assert_eq!(
            n("12 Rue X, BP 345, 75001 Paris"),
            n("12 Rue X, 75001 Paris")
        );
        // Only a box: it is the address, its forms agree, other boxes differ.
        let only = n("PO Box 77573, Abu Dhabi");
        assert_eq!(only, "abu dhabi pobox77573");
        assert_eq!(only, n("P.O. Box 77573, Abu Dhabi, United Arab Emirates"));
        assert_eq!(only, n("POBox 077573 Abu Dhabi"));
        assert_ne!(only, n("PO Box 77574, Abu Dhabi"));
        assert_ne!(
            n("Postfach 1234, 10115 Berlin"),
            n("Postfach 1235, 10115 Berlin")
        );
        // A building without a number is not a street address, nor is a
        // unit or floor alone.
        assert_ne!(
            n("Sky Tower, PO Box 1, Dubai"),
            n("Sky Tower, PO Box 2, Dubai")
        );
        assert_ne!(n("PO Box 1, Unit 3, Dubai"), n("PO Box 2, Unit 3, Dubai"));
        // A unit or floor and a house number make a street address even
        // where the street word is misspelt.
        assert_eq!(
            n("Unit 912, 9th Fl, 376 Wellington Staeet, PO Box 92426, Abu Dhabi"),
            n("Unit 912, 9th Fl, 376 Wellington Staeet, Abu Dhabi")
        );
        // `Box Hill` is a place, and a box needs a number.
        assert!(n("5 Station St, Box Hill 3128").contains("box"));
        assert!(n("12 Via Po, Torino").contains("po"));
    }

    #[test]
    fn ssh_bare_sha256_fingerprints() {
        let fp = "YkBs6DbFiKF44XIIKpW4eNCq2CSx6SJn0MFX2XmgyXv";
        let want = Some(format!("SHA256:{fp}"));
        assert_eq!(normalize_ssh_key(&format!("SHA256:{fp}")), want);
        assert_eq!(normalize_ssh_key(fp), want);
        assert_eq!(normalize_ssh_key(&format!(" {fp}= ")), want);
        assert_eq!(normalize_ssh_key(&format!("sha256: {fp}")), want);
        let slash = "0i4e6KP4dQKTNOb690cPvTS3oE/q++Tvn2ItJKQ9A6V";
        assert_eq!(
            normalize_ssh_key(slash),
            normalize_ssh_key(&format!("SHA256:{slash}"))
        );
        // Other lengths or alphabets are not bare fingerprints.
        assert_eq!(normalize_ssh_key(&fp[1..]).as_deref(), Some(&fp[1..]));
        let bad = "YkBs6DbFiKF44XIIKpW4eNCq2CSx6SJn0MFX2Xmgy-v";
        assert_eq!(normalize_ssh_key(bad).as_deref(), Some(bad));
        assert_ne!(
            normalize_ssh_key(fp),
            normalize_ssh_key("ZkBs6DbFiKF44XIIKpW4eNCq2CSx6SJn0MFX2XmgyXv")
        );
        // MD5 and public key lines as before.
        assert_eq!(
            normalize_ssh_key("16:27:ac:a5:76:28:2d:36:63:1b:56:4d:eb:df:a6:48").as_deref(),
            Some("MD5:1627aca576282d36631b564debdfa648")
        );
        let line = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl alice@laptop";
        // A full key is its SHA-256 fingerprint (`ssh-keygen -lf`).
        assert_eq!(
            normalize_ssh_key(line).as_deref(),
            Some("SHA256:+DiY3wvvV6TuJJhbpZisF/zLDA0zPMSvHdkr4UvCOqU")
        );
        assert_eq!(
            normalize_ssh_key("sha256ü:xxxxxxxx").as_deref(),
            Some("sha256ü:xxxxxxxx")
        );
    }

    #[test]
    fn corporate_service_vehicles_are_told_from_parents() {
        let org = |s: &str| normalize_organisation(s).unwrap_or_else(|| panic!("{s}"));
        for s in [
            "Aspelia Nominees LTD",
            "Atlasmark Secretaries",
            "Clearpath Corporate Services Ltd",
            "Sovereign Directors Limited",
            "Harbour Registered Agents Inc.",
            "Axispark Trustees (BVI) Ltd",
            "Grand Lucky Management Services Limited",
            "Global Link Trust Services Ltd",
        ] {
            assert!(is_corporate_service(&org(s)), "{s}");
        }
        for s in [
            "Quantbridge Holdings Ltd",
            "Lim Family Trust",
            "Acme Services Ltd",
            "Acme Asset Management Ltd",
            "Acme Property Management Services Ltd",
            "Harbour Hotel Management Services Limited",
        ] {
            assert!(!is_corporate_service(&org(s)), "{s}");
        }
    }

    #[test]
    fn company_tokens() {
        assert_eq!(
            company_name_tokens("Shenzhen Zhongke Star Technology Co., Ltd."),
            ["shenzhen", "star", "zhongke"]
        );
        assert!(company_name_tokens("Global Trading Ltd").is_empty());
    }

    #[test]
    fn email_name_addr_and_punctuation() {
        let want = normalize_email("info@acme5-gpu.co.jp");
        assert_eq!(normalize_email(" <info@acme5-gpu.co.jp>"), want);
        assert_eq!(normalize_email("\"Info\" <info@acme5-gpu.co.jp>"), want);
        assert_eq!(normalize_email("(info@acme5-gpu.co.jp)."), want);
        let e = normalize_email("Taro Yamada <taro@acme6-gpu.co.jp>").unwrap();
        assert_eq!(e.mailbox, "taro@acme6-gpu.co.jp");
        assert_eq!(e.domain.as_deref(), Some("acme6-gpu.co.jp"));
        // Different mailboxes stay different.
        assert_ne!(
            normalize_email("A <a@acme.co.jp>").unwrap().mailbox,
            normalize_email("B <b@acme.co.jp>").unwrap().mailbox
        );
        assert_eq!(normalize_email("Taro Yamada <>"), None);
    }

    #[test]
    fn free_mail_isps_and_brands() {
        for d in [
            "emirates.net.ae",
            "t-online.de",
            "laposte.net",
            "telefonica.net",
            "singnet.com.sg",
            "yahoo.es",
            "hotmail.fr",
            "yahoo.com.br",
            "outlook.jp",
            "gmx.ch",
            "yandex.kz",
            "live.co.uk",
            "comcast.net",
            "eircom.net",
            "kakao.com",
            // Disposable and relay services.
            "mailinator.com",
            "10minutemail.com",
            "guerrillamail.com",
            "yopmail.com",
            "privaterelay.appleid.com",
            "duck.com",
        ] {
            let e = normalize_email(&format!("someone@{d}")).unwrap();
            assert_eq!(e.domain, None, "{d}");
        }
        // Company domains, including brand words on generic TLDs.
        for d in ["acme.de", "live.events", "yahoo-gpu.io", "aolcompute.com"] {
            assert!(
                normalize_email(&format!("x@{d}")).unwrap().domain.is_some(),
                "{d}"
            );
        }
    }

    #[test]
    fn payment_fingerprint_hex_variants() {
        let want = normalize_payment_fingerprint("102c4e1a7b3d5f60812a3c4d5e6f7a8b");
        for v in [
            "102C4E1A7B3D5F60812A3C4D5E6F7A8B",
            "10:2c:4e:1a:7b:3d:5f:60:81:2a:3c:4d:5e:6f:7a:8b",
            "102c 4e1a 7b3d 5f60 812a 3c4d 5e6f 7a8b",
            "fp_102c4e1a7b3d5f60812a3c4d5e6f7a8b",
            "102c4e1a-7b3d5f60-812a3c4d-5e6f7a8b",
            "sha256:102c4e1a7b3d5f60812a3c4d5e6f7a8b",
            "Fingerprint: 102C4E1A7B3D5F60812A3C4D5E6F7A8B",
        ] {
            assert_eq!(normalize_payment_fingerprint(v), want, "{v}");
        }
        // Opaque processor fingerprints keep their label, whatever its
        // case and separators.
        assert_eq!(
            normalize_payment_fingerprint("fp_card_12").as_deref(),
            Some("fp_card_12")
        );
        assert_eq!(
            normalize_payment_fingerprint("fp_1ByB7CaPEQGQNxjz"),
            normalize_payment_fingerprint("1byb7capeqgqnxjz")
        );
        for v in ["FP-CARD-12", "fp card 12", " Fp_Card_12 "] {
            assert_eq!(
                normalize_payment_fingerprint(v),
                normalize_payment_fingerprint("fp_card_12"),
                "{v}"
            );
        }
        assert_ne!(
            normalize_payment_fingerprint("fp_card_12"),
            normalize_payment_fingerprint("fp_card_13")
        );
        // Case is read as formatting (see the function's docs).
        assert_eq!(
            normalize_payment_fingerprint("fp_Kb29RkNjHhrz9Llr"),
            normalize_payment_fingerprint("FP_KB29RKNJHHRZ9LLR")
        );
        assert_ne!(
            normalize_payment_fingerprint("fp_Kb29RkNjHhrz9Llr"),
            normalize_payment_fingerprint("fp_card_12")
        );
        assert_ne!(
            want,
            normalize_payment_fingerprint("112c4e1a7b3d5f60812a3c4d5e6f7a8b")
        );
    }

    #[test]
    fn ssh_full_keys_match_their_fingerprints() {
        // Fixed keys; fingerprints from `ssh-keygen -lf` and
        // `ssh-keygen -E md5 -lf` (OpenSSH).
        let cases = [
            (
                "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAILDDhND0HPEpSak0XKlEg0IWmKFFdw4LL2bLq/ch89T0 root@gpu-node",
                "SHA256:9cfmeVTIZUkidgL8ap8Qn8mGmMmf/Gy2L8fqMSuK/Zw",
                "bc:06:45:31:5b:3a:cc:89:e8:24:b6:d0:5c:02:c4:bf",
            ),
            (
                "ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBBApL7f7zjLkhnofaKiZNBPZu7H4SzWkOpX5Sc/WP6ESKXWUzqMTUMhB53NezzheI0iznCJFJjwXLZIDZsG9+DHA= y",
                "SHA256:QPmPlFEMGT9Wcos5lDdeojkazFcJ95VUOysLgwIrn/s",
                "67:7b:ac:4a:e4:27:d0:06:6b:91:f0:73:a0:62:3a:e4",
            ),
        ];
        for (line, sha, md5) in cases {
            let (v, m) = normalize_ssh_key_values(line).unwrap();
            assert_eq!(Some(v.clone()), normalize_ssh_key(sha));
            assert_eq!(m, normalize_ssh_key(md5));
            // Without the `SHA256:` prefix too.
            assert_eq!(Some(v), normalize_ssh_key(&sha[7..]));
        }
        // Other keys, and a corrupt blob, stay different.
        let (a, _) = normalize_ssh_key_values(cases[0].0).unwrap();
        let (b, _) = normalize_ssh_key_values(cases[1].0).unwrap();
        assert_ne!(a, b);
        let (c, m) = normalize_ssh_key_values(
            "ssh-rsa AAAAC3NzaC1lZDI1NTE5AAAAILDDhND0HPEpSak0XKlEg0IWmKFFdw4LL2bLq/ch89T0",
        )
        .unwrap();
        assert_eq!(m, None, "type in the blob must match the line's");
        assert!(c.starts_with("ssh-rsa "));
    }

    #[test]
    fn phone_written_forms() {
        let us = cc("US");
        let p = |s: &str, c| normalize_phone(s, c).map(|x| x.text().to_string());
        let want = Some("+14155550127".to_string());
        assert_eq!(p("tel:+14155550127", us), want);
        assert_eq!(p("TEL:+1-415-555-0127", None), want);
        assert_eq!(p("415-555-0127 ext. 45", us), want);
        assert_eq!(p("+1 415-555-0127 (ext. 7)", us), want);
        assert_eq!(p("+1 415 555 0127 #200", us), want);
        assert_eq!(p("+1 415 555 0127;ext=9", us), want);
        assert_eq!(p("+1 415 555 0127 x123", us), want);
        // Chinese extension markers (转 "transfer", 分机 "extension"); text
        // in other scripts never splits a character.
        let cn = Some("+862130115602".to_string());
        assert_eq!(p("021 3011 5602 转602", cc("CN")), cn);
        assert_eq!(p("+86 21 3011 5602 分机 88", None), cn);
        assert!(p("30 1156 转", cc("CN")).is_some());
        assert!(p("电话 30 1156 ext", cc("CN")).is_some());
        assert_eq!(p("1-800-GPU-RENT", us).as_deref(), Some("+18004787368"));
        // Lower-case words are not vanity numbers.
        assert_eq!(
            p("call 415 555 0127", us).as_deref(),
            Some("call 415 555 0127")
        );
        assert_eq!(
            p("０３－１２３４－５６８１", cc("JP")),
            p("03-1234-5681", cc("JP"))
        );
        assert_eq!(p("(65) 6123-4568", cc("SG")), p("6123 4568", cc("SG")));
        assert_eq!(p("(+34) 912345679", cc("ES")), p("912 34 56 79", cc("ES")));
        assert_eq!(p("(+34) 912345679", None), p("912 34 56 79", cc("ES")));
        assert_eq!(
            p("0xx11 91234-5679", cc("BR")),
            p("(11) 91234-5679", cc("BR"))
        );
        assert_eq!(
            p("091-98450-12347", cc("IN")),
            p("+91 98450 12347", cc("IN"))
        );
        // A bracketed area code is not a country code.
        assert_eq!(
            p("(55) 3222-1234", cc("BR")).as_deref(),
            Some("+555532221234")
        );
        // A bracketed calling code where area codes follow a trunk `0`.
        for (cc_, a, b) in [
            ("MY", "(60) 3-3340 4278", "03-3340 4278"),
            ("GB", "(44) 20 8347 4567", "020 8347 4567"),
            ("CN", "(86) 75541360984", "0755 4136 0984"),
            ("AE", "(971) 4 681 7748", "04 681 7748"),
        ] {
            assert_eq!(p(a, cc(cc_)), p(b, cc(cc_)), "{a}");
        }
        assert_ne!(p("6123 4568", cc("SG")), p("6123 4569", cc("SG")));
        assert_ne!(p("415-555-0127 ext. 45", us), p("415-555-0128 ext. 45", us));
    }

    #[test]
    fn idn_and_punycode_agree() {
        assert_eq!(
            normalize_email("info@bücher-gpu.de"),
            normalize_email("info@xn--bcher-gpu-q9a.de")
        );
        assert_eq!(
            normalize_email("a@вычисления9.рф").unwrap().domain,
            normalize_email("b@xn--9-ctbjlbqp3a6cyb1c.xn--p1ai")
                .unwrap()
                .domain
        );
        assert_eq!(
            normalize_website("https://BÜCHER-w7.de"),
            normalize_website("https://xn--bcher-w7-65a.de/")
        );
        assert_eq!(punycode_decode("mnchen-3ya").as_deref(), Some("münchen"));
        // Different names stay different; broken ACE stays as given.
        assert_ne!(
            normalize_website("https://bücher-w7.de"),
            normalize_website("https://bucher-w7.de")
        );
        assert_eq!(
            normalize_website("https://xn--!!.de").as_deref(),
            Some("xn--!!.de")
        );
    }

    #[test]
    fn ip_ports_and_host_prefixes() {
        let a = |s: &str| normalize_ip(s).map(|n| n.address.text().to_string());
        assert_eq!(a("203.0.113.8:443"), a("203.0.113.8"));
        assert_eq!(a("203.0.113.9/32"), a("203.0.113.9"));
        assert_eq!(a("[2a01:4f8:1c1e::1]:22"), a("2a01:4f8:1c1e::1"));
        assert_eq!(a("2a01:4f8:1c1f::1/128"), a("2a01:4f8:1c1f::1"));
        assert_eq!(
            normalize_ip("203.0.113.9/32").unwrap().prefix.as_deref(),
            Some("203.0.113.0/24")
        );
        // A network is not a host.
        assert_eq!(a("203.0.113.0/24").as_deref(), Some("203.0.113.0/24"));
        assert_ne!(a("203.0.113.8:443"), a("203.0.113.9:443"));
    }

    #[test]
    fn registration_id_labels_zeros_and_prefixes() {
        let r = |s: &str, c: &str| normalize_registration_id_in(s, cc(c));
        assert_eq!(r("EIN 12-3456780", "US"), r("12-3456780", "US"));
        assert_eq!(r("01234567", "GB"), r("1234567", "GB"));
        assert_eq!(r("Company No. 01234569", "GB"), r("01234569", "GB"));
        assert_eq!(r("GB01234568", "GB"), r("01234568", "GB"));
        assert_eq!(r("RCS Paris 732 829 321", "FR"), r("732 829 321", "FR"));
        assert_eq!(r("55210055400013", "FR"), r("552 100 554", "FR"));
        assert_eq!(r("ОГРН 1027700132195", "RU"), r("1027700132195", "RU"));
        assert_eq!(r("OGRN: 1027700132196", "RU"), r("1027700132196", "RU"));
        assert_eq!(
            r("cin: u72900ka2015ptc012345", "IN"),
            r("U72900KA2015PTC012345", "IN")
        );
        assert_eq!(
            r("CNPJ 12.345.679/0001-95", "BR"),
            r("12.345.679/0001-95", "BR")
        );
        assert_eq!(r("UEN 201912346K", "SG"), r("201912346K", "SG"));
        assert_eq!(r("CN-1234567", "AE"), r("1234567", "AE"));
        assert_eq!(r("ESB12345679", "ES"), r("B12345679", "ES"));
        assert_eq!(
            r("Trade Licence No. DMCC-954721", "AE"),
            r("DMCC954721", "AE")
        );
        assert_eq!(r("License No: CN-9445867", "AE"), r("9445867", "AE"));
        assert_eq!(r("УНП 193347015", "BY"), r("193347015", "BY"));
        assert_eq!(r("БИН 749692815228", "KZ"), r("749692815228", "KZ"));
        assert_eq!(r("STIR: 309891309", "UZ"), r("309891309", "UZ"));
        assert_eq!(r("VÖEN 1700012345", "AZ"), r("1700012345", "AZ"));
        assert_eq!(r("Vergi No: 1234567890", "TR"), r("1234567890", "TR"));
        assert_eq!(r("CY-HE 867552", "CY"), r("HE 867552", "CY"));
        assert_eq!(r("US-DE-8244713", "US"), r("DE-8244713", "US"));
        assert_eq!(r("SC-IBC 120411", "SC"), r("120411", "SC"));
        assert_ne!(r("CY-HE 867552", "GR"), r("HE 867552", "GR"));
        assert_eq!(r("PT 501 234 567", "PT"), r("501234567", "PT"));
        // Labels in their own script, and abbreviations from further afield.
        assert_eq!(
            r("统一社会信用代码 91440305MA5F0XYZ12", "CN").as_deref(),
            Some("91440305MA5F0XYZ12")
        );
        for (labelled, plain, c) in [
            (
                "統一社會信用代碼：91440305MA5F0XYZ12",
                "91440305MA5F0XYZ12",
                "HK",
            ),
            ("法人番号：9058799430801", "9058799430801", "JP"),
            ("사업자등록번호 123-45-67891", "1234567891", "KR"),
            ("NPWP 75.474.436.1-526.879", "754744361526879", "ID"),
            ("RFC: RGM111209EC3", "RGM111209EC3", "MX"),
            ("GSTIN 27AAPFU0939F1ZV", "27AAPFU0939F1ZV", "IN"),
        ] {
            assert_eq!(r(labelled, c), r(plain, c), "{labelled}");
        }
        // Japan's invoice number is the corporate number behind a `T`.
        assert_eq!(r("T9007476067206", "JP"), r("9007476067206", "JP"));
        assert_eq!(
            r("登録番号 T9007476067206", "JP").as_deref(),
            Some("9007476067206")
        );
        assert_ne!(r("T9007476067206", "GB"), r("9007476067206", "GB"));
        // An abbreviation is a label only where it is one.
        assert_eq!(r("NIT-850101-AB1", "MX").as_deref(), Some("NIT850101AB1"));
        assert_eq!(r("NIT 900.123.456-7", "CO"), r("900.123.456-7", "CO"));
        // German court registers keep their court and type.
        assert_eq!(r("HRB 12345 B", "DE").as_deref(), Some("HRB12345B"));
        assert_ne!(r("HRB 12345", "DE"), r("HRA 12345", "DE"));
        // A foreign prefix is part of the number; other numbers differ.
        assert_ne!(r("GB01234568", "IE"), r("01234568", "IE"));
        assert_ne!(r("01234567", "GB"), r("01234568", "GB"));
        assert_ne!(r("SC123456", "GB"), r("123456", "GB"));
        // Labels alone, and placeholders, are not numbers.
        assert_eq!(r("N/A", "GB"), None);
        assert_eq!(r("0000000", "GB"), None);
        assert_eq!(
            normalize_registration_id("EIN 12-3456780").as_deref(),
            Some("123456780")
        );
    }
}
