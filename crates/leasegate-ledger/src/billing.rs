//! Monthly invoices, computed from leases. Pure: `now` is a parameter.
//!
//! Rules:
//! - reserved: the committed window [start, end) is billed once the lease was
//!   approved, used or not; cancelling or rejecting stops it at that moment;
//! - on-demand and interruptible: per second from activation (not before the
//!   start) to the close (end, preemption) or, while running, to `now`, capped
//!   at the scheduled end;
//! - suspended time is never billed;
//! - several invoices may exist for one customer-month: once one is finalised,
//!   a later one bills only what was not billed yet (per lease, in seconds and
//!   money), so finalising early never loses or double-counts usage;
//! - the first invoice of a month lists every approved lease, even at zero.

use crate::pricing::amount_minor;
use crate::{CustomerId, Lease, LeaseKind, LeaseStatus, LedgerError};
use leasegate_core::{Currency, Money};
use std::fmt;
use time::{Date, OffsetDateTime};

/// A calendar month in UTC.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Month {
    pub year: i32,
    pub month: u8,
}

impl Month {
    pub fn parse(s: &str) -> Result<Self, LedgerError> {
        let bad = || LedgerError::Invalid(format!("month {s:?}: expected YYYY-MM"));
        let (y, m) = s.trim().split_once('-').ok_or_else(bad)?;
        let year: i32 = y.parse().map_err(|_| bad())?;
        let month: u8 = m.parse().map_err(|_| bad())?;
        if !(1..=12).contains(&month) || !(1970..=9999).contains(&year) {
            return Err(bad());
        }
        Ok(Self { year, month })
    }
    pub fn of(t: OffsetDateTime) -> Self {
        let t = t.to_offset(time::UtcOffset::UTC);
        Self {
            year: t.year(),
            month: t.month() as u8,
        }
    }
    pub fn start(self) -> OffsetDateTime {
        let m = time::Month::try_from(self.month).unwrap_or(time::Month::January);
        Date::from_calendar_date(self.year, m, 1)
            .map(|d| d.midnight().assume_utc())
            .unwrap_or(OffsetDateTime::UNIX_EPOCH)
    }
    pub fn next(self) -> Self {
        if self.month == 12 {
            Self {
                year: self.year + 1,
                month: 1,
            }
        } else {
            Self {
                year: self.year,
                month: self.month + 1,
            }
        }
    }
    pub fn end(self) -> OffsetDateTime {
        self.next().start()
    }
}

