//! Small text helpers shared by the parsers: whitespace cleanup, list
//! splitting, dates and country names.

use leasegate_core::CountryCode;
use std::collections::HashMap;
use std::sync::OnceLock;

/// Trims, collapses runs of whitespace and repairs C1 control characters,
/// which appear in the published CSV where Windows-1252 punctuation was
/// decoded as Latin-1 (e.g. `Xi\u{92}an` for `Xi’an`).
pub fn clean(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut pending_space = false;
    for c in s.chars() {
        let c = match c {
            '\u{91}' | '\u{92}' => '\'',
            '\u{93}' | '\u{94}' => '"',
            '\u{96}' | '\u{97}' => '-',
            '\u{80}'..='\u{9f}' | '\0' => ' ',
            c => c,
        };
        if c.is_whitespace() {
            pending_space = !out.is_empty();
        } else {
            if pending_space {
                out.push(' ');
                pending_space = false;
            }
            out.push(c);
        }
    }
    out
}

/// `clean`, or `None` when nothing is left (OFAC writes `-0-` for empty).
pub fn opt(s: &str) -> Option<String> {
    let c = clean(s);
    if c.is_empty() || c == "-0-" {
        None
    } else {
        Some(c)
    }
}

/// Splits a `;`-separated published list ("A; B; and C"), dropping empty
/// items and the leading "and " that Entity List entries use before the last one.
pub fn split_semicolons(s: &str) -> Vec<String> {
    s.split(';')
        .map(clean)
        .map(|p| match p.strip_prefix("and ") {
            Some(rest) => rest.trim().to_string(),
            None => p,
        })
        .filter(|p| !p.is_empty())
        .collect()
}

fn country_table() -> &'static HashMap<String, CountryCode> {
    static TABLE: OnceLock<HashMap<String, CountryCode>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut m = HashMap::new();
        for line in include_str!("../data/countries.tsv").lines() {
            if let Some((code, name)) = line.split_once('\t') {
                if let Ok(cc) = CountryCode::parse(code) {
                    m.insert(country_key(name), cc);
                }
            }
        }
        m
    })
}

fn country_key(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Maps a country as lists publish it (ISO alpha-2 code, OFAC name, UN
/// name) to its ISO code. Unknown names give `None`, never a guess.
pub fn country(s: &str) -> Option<CountryCode> {
    let t = s.trim();
    if t.len() == 2 && t.bytes().all(|b| b.is_ascii_uppercase()) {
        return CountryCode::parse(t).ok();
    }
    if t.is_empty() {
        return None;
    }
    country_table().get(&country_key(t)).copied()
}

/// Parses the date forms lists use: `2024-05-13`, `2025-01-10T00:00:00`,
/// `05/07/2024` (US month first). `None` for anything else.
pub fn date(s: &str) -> Option<time::Date> {
    let t = s.trim();
    let iso = t.get(..10).unwrap_or(t);
    let b = iso.as_bytes();
    if b.len() == 10 && b[4] == b'-' && b[7] == b'-' {
        let y: i32 = iso[..4].parse().ok()?;
        let m: u8 = iso[5..7].parse().ok()?;
        let d: u8 = iso[8..10].parse().ok()?;
        return time::Date::from_calendar_date(y, time::Month::try_from(m).ok()?, d).ok();
    }
    let mut parts = t.split('/');
    let (m, d, y) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || y.len() != 4 {
        return None;
    }
    let m: u8 = m.parse().ok()?;
    let d: u8 = d.parse().ok()?;
    let y: i32 = y.parse().ok()?;
    time::Date::from_calendar_date(y, time::Month::try_from(m).ok()?, d).ok()
}

/// `YYYY-MM-DD`.
pub fn iso_date(d: time::Date) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), u8::from(d.month()), d.day())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cleans() {
        assert_eq!(clean("  Xi\u{92}an   Xae\n"), "Xi'an Xae");
        assert_eq!(opt("-0- "), None);
        assert_eq!(split_semicolons("A; B;; and C "), vec!["A", "B", "C"]);
    }

    #[test]
    fn countries() {
        assert_eq!(country("CN").unwrap().as_str(), "CN");
        assert_eq!(country("Korea, North").unwrap().as_str(), "KP");
        assert_eq!(
            country("Iran (Islamic Republic of)").unwrap().as_str(),
            "IR"
        );
        assert_eq!(country("Atlantis"), None);
    }

    #[test]
    fn dates() {
        assert_eq!(
            date("05/07/2024").map(iso_date).as_deref(),
            Some("2024-05-07")
        );
        assert_eq!(
            date("2025-01-10T00:00:00").map(iso_date).as_deref(),
            Some("2025-01-10")
        );
        assert_eq!(date("2025-02-30"), None);
        assert_eq!(date("junk"), None);
    }
}

/// Serde for `time::Date` as `YYYY-MM-DD` (the `time` default is a tuple).
pub mod date_serde {
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(d: &time::Date, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&super::iso_date(*d))
    }
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<time::Date, D::Error> {
        let s = String::deserialize(d)?;
        super::date(&s).ok_or_else(|| {
            serde::de::Error::custom(format!("invalid date {s:?}, expected YYYY-MM-DD"))
        })
    }
}

/// Serde for `Option<time::Date>` as `YYYY-MM-DD` or null.
pub mod opt_date_serde {
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(d: &Option<time::Date>, s: S) -> Result<S::Ok, S::Error> {
        match d {
            Some(d) => s.serialize_str(&super::iso_date(*d)),
            None => s.serialize_none(),
        }
    }
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<time::Date>, D::Error> {
        match Option::<String>::deserialize(d)? {
            None => Ok(None),
            Some(s) => super::date(&s).map(Some).ok_or_else(|| {
                serde::de::Error::custom(format!("invalid date {s:?}, expected YYYY-MM-DD"))
            }),
        }
    }
}
