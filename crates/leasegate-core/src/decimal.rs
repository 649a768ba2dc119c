//! Exact decimal text to integer units and back, shared by [`crate::Money`],
//! [`crate::Percent`] and the chip figures: one parser, so every amount a user
//! types is read by the same rules (no exponents, no silent rounding).

use std::fmt;

/// Why a decimal string was refused. Callers wrap it in their own error with
/// the text and what they expected.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DecimalError {
    /// Not an unsigned decimal number (`12`, `12.5`, `.5`).
    Syntax,
    /// More fractional digits than the unit holds (refused, never rounded).
    Precision,
    /// Larger than a `u64` of units.
    Overflow,
}

/// Parses an unsigned decimal into integer units of `10^-digits`
/// (`parse_units("2.5", 2) == Ok(250)`). Trailing fractional zeros beyond
/// `digits` are fine; signs are the caller's business.
pub fn parse_units(s: &str, digits: u32) -> Result<u64, DecimalError> {
    let (int, frac) = s.split_once('.').unwrap_or((s, ""));
    let all_digits = |p: &str| p.bytes().all(|b| b.is_ascii_digit());
    if (int.is_empty() && frac.is_empty()) || !all_digits(int) || !all_digits(frac) {
        return Err(DecimalError::Syntax);
    }
    let frac = frac.trim_end_matches('0');
    if frac.len() > digits as usize {
        return Err(DecimalError::Precision);
    }
    let int_v: u64 = if int.is_empty() {
        0
    } else {
        int.parse().map_err(|_| DecimalError::Overflow)?
    };
    let frac_v = frac.bytes().enumerate().fold(0u64, |acc, (i, c)| {
        acc + u64::from(c - b'0') * 10u64.pow(digits - 1 - i as u32)
    });
    int_v
        .checked_mul(10u64.pow(digits))
        .and_then(|v| v.checked_add(frac_v))
        .ok_or(DecimalError::Overflow)
}

/// Displays integer units of `10^-digits` in their shortest exact form:
/// `Units(4_992_000, 3)` is `4992`, `Units(5_284_800, 3)` is `5284.8`.
#[derive(Clone, Copy, Debug)]
pub struct Units(pub u64, pub u32);

impl fmt::Display for Units {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let scale = 10u64.pow(self.1);
        let (int, frac) = (self.0 / scale, self.0 % scale);
        if frac == 0 {
            write!(f, "{int}")
        } else {
            let s = format!("{frac:0width$}", width = self.1 as usize);
            write!(f, "{int}.{}", s.trim_end_matches('0'))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn exact() {
        assert_eq!(parse_units("2.5", 2), Ok(250));
        assert_eq!(parse_units(".5", 3), Ok(500));
        assert_eq!(parse_units("1.230", 2), Ok(123));
        assert_eq!(parse_units("1.234", 2), Err(DecimalError::Precision));
        assert_eq!(parse_units("1e3", 2), Err(DecimalError::Syntax));
        assert_eq!(parse_units("", 2), Err(DecimalError::Syntax));
        assert_eq!(parse_units(".", 2), Err(DecimalError::Syntax));
        assert_eq!(parse_units("-1", 2), Err(DecimalError::Syntax));
        assert_eq!(
            parse_units("99999999999999999999", 0),
            Err(DecimalError::Overflow)
        );
        assert_eq!(Units(4_992_000, 3).to_string(), "4992");
        assert_eq!(Units(5_284_800, 3).to_string(), "5284.8");
        assert_eq!(Units(1, 5).to_string(), "0.00001");
    }

    proptest! {
        #[test]
        fn display_parses_back(units in 0u64..u64::MAX / 100_000, digits in 0u32..6) {
            let text = Units(units, digits).to_string();
            prop_assert_eq!(parse_units(&text, digits), Ok(units));
        }
    }
}
