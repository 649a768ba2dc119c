use crate::decimal::DecimalError;
use std::fmt;
use std::str::FromStr;

/// ISO 4217 currency code, e.g. `USD`.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Currency([u8; 3]);

impl Currency {
    pub const USD: Currency = Currency(*b"USD");

    pub fn parse(s: &str) -> Result<Self, MoneyError> {
        let b = s.trim().as_bytes();
        if b.len() == 3 && b.iter().all(u8::is_ascii_alphabetic) {
            Ok(Self([
                b[0].to_ascii_uppercase(),
                b[1].to_ascii_uppercase(),
                b[2].to_ascii_uppercase(),
            ]))
        } else {
            Err(MoneyError::Currency(s.to_string()))
        }
    }
    pub fn as_str(&self) -> &str {
        std::str::from_utf8(&self.0).unwrap_or("???")
    }
    /// Minor units per major unit. Two decimals for everything we bill in;
    /// the zero-decimal currencies are listed so a JPY price is not off by 100.
    pub fn minor_digits(&self) -> u32 {
        match self.as_str() {
            "JPY" | "KRW" | "VND" | "CLP" | "ISK" => 0,
            "BHD" | "KWD" | "OMR" | "JOD" | "TND" => 3,
            _ => 2,
        }
    }
}

impl fmt::Display for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}
impl fmt::Debug for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Currency({})", self.as_str())
    }
}
impl FromStr for Currency {
    type Err = MoneyError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::parse(s)
    }
}
impl serde::Serialize for Currency {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for Currency {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Self::parse(&s).map_err(serde::de::Error::custom)
    }
}

/// An amount in integer minor units (cents) of one currency. Never a float.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, serde::Serialize, serde::Deserialize)]
pub struct Money {
    pub minor_units: i64,
    pub currency: Currency,
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum MoneyError {
    #[error("invalid currency {0:?}: expected a three-letter ISO 4217 code such as USD")]
    Currency(String),
    #[error("invalid amount {0:?}: expected a decimal number such as 2.50")]
    Amount(String),
    #[error("amount {amount:?} has more decimals than {currency} allows ({digits})")]
    Precision {
        amount: String,
        currency: String,
        digits: u32,
    },
    #[error("amount overflow")]
    Overflow,
    #[error("currency mismatch: {0} vs {1}")]
    Mismatch(String, String),
}

impl Money {
    pub fn new(minor_units: i64, currency: Currency) -> Self {
        Self {
            minor_units,
            currency,
        }
    }

    /// Parses a decimal amount exactly ("2.5" USD = 250 minor units). Refuses
    /// more decimals than the currency has instead of rounding silently.
    pub fn parse_decimal(amount: &str, currency: Currency) -> Result<Self, MoneyError> {
        let s = amount.trim();
        let (neg, body) = match s.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, s),
        };
        let digits = currency.minor_digits();
        let v = match crate::decimal::parse_units(body, digits) {
            Ok(u) => i64::try_from(u).map_err(|_| MoneyError::Overflow)?,
            Err(DecimalError::Syntax) => return Err(MoneyError::Amount(amount.to_string())),
            Err(DecimalError::Precision) => {
                return Err(MoneyError::Precision {
                    amount: amount.to_string(),
                    currency: currency.to_string(),
                    digits,
                })
            }
            Err(DecimalError::Overflow) => return Err(MoneyError::Overflow),
        };
        Ok(Self::new(if neg { -v } else { v }, currency))
    }

    pub fn checked_add(self, other: Money) -> Result<Money, MoneyError> {
        if self.currency != other.currency {
            return Err(MoneyError::Mismatch(
                self.currency.to_string(),
                other.currency.to_string(),
            ));
        }
        self.minor_units
            .checked_add(other.minor_units)
            .map(|m| Money::new(m, self.currency))
            .ok_or(MoneyError::Overflow)
    }
}

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let digits = self.currency.minor_digits();
        let scale = 10i64.pow(digits).unsigned_abs();
        let sign = if self.minor_units < 0 { "-" } else { "" };
        let abs = self.minor_units.unsigned_abs();
        if digits == 0 {
            write!(f, "{sign}{abs} {}", self.currency)
        } else {
            write!(
                f,
                "{sign}{}.{:0width$} {}",
                abs / scale,
                abs % scale,
                self.currency,
                width = digits as usize
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_exactly() {
        let usd = Currency::USD;
        assert_eq!(Money::parse_decimal("2.5", usd).unwrap().minor_units, 250);
        assert_eq!(Money::parse_decimal("10", usd).unwrap().minor_units, 1000);
        assert_eq!(Money::parse_decimal("0.01", usd).unwrap().minor_units, 1);
        assert_eq!(Money::parse_decimal("1.230", usd).unwrap().minor_units, 123);
        assert!(matches!(
            Money::parse_decimal("1.234", usd),
            Err(MoneyError::Precision { .. })
        ));
        assert!(Money::parse_decimal("abc", usd).is_err());
        assert!(Money::parse_decimal("", usd).is_err());
        assert_eq!(
            Money::parse_decimal("2.50", usd).unwrap().to_string(),
            "2.50 USD"
        );
    }
}
