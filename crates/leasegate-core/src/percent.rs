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
        let (int, frac) = t.split_once('.').unwrap_or((t, ""));
        let ok = !(int.is_empty() && frac.is_empty())
            && int.bytes().all(|b| b.is_ascii_digit())
            && frac.bytes().all(|b| b.is_ascii_digit());
        if !ok {
            return Err(PercentError::Syntax(s.to_string()));
        }
        let frac = frac.trim_end_matches('0');
        if frac.len() > 5 {
            return Err(PercentError::Precision(s.to_string()));
        }
        let int_v: u64 = if int.is_empty() {
            0
        } else {
            int.parse()
                .map_err(|_| PercentError::Range(s.to_string()))?
        };
        let mut frac_v: u64 = 0;
        for (i, c) in frac.bytes().enumerate() {
            frac_v += u64::from(c - b'0') * 10u64.pow(4 - i as u32);
        }
        let units = int_v
            .saturating_mul(u64::from(Self::SCALE))
            .saturating_add(frac_v);
        if units > u64::from(Self::HUNDRED.0) {
            return Err(PercentError::Range(s.to_string()));
        }
        Ok(Self(units as u32))
    }
}

impl fmt::Display for Percent {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let int = self.0 / Self::SCALE;
        let frac = self.0 % Self::SCALE;
        if frac == 0 {
            write!(f, "{int}")
        } else {
            let s = format!("{frac:05}");
            write!(f, "{int}.{}", s.trim_end_matches('0'))
        }
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