impl fmt::Display for Month {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}
impl serde::Serialize for Month {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}
impl<'de> serde::Deserialize<'de> for Month {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Self::parse(&s).map_err(serde::de::Error::custom)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum InvoiceStatus {
    Draft,
    Finalized,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct InvoiceLine {
    pub lease_id: String,
    pub kind: LeaseKind,
    pub gpus: u32,
    /// Billed seconds of the whole lease (not per GPU).
    pub seconds: i64,
    pub per_gpu_hour: Money,
    pub amount: Money,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Invoice {
    pub id: String,
    pub customer_id: CustomerId,
    pub month: Month,
    /// 1 for the first invoice of the month, 2.. for supplementary ones.
    pub number: u32,
    pub status: InvoiceStatus,
    pub currency: Currency,
    pub lines: Vec<InvoiceLine>,
    pub total: Money,
    #[serde(with = "time::serde::rfc3339")]
    pub computed_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339::option")]
    pub finalized_at: Option<OffsetDateTime>,
}

impl Invoice {
    pub fn make_id(customer: &CustomerId, month: Month, number: u32) -> String {
        format!("inv-{customer}-{month}-{number}")
    }
    /// The invariant the simulation checks: total equals the sum of lines.
    pub fn lines_sum(&self) -> Result<Money, LedgerError> {
        self.lines
            .iter()
            .try_fold(Money::new(0, self.currency), |acc, l| {
                Ok(acc.checked_add(l.amount)?)
            })
    }
}

type Span = (i64, i64);

fn subtract(spans: Vec<Span>, cut: Span) -> Vec<Span> {
    let mut out = Vec::with_capacity(spans.len() + 1);
    for (a, b) in spans {
        if cut.1 <= a || cut.0 >= b {
            out.push((a, b));
            continue;
        }
        if a < cut.0 {
            out.push((a, cut.0));
        }
        if cut.1 < b {
            out.push((cut.1, b));
        }
    }
    out
}

/// Suspended intervals from the history; an open one runs to i64::MAX.
fn suspended_spans(lease: &Lease) -> Vec<Span> {
    let mut out = Vec::new();
    let mut open: Option<i64> = None;
    for c in &lease.history {
        let t = c.at.unix_timestamp();
        if c.to == LeaseStatus::Suspended {
            open = Some(t);
        } else if let Some(s) = open.take() {
            out.push((s, t));
        }
    }
    if let Some(s) = open {
        out.push((s, i64::MAX));
    }
    out
}

/// Billable seconds of `lease` inside [from, to) as seen at `now`.
pub fn billable_seconds(
    lease: &Lease,
    from: OffsetDateTime,
    to: OffsetDateTime,
    now: OffsetDateTime,
) -> i64 {
    let (start, end, now) = (
        lease.start.unix_timestamp(),
        lease.end.unix_timestamp(),
        now.unix_timestamp(),
    );
    let closed = lease.closed_at.map(|t| t.unix_timestamp());
    let usage: Option<Span> = match lease.kind {
        LeaseKind::Reserved => {
            let approved = lease.history.iter().any(|c| c.to == LeaseStatus::Approved);
            approved.then(|| {
                let stop = match lease.status {
                    LeaseStatus::Cancelled | LeaseStatus::Rejected => {
                        closed.unwrap_or(end).clamp(start, end)
                    }
                    _ => end,
                };
                (start, stop)
            })
        }
        LeaseKind::OnDemand | LeaseKind::Interruptible => lease.activated_at.map(|a| {
            let a = a.unix_timestamp().max(start);
            let stop = match closed {
                Some(c) => c.min(end),
                None => now.min(end),
            };
            (a, stop.max(a))
        }),
    };
    let Some(u) = usage else { return 0 };
    let lo = u.0.max(from.unix_timestamp());
    let hi = u.1.min(to.unix_timestamp());
    if hi <= lo {
        return 0;
    }
    let mut spans = vec![(lo, hi)];
    for s in suspended_spans(lease) {
        spans = subtract(spans, s);
    }
    spans.iter().map(|(a, b)| b - a).sum()
}

/// Computes the draft invoice for one customer-month: every lease's billable
/// usage in the month, minus what earlier finalised invoices of that month
/// already billed. Lines with nothing left are omitted.
pub fn draft_invoice(
    customer: &CustomerId,
    month: Month,
    leases: &[Lease],
    finalized: &[Invoice],
    now: OffsetDateTime,
    default_currency: Currency,
) -> Result<Invoice, LedgerError> {
    let currency = leases
        .first()
        .map(|l| l.price.currency)
        .unwrap_or(default_currency);
    let mut lines = Vec::new();
    for l in leases.iter().filter(|l| &l.customer_id == customer) {
        if l.price.currency != currency {
            return Err(LedgerError::Invalid(format!(
                "lease {} is priced in {}, other leases of {customer} in {currency}",
                l.id, l.price.currency
            )));
        }
        let secs = billable_seconds(l, month.start(), month.end(), now);
        let rate = l.price.per_gpu_hour;
        let amount = amount_minor(rate.minor_units, l.gpus, secs)?;
        let (mut prev_s, mut prev_a) = (0i64, 0i64);
        for inv in finalized {
            for pl in inv.lines.iter().filter(|pl| pl.lease_id == l.id.as_str()) {
                prev_s += pl.seconds;
                prev_a += pl.amount.minor_units;
            }
        }
        let (ds, da) = (secs - prev_s, amount - prev_a);
        // The first invoice of a month lists every lease sold in it, even at
        // zero; supplementary ones only what is new.
        let sold = l.history.iter().any(|c| c.to == LeaseStatus::Approved);
        if ds != 0 || da != 0 || (finalized.is_empty() && sold) {
            lines.push(InvoiceLine {
                lease_id: l.id.to_string(),
                kind: l.kind,
                gpus: l.gpus,
                seconds: ds,
                per_gpu_hour: rate,
                amount: Money::new(da, currency),
            });
        }
    }
    let number = finalized.len() as u32 + 1;
    let mut inv = Invoice {
        id: Invoice::make_id(customer, month, number),
        customer_id: customer.clone(),
        month,
        number,
        status: InvoiceStatus::Draft,
        currency,
        lines,
        total: Money::new(0, currency),
        computed_at: crate::trunc_s(now),
        finalized_at: None,
    };
    inv.total = inv.lines_sum()?;
    Ok(inv)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{ChipId, GpuRef, LeaseId, LeaseRequest, PriceSnapshot};
    use time::macros::datetime;

    fn lease(kind: LeaseKind) -> Lease {
        let usd = Currency::USD;
        let req = LeaseRequest {
            customer_id: CustomerId::parse("c").unwrap(),
            chip: ChipId::parse("a100").unwrap(),
            gpus: 2,
            kind,
            start: None,
            duration_s: Some(10 * 3600),
            end: None,
            declared_use: None,
        };
        let price = PriceSnapshot {
            price_list_version: 1,
            currency: usd,
            list_rate: Money::new(100, usd),
            discount_percent: None,
            per_gpu_hour: Money::new(100, usd),
            estimated_total: Money::new(2000, usd),
        };
        let s = datetime!(2026-03-31 20:00 UTC);
        Lease::new_pending(
            LeaseId::from_number(1),
            &req,
            s,
            s + time::Duration::hours(10),
            vec![GpuRef {
                node_id: crate::NodeId::parse("n").unwrap(),
                gpu_index: 0,
            }],
            price,
            s,
        )
    }

    #[test]
    fn on_demand_per_second_with_suspension_across_months() {
        let mut l = lease(LeaseKind::OnDemand);
        let s = l.start;
        l.transition(LeaseStatus::Approved, s, None).unwrap();
        l.transition(LeaseStatus::Active, s + time::Duration::hours(1), None)
            .unwrap();
        l.transition(LeaseStatus::Suspended, s + time::Duration::hours(2), None)
            .unwrap();
        l.transition(LeaseStatus::Active, s + time::Duration::hours(3), None)
            .unwrap();
        l.transition(LeaseStatus::Ended, s + time::Duration::hours(6), None)
            .unwrap();
        let mar = Month::parse("2026-03").unwrap();
        let apr = mar.next();
        let now = s + time::Duration::hours(20);
        // March: 21:00-22:00 active, 22:00-23:00 suspended, 23:00-24:00 active = 2h.
        assert_eq!(billable_seconds(&l, mar.start(), mar.end(), now), 2 * 3600);
        // April: 00:00-02:00 = 2h.
        assert_eq!(billable_seconds(&l, apr.start(), apr.end(), now), 2 * 3600);
        let c = l.customer_id.clone();
        let inv = draft_invoice(&c, mar, &[l], &[], now, Currency::USD).unwrap();
        assert_eq!(inv.total.minor_units, 2 * 2 * 100);
        assert_eq!(inv.lines_sum().unwrap(), inv.total);
    }

    #[test]
    fn reserved_billed_unused_and_supplementary_invoice() {
        let mut l = lease(LeaseKind::Reserved);
        let s = l.start;
        l.transition(LeaseStatus::Approved, s, None).unwrap();
        let apr = Month::parse("2026-04").unwrap();
        let c = l.customer_id.clone();
        let inv = draft_invoice(&c, apr, std::slice::from_ref(&l), &[], s, Currency::USD).unwrap();
        assert_eq!(inv.lines[0].seconds, 6 * 3600);
        let mut fin = inv.clone();
        fin.status = InvoiceStatus::Finalized;
        let again = draft_invoice(&c, apr, &[l], &[fin], s, Currency::USD).unwrap();
        assert!(again.lines.is_empty());
        assert_eq!(again.number, 2);
    }
}
