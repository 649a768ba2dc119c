//! Entity identifiers with check-digit validation: LEI (ISO 17442, ISO 7064
//! MOD 97-10) and China's Unified Social Credit Code (GB 32100-2015, MOD 31).

use serde::{Deserialize, Serialize};

/// What kind of identifier a value is. Company numbers carry their register
/// (e.g. `GB-COH`) because numbers alone collide across registers.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(tag = "scheme", content = "register", rename_all = "snake_case")]
pub enum IdScheme {
    Lei,
    Uscc,
    CompanyNumber(String),
}

#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Identifier {
    #[serde(flatten)]
    pub scheme: IdScheme,
    pub value: String,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum IdentError {
    #[error("LEI {0:?} must be 20 characters, A-Z and 0-9, ending in two check digits")]
    LeiSyntax(String),
    #[error("LEI {0:?} fails the ISO 17442 check digits")]
    LeiCheck(String),
    #[error("Unified Social Credit Code {0:?} must be 18 characters from 0-9 and A-Y without I, O, S, V, Z")]
    UsccSyntax(String),
    #[error("Unified Social Credit Code {0:?} fails the GB 32100-2015 check character")]
    UsccCheck(String),
}

impl Identifier {
    /// Validates and normalises (trim, upper case) an LEI.
    pub fn lei(s: &str) -> Result<Self, IdentError> {
        let v = s.trim().to_ascii_uppercase();
        validate_lei(&v)?;
        Ok(Self {
            scheme: IdScheme::Lei,
            value: v,
        })
    }
    /// Validates and normalises a Unified Social Credit Code.
    pub fn uscc(s: &str) -> Result<Self, IdentError> {
        let v = s.trim().to_ascii_uppercase();
        validate_uscc(&v)?;
        Ok(Self {
            scheme: IdScheme::Uscc,
            value: v,
        })
    }
    /// A company number in a named register; no check digits to verify.
    pub fn company_number(register: &str, s: &str) -> Self {
        Self {
            scheme: IdScheme::CompanyNumber(register.trim().to_string()),
            value: s.trim().to_string(),
        }
    }
}

/// ISO 17442: 18 alphanumerics then 2 digits; letters map to 10..35 and the
/// resulting number must be 1 modulo 97.
pub fn validate_lei(s: &str) -> Result<(), IdentError> {
    let b = s.as_bytes();
    let ok = b.len() == 20
        && b.iter()
            .all(|c| c.is_ascii_digit() || c.is_ascii_uppercase())
        && b[18].is_ascii_digit()
        && b[19].is_ascii_digit();
    if !ok {
        return Err(IdentError::LeiSyntax(s.to_string()));
    }
    let mut rem: u32 = 0;
    for &c in b {
        if c.is_ascii_digit() {
            rem = (rem * 10 + u32::from(c - b'0')) % 97;
        } else {
            rem = (rem * 100 + u32::from(c - b'A') + 10) % 97;
        }
    }
    if rem == 1 {
        Ok(())
    } else {
        Err(IdentError::LeiCheck(s.to_string()))
    }
}

/// GB 32100-2015 alphabet: digits and upper-case letters without I, O, S, V, Z.
const USCC_CHARS: &[u8; 31] = b"0123456789ABCDEFGHJKLMNPQRTUWXY";
/// Weights 3^i mod 31 for the first 17 characters.
const USCC_WEIGHTS: [u32; 17] = [
    1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28,
];

pub fn validate_uscc(s: &str) -> Result<(), IdentError> {
    let b = s.as_bytes();
    let vals: Option<Vec<u32>> = b
        .iter()
        .map(|c| USCC_CHARS.iter().position(|x| x == c).map(|p| p as u32))
        .collect();
    let vals = match vals {
        Some(v) if v.len() == 18 => v,
        _ => return Err(IdentError::UsccSyntax(s.to_string())),
    };
    let sum: u32 = vals[..17]
        .iter()
        .zip(USCC_WEIGHTS)
        .map(|(v, w)| v * w)
        .sum();
    let check = (31 - sum % 31) % 31;
    if vals[17] == check {
        Ok(())
    } else {
        Err(IdentError::UsccCheck(s.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lei_real_values() {
        // Real LEIs from the GLEIF API samples (Bloomberg Finance L.P., Shell plc).
        assert!(validate_lei("5493001KJTIIGC8Y1R12").is_ok());
        assert!(validate_lei("21380068P1DRHMJ8KU70").is_ok());
        assert_eq!(
            validate_lei("5493001KJTIIGC8Y1R13"),
            Err(IdentError::LeiCheck("5493001KJTIIGC8Y1R13".into()))
        );
        assert!(matches!(
            validate_lei("5493001KJTIIGC8Y1R1"),
            Err(IdentError::LeiSyntax(_))
        ));
        assert!(Identifier::lei(" 5493001kjtiigc8y1r12 ").is_ok());
    }

    #[test]
    fn uscc() {
        // Widely published example code (Fujian) and a single-character corruption.
        assert!(validate_uscc("91350100M000100Y43").is_ok());
        assert!(matches!(
            validate_uscc("91350100M000100Y44"),
            Err(IdentError::UsccCheck(_))
        ));
        assert!(matches!(
            validate_uscc("91350100M000100Y4"),
            Err(IdentError::UsccSyntax(_))
        ));
        assert!(matches!(
            validate_uscc("91350100M000100YI3"),
            Err(IdentError::UsccSyntax(_))
        ));
    }
}
