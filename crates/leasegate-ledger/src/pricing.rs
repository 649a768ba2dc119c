//! Versioned price lists per accelerator and the price snapshot a lease keeps.

use crate::{ChipId, LeaseKind, LedgerError};
use leasegate_core::{Currency, Money, Percent};
use time::OffsetDateTime;

/// Most term-discount tiers on one price list.
pub const MAX_TERM_DISCOUNTS: usize = 16;

/// Reserved commitments of at least `min_hours` get `percent` off the reserved price.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct TermDiscount {
    pub min_hours: u32,
    #[serde(with = "percent_text")]
    pub percent: Percent,
}

impl TermDiscount {
    /// Parses `HOURS:PERCENT`, e.g. `720:10` (10% off for 30 days or more).
    pub fn parse(s: &str) -> Result<Self, LedgerError> {
        let bad = || {
            LedgerError::Invalid(format!(
                "term discount {s:?}: expected HOURS:PERCENT such as 720:10"
            ))
        };
        let (h, p) = s.split_once(':').ok_or_else(bad)?;
        let min_hours = h.trim().parse().map_err(|_| bad())?;
        let percent = Percent::parse(p).map_err(|e| LedgerError::Invalid(e.to_string()))?;
        Ok(Self { min_hours, percent })
    }
}

/// Percent serialised as its exact decimal text ("12.5"), so it round-trips.
mod percent_text {
    use leasegate_core::Percent;
    pub fn serialize<S: serde::Serializer>(p: &Percent, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&p.to_string())
    }
    pub fn deserialize<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Percent, D::Error> {
        let s: String = serde::Deserialize::deserialize(d)?;
        Percent::parse(&s).map_err(serde::de::Error::custom)
    }
}

/// What `prices set` asks for; the store assigns the version.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct PriceInput {
    pub chip: ChipId,
    pub currency: Currency,
    pub on_demand: Money,
    pub reserved: Option<Money>,
    pub interruptible_floor: Option<Money>,
    pub term_discounts: Vec<TermDiscount>,
}

impl PriceInput {
    pub fn validate(&self) -> Result<(), LedgerError> {
        let all = [
            Some(self.on_demand),
            self.reserved,
            self.interruptible_floor,
        ];
        for m in all.iter().flatten() {
            if m.currency != self.currency {
                return Err(LedgerError::Invalid(format!(
                    "price {m} is not in {}",
                    self.currency
                )));
            }
            if m.minor_units < 0 {
                return Err(LedgerError::Invalid(format!("price {m} is negative")));
            }
        }
        if self.term_discounts.len() > MAX_TERM_DISCOUNTS {
            return Err(LedgerError::Invalid(format!(
                "at most {MAX_TERM_DISCOUNTS} term discounts"
            )));
        }
        Ok(())
    }
}

/// One version of an accelerator's prices. Versions only grow; leases keep a snapshot.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct PriceList {
    pub chip: ChipId,
    pub version: u32,
    pub currency: Currency,
    /// Per GPU-hour.
    pub on_demand: Money,
    pub reserved: Option<Money>,
    pub interruptible_floor: Option<Money>,
    pub term_discounts: Vec<TermDiscount>,
    #[serde(with = "time::serde::rfc3339")]
    pub effective_from: OffsetDateTime,
}

impl PriceList {
    pub fn from_input(input: PriceInput, version: u32, effective_from: OffsetDateTime) -> Self {
        Self {
            chip: input.chip,
            version,
            currency: input.currency,
            on_demand: input.on_demand,
            reserved: input.reserved,
            interruptible_floor: input.interruptible_floor,
            term_discounts: input.term_discounts,
            effective_from,
        }
    }

