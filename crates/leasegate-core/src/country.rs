use std::fmt;
use std::str::FromStr;

/// An ISO 3166-1 alpha-2 country code, upper case (`CN`, `US`, `MO`).
///
/// Only the shape is validated (two ASCII letters); which codes exist is
/// policy data, not a type invariant, because the list changes.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CountryCode([u8; 2]);

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("invalid country code {0:?}: expected two letters (ISO 3166-1 alpha-2, e.g. CN)")]
pub struct CountryError(pub String);

impl CountryCode {
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
}
