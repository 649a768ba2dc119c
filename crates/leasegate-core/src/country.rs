use std::fmt;
use std::str::FromStr;

/// An ISO 3166-1 alpha-2 country code, upper case (`CN`, `US`, `MO`).
///
/// Only the shape is validated (two ASCII letters); which codes exist is
/// policy data, not a type invariant, because the list changes.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CountryCode([u8; 2]);

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("invalid country code {0:?}: expected an ISO 3166-1 alpha-2 code such as CN")]
pub struct CountryError(pub String);

/// Officially assigned ISO 3166-1 alpha-2 codes, plus `XK` (Kosovo), which
/// the sanctions lists use. Sorted, for binary search.
const ASSIGNED: &[&str] = &[
    "AD", "AE", "AF", "AG", "AI", "AL", "AM", "AO", "AQ", "AR", "AS", "AT", "AU", "AW", "AX", "AZ",
    "BA", "BB", "BD", "BE", "BF", "BG", "BH", "BI", "BJ", "BL", "BM", "BN", "BO", "BQ", "BR", "BS",
    "BT", "BV", "BW", "BY", "BZ", "CA", "CC", "CD", "CF", "CG", "CH", "CI", "CK", "CL", "CM", "CN",
    "CO", "CR", "CU", "CV", "CW", "CX", "CY", "CZ", "DE", "DJ", "DK", "DM", "DO", "DZ", "EC", "EE",
    "EG", "EH", "ER", "ES", "ET", "FI", "FJ", "FK", "FM", "FO", "FR", "GA", "GB", "GD", "GE", "GF",
    "GG", "GH", "GI", "GL", "GM", "GN", "GP", "GQ", "GR", "GS", "GT", "GU", "GW", "GY", "HK", "HM",
    "HN", "HR", "HT", "HU", "ID", "IE", "IL", "IM", "IN", "IO", "IQ", "IR", "IS", "IT", "JE", "JM",
    "JO", "JP", "KE", "KG", "KH", "KI", "KM", "KN", "KP", "KR", "KW", "KY", "KZ", "LA", "LB", "LC",
    "LI", "LK", "LR", "LS", "LT", "LU", "LV", "LY", "MA", "MC", "MD", "ME", "MF", "MG", "MH", "MK",
    "ML", "MM", "MN", "MO", "MP", "MQ", "MR", "MS", "MT", "MU", "MV", "MW", "MX", "MY", "MZ", "NA",
    "NC", "NE", "NF", "NG", "NI", "NL", "NO", "NP", "NR", "NU", "NZ", "OM", "PA", "PE", "PF", "PG",
    "PH", "PK", "PL", "PM", "PN", "PR", "PS", "PT", "PW", "PY", "QA", "RE", "RO", "RS", "RU", "RW",
    "SA", "SB", "SC", "SD", "SE", "SG", "SH", "SI", "SJ", "SK", "SL", "SM", "SN", "SO", "SR", "SS",
    "ST", "SV", "SX", "SY", "SZ", "TC", "TD", "TF", "TG", "TH", "TJ", "TK", "TL", "TM", "TN", "TO",
    "TR", "TT", "TV", "TW", "TZ", "UA", "UG", "UM", "US", "UY", "UZ", "VA", "VC", "VE", "VG", "VI",
    "VN", "VU", "WF", "WS", "XK", "YE", "YT", "ZA", "ZM", "ZW",
];

impl CountryCode {
    /// Like [`CountryCode::parse`], and the code must also be assigned
    /// (`ZZ` and `XX` are refused): for records a person types in.
    pub fn parse_assigned(s: &str) -> Result<Self, CountryError> {
        let c = Self::parse(s)?;
        if ASSIGNED.binary_search(&c.as_str()).is_ok() {
            Ok(c)
        } else {
            Err(CountryError(s.to_string()))
        }
    }

    pub fn parse(s: &str) -> Result<Self, CountryError> {
        let t = s.trim();
        let b = t.as_bytes();
        if b.len() == 2 && b.iter().all(u8::is_ascii_alphabetic) {
            Ok(Self([b[0].to_ascii_uppercase(), b[1].to_ascii_uppercase()]))
        } else {
            Err(CountryError(s.to_string()))
        }
    }
    pub fn as_str(&self) -> &str {
        // Constructed only from ASCII letters.
        std::str::from_utf8(&self.0).unwrap_or("??")
    }
}

impl FromStr for CountryCode {
    type Err = CountryError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::parse(s)
    }
}

impl fmt::Display for CountryCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Debug for CountryCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "CountryCode({})", self.as_str())
    }
}

impl serde::Serialize for CountryCode {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for CountryCode {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Self::parse(&s).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_uppercases() {
        assert_eq!(CountryCode::parse(" cn ").unwrap().as_str(), "CN");
        assert!(CountryCode::parse("CHN").is_err());
        assert!(CountryCode::parse("C1").is_err());
        assert!(CountryCode::parse("").is_err());
    }

    #[test]
    fn assigned_codes_only() {
        assert!(ASSIGNED.windows(2).all(|w| w[0] < w[1]), "sorted");
        assert_eq!(CountryCode::parse_assigned("de").unwrap().as_str(), "DE");
        assert!(CountryCode::parse_assigned("MO").is_ok());
        assert!(CountryCode::parse_assigned("XK").is_ok());
        assert!(CountryCode::parse_assigned("ZZ").is_err());
        assert!(CountryCode::parse_assigned("XX").is_err());
        // Shape-only parsing still accepts them (list data may carry them).
        assert!(CountryCode::parse("ZZ").is_ok());
    }
}