    /// The price a new lease is sold at. Reserved leases get the best term
    /// discount their committed length qualifies for; interruptible leases pay
    /// the floor (or on-demand when no floor is set).
    pub fn quote(
        &self,
        kind: LeaseKind,
        gpus: u32,
        duration_s: i64,
    ) -> Result<PriceSnapshot, LedgerError> {
        let (list_rate, discount) = match kind {
            LeaseKind::OnDemand => (self.on_demand, None),
            LeaseKind::Interruptible => (self.interruptible_floor.unwrap_or(self.on_demand), None),
            LeaseKind::Reserved => {
                let r = self.reserved.ok_or_else(|| LedgerError::NoPrice {
                    chip: self.chip.to_string(),
                    kind: kind.as_str().to_string(),
                })?;
                let hours = duration_s / 3600;
                let d = self
                    .term_discounts
                    .iter()
                    .filter(|t| i64::from(t.min_hours) <= hours)
                    .map(|t| t.percent)
                    .max();
                (r, d)
            }
        };
        let per_gpu_hour = match discount {
            Some(p) => {
                let keep = i128::from(Percent::HUNDRED.units() - p.units());
                let v = div_round(
                    i128::from(list_rate.minor_units) * keep,
                    i128::from(Percent::HUNDRED.units()),
                );
                Money::new(v as i64, list_rate.currency)
            }
            None => list_rate,
        };
        let estimated_total = Money::new(
            amount_minor(per_gpu_hour.minor_units, gpus, duration_s)?,
            per_gpu_hour.currency,
        );
        Ok(PriceSnapshot {
            price_list_version: self.version,
            currency: self.currency,
            list_rate,
            discount_percent: discount.map(|p| p.to_string()),
            per_gpu_hour,
            estimated_total,
        })
    }
}

/// The price a lease was sold at, frozen in the lease.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct PriceSnapshot {
    pub price_list_version: u32,
    pub currency: Currency,
    /// Per GPU-hour before discount.
    pub list_rate: Money,
    pub discount_percent: Option<String>,
    /// Per GPU-hour actually charged.
    pub per_gpu_hour: Money,
    /// For the whole booked window, if used in full.
    pub estimated_total: Money,
}

/// Rounds half away from zero; amounts are non-negative in practice.
pub(crate) fn div_round(n: i128, d: i128) -> i128 {
    if n >= 0 {
        (n + d / 2) / d
    } else {
        (n - d / 2) / d
    }
}

/// `rate` per GPU-hour for `gpus` GPUs over `seconds`, rounded to the minor unit.
pub fn amount_minor(rate_minor: i64, gpus: u32, seconds: i64) -> Result<i64, LedgerError> {
    let v = div_round(
        i128::from(rate_minor) * i128::from(gpus) * i128::from(seconds),
        3600,
    );
    i64::try_from(v).map_err(|_| LedgerError::Money(leasegate_core::MoneyError::Overflow))
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    fn list() -> PriceList {
        let usd = Currency::USD;
        PriceList::from_input(
            PriceInput {
                chip: ChipId::parse("a100").unwrap(),
                currency: usd,
                on_demand: Money::parse_decimal("2.50", usd).unwrap(),
                reserved: Some(Money::parse_decimal("2.00", usd).unwrap()),
                interruptible_floor: Some(Money::parse_decimal("0.75", usd).unwrap()),
                term_discounts: vec![
                    TermDiscount::parse("720:10").unwrap(),
                    TermDiscount::parse("24:5").unwrap(),
                ],
            },
            1,
            datetime!(2026-01-01 0:00 UTC),
        )
    }

    #[test]
    fn quotes() {
        let l = list();
        let q = l.quote(LeaseKind::OnDemand, 8, 10 * 3600).unwrap();
        assert_eq!(q.per_gpu_hour.minor_units, 250);
        assert_eq!(q.estimated_total.minor_units, 250 * 8 * 10);
        let r = l.quote(LeaseKind::Reserved, 1, 800 * 3600).unwrap();
        assert_eq!(r.per_gpu_hour.minor_units, 180);
        assert_eq!(r.discount_percent.as_deref(), Some("10"));
        let r = l.quote(LeaseKind::Reserved, 1, 30 * 3600).unwrap();
        assert_eq!(r.per_gpu_hour.minor_units, 190);
        let r = l.quote(LeaseKind::Reserved, 1, 3600).unwrap();
        assert_eq!(r.per_gpu_hour.minor_units, 200);
        assert_eq!(
            l.quote(LeaseKind::Interruptible, 1, 3600)
                .unwrap()
                .per_gpu_hour
                .minor_units,
            75
        );
    }

    #[test]
    fn per_second_rounding() {
        assert_eq!(amount_minor(250, 1, 1).unwrap(), 0);
        assert_eq!(amount_minor(250, 8, 90).unwrap(), 50);
        assert_eq!(amount_minor(250, 1, 3600).unwrap(), 250);
    }
}
