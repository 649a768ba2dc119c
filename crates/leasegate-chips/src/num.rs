//! Exact fixed-point numbers for spec figures. Throughput, die area and
//! bandwidth are held as integer thousandths so that the 3A090 thresholds
//! (4800, 5.92, ...) compare exactly: 4799.999 is below 4800, never "equal
//! after rounding".

use leasegate_core::decimal::{self, DecimalError};
use std::fmt;

/// A non-negative decimal with three fractional digits, stored as an integer
/// number of thousandths (`Milli(4_800_000)` is 4800).
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Milli(u64);

/// Why a decimal string was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NumError {
    /// Not a decimal number at all.
    Syntax,
    /// A leading minus sign: figures are magnitudes.
    Negative,
    /// More than three decimals (we refuse rather than round).
    Precision,
    /// Larger than the type holds.
    Overflow,
}

impl Milli {
    /// Thousandths per unit.
    pub const SCALE: u64 = 1000;
    pub const ZERO: Milli = Milli(0);

    pub const fn from_thousandths(t: u64) -> Self {
        Self(t)
    }
    pub const fn whole(n: u64) -> Self {
        Self(n * Self::SCALE)
    }
    pub const fn thousandths(self) -> u64 {
        self.0
    }
    pub fn is_zero(self) -> bool {
        self.0 == 0
    }

    /// Parses `"989.4"`, `"4800"`, `"0.001"` exactly. Refuses negatives,
    /// exponents and more than three decimals (trailing zeros are fine).
    pub fn parse(s: &str) -> Result<Self, NumError> {
        let t = s.trim();
        if t.starts_with('-') {
            // "-0" is still a sign error: it says the author meant a negative.
            return Err(NumError::Negative);
        }
        let t = t.strip_prefix('+').unwrap_or(t);
        decimal::parse_units(t, 3).map(Self).map_err(|e| match e {
            DecimalError::Syntax => NumError::Syntax,
            DecimalError::Precision => NumError::Precision,
            DecimalError::Overflow => NumError::Overflow,
        })
    }

    /// Multiplies by an integer (a bit length, a chip count).
    pub fn checked_mul_int(self, n: u64) -> Option<Milli> {
        self.0.checked_mul(n).map(Milli)
    }

    pub fn checked_add(self, o: Milli) -> Option<Milli> {
        self.0.checked_add(o.0).map(Milli)
    }

    /// `self / other` rounded half-up to three decimals, computed in integers.
    /// `None` when `other` is zero.
    pub fn ratio(self, other: Milli) -> Option<Milli> {
        if other.0 == 0 {
            return None;
        }
        let num = u128::from(self.0) * 1000;
        let den = u128::from(other.0);
        let q = (num * 2 + den) / (den * 2);
        u64::try_from(q).ok().map(Milli)
    }

    /// Exactly `self / other >= threshold`, by cross-multiplication (no rounding).
    pub fn ratio_at_least(self, other: Milli, threshold: Milli) -> bool {
        u128::from(self.0) * 1000 >= u128::from(threshold.0) * u128::from(other.0)
    }

    pub fn as_f64(self) -> f64 {
        // Exact for every value we hold (< 2^53 thousandths); used only for JSON output.
        self.0 as f64 / Self::SCALE as f64
    }
}

impl fmt::Display for Milli {
    /// Shortest exact form: `4992`, `5284.8`, `19.45`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        decimal::Units(self.0, 3).fmt(f)
    }
}

impl fmt::Debug for Milli {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Milli({self})")
    }
}

impl serde::Serialize for Milli {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_f64(self.as_f64())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn parses_exactly() {
        assert_eq!(Milli::parse("4800").unwrap(), Milli::whole(4800));
        assert_eq!(Milli::parse("4799.9").unwrap().thousandths(), 4_799_900);
        assert_eq!(Milli::parse("989.40").unwrap().to_string(), "989.4");
        assert_eq!(Milli::parse(".5").unwrap().thousandths(), 500);
        assert_eq!(Milli::parse("-1"), Err(NumError::Negative));
        assert_eq!(Milli::parse("1.2345"), Err(NumError::Precision));
        assert_eq!(Milli::parse("1e3"), Err(NumError::Syntax));
        assert_eq!(Milli::parse(""), Err(NumError::Syntax));
        assert_eq!(Milli::parse("."), Err(NumError::Syntax));
    }

    #[test]
    fn ratio_rounds_half_up_and_compares_exactly() {
        let tpp = Milli::whole(4992);
        let area = Milli::whole(826);
        assert_eq!(tpp.ratio(area).unwrap().to_string(), "6.044");
        assert!(tpp.ratio_at_least(area, Milli::parse("5.92").unwrap()));
        // 5.92 × 1000 = 5920 exactly at the threshold.
        assert!(
            Milli::whole(5920).ratio_at_least(Milli::whole(1000), Milli::parse("5.92").unwrap())
        );
        assert!(!Milli::parse("5919.999")
            .unwrap()
            .ratio_at_least(Milli::whole(1000), Milli::parse("5.92").unwrap()));
        assert_eq!(tpp.ratio(Milli::ZERO), None);
    }

    proptest! {
        #[test]
        fn display_roundtrips(t in 0u64..1_000_000_000_000) {
            let m = Milli::from_thousandths(t);
            prop_assert_eq!(Milli::parse(&m.to_string()).unwrap(), m);
        }
    }
}
