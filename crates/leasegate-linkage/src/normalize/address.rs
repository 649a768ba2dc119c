//! Postal addresses: canonical text for comparison ([`normalize_address`]).

use super::*;

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

pub(super) fn is_digits(t: &str) -> bool {
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

pub(super) fn street_word(t: &str) -> &str {
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
