use crate::decimal::{DecimalError, Units};
use std::fmt;

/// A percentage in [0, 100], held exactly as an integer number of
/// hundred-thousandths of a percent, so 49.99 and 50 compare exactly and
/// sums never drift the way floats do.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct Percent(u32);

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum PercentError {
    #[error("invalid percentage {0:?}: expected a decimal number such as 25 or 49.99")]
    Syntax(String),
    #[error("percentage {0:?} is outside [0, 100]")]
    Range(String),
    #[error("percentage {0:?} has more than 5 decimals")]
    Precision(String),
}

impl Percent {
    /// Units per whole percent.
    pub const SCALE: u32 = 100_000;
    pub const ZERO: Percent = Percent(0);
    pub const HUNDRED: Percent = Percent(100 * Self::SCALE);

    pub fn from_units(units: u32) -> Result<Self, PercentError> {
        if units > Self::HUNDRED.0 {
            return Err(PercentError::Range(format!(
                "{}",
                units as f64 / Self::SCALE as f64
            )));
        }
        Ok(Self(units))
    }
    pub fn units(self) -> u32 {
        self.0
    }
    pub fn whole(p: u32) -> Result<Self, PercentError> {
        Self::from_units(p.saturating_mul(Self::SCALE))
    }
    pub fn as_f64(self) -> f64 {
        f64::from(self.0) / f64::from(Self::SCALE)
    }

    pub fn parse(s: &str) -> Result<Self, PercentError> {
        let t = s.trim().trim_end_matches('%').trim();
        if t.starts_with('-') {
            return Err(PercentError::Range(s.to_string()));
        }
        let units = match crate::decimal::parse_units(t, 5) {
            Ok(u) => u,
            Err(DecimalError::Syntax) => return Err(PercentError::Syntax(s.to_string())),
            Err(DecimalError::Precision) => return Err(PercentError::Precision(s.to_string())),
            Err(DecimalError::Overflow) => return Err(PercentError::Range(s.to_string())),
        };
        if units > u64::from(Self::HUNDRED.0) {
            return Err(PercentError::Range(s.to_string()));
        }
        Ok(Self(units as u32))
    }
}

impl fmt::Display for Percent {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        Units(u64::from(self.0), 5).fmt(f)
    }
}
impl fmt::Debug for Percent {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{self}%")
    }
}
impl serde::Serialize for Percent {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_f64(self.as_f64())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn exact() {
        assert_eq!(Percent::parse("50").unwrap(), Percent::whole(50).unwrap());
        assert!(Percent::parse("49.99").unwrap() < Percent::whole(50).unwrap());
        assert_eq!(Percent::parse("12.5%").unwrap().to_string(), "12.5");
        assert!(Percent::parse("100.00001").is_err());
        assert!(Percent::parse("-1").is_err());
        assert!(Percent::parse("x").is_err());
        assert!(Percent::parse("").is_err());
    }

    proptest! {
        #[test]
        fn display_roundtrips(u in 0u32..=10_000_000) {
            let p = Percent::from_units(u).unwrap();
            prop_assert_eq!(Percent::parse(&p.to_string()).unwrap(), p);
        }
    }
}
