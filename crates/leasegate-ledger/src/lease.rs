//! Leases and their state machine.
//!
//! ```text
//! pending_compliance ─► approved ─► active ─► ended
//!        │   │             │  │ ▲      │ │
//!        │   └► rejected ◄─┘  ▼ │      │ └► preempted (interruptible only)
//!        └► cancelled ◄──── suspended ◄┘
//! ```
//! `suspended` is a compliance hold: GPUs stay allocated, billing stops, and
//! resuming returns to the state the lease was suspended from.

use crate::{ChipId, CustomerId, GpuRef, LeaseId, LedgerError, PriceSnapshot};
use time::OffsetDateTime;

/// Longest lease we accept: about ten years, so arithmetic never overflows.
pub const MAX_LEASE_SECONDS: i64 = 10 * 366 * 24 * 3600;
/// Most GPUs one lease may take.
pub const MAX_LEASE_GPUS: u32 = 4096;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum LeaseKind {
    OnDemand,
    Reserved,
    Interruptible,
}

impl LeaseKind {
    pub fn as_str(self) -> &'static str {
        match self {
            LeaseKind::OnDemand => "on-demand",
            LeaseKind::Reserved => "reserved",
            LeaseKind::Interruptible => "interruptible",
        }
    }
    pub fn parse(s: &str) -> Result<Self, LedgerError> {
        match s.trim() {
            "on-demand" | "on_demand" | "ondemand" => Ok(LeaseKind::OnDemand),
            "reserved" => Ok(LeaseKind::Reserved),
            "interruptible" => Ok(LeaseKind::Interruptible),
            other => Err(LedgerError::Invalid(format!(
                "lease kind {other:?}: expected on-demand, reserved or interruptible"
            ))),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LeaseStatus {
    PendingCompliance,
    Approved,
    Active,
    Ended,
    Rejected,
    Cancelled,
    Suspended,
    Preempted,
}

impl LeaseStatus {
    pub const ALL: [LeaseStatus; 8] = [
        LeaseStatus::PendingCompliance,
        LeaseStatus::Approved,
        LeaseStatus::Active,
        LeaseStatus::Ended,
        LeaseStatus::Rejected,
        LeaseStatus::Cancelled,
        LeaseStatus::Suspended,
        LeaseStatus::Preempted,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            LeaseStatus::PendingCompliance => "pending_compliance",
            LeaseStatus::Approved => "approved",
            LeaseStatus::Active => "active",
            LeaseStatus::Ended => "ended",
            LeaseStatus::Rejected => "rejected",
            LeaseStatus::Cancelled => "cancelled",
            LeaseStatus::Suspended => "suspended",
            LeaseStatus::Preempted => "preempted",
        }
    }
    pub fn parse(s: &str) -> Result<Self, LedgerError> {
        Self::ALL
            .into_iter()
            .find(|st| st.as_str() == s.trim())
            .ok_or_else(|| LedgerError::Invalid(format!("lease status {s:?}")))
    }
    /// No transition leaves a terminal state.
    pub fn is_terminal(self) -> bool {
        matches!(
            self,
            LeaseStatus::Ended
                | LeaseStatus::Rejected
                | LeaseStatus::Cancelled
                | LeaseStatus::Preempted
        )
    }
    /// Whether the lease's GPUs are released (no longer block others).
    pub fn releases_gpus(self) -> bool {
        self.is_terminal()
    }
}

impl std::fmt::Display for LeaseStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The legal transitions. `resume_to` is where a suspended lease goes back to.
pub fn can_transition(
    from: LeaseStatus,
    to: LeaseStatus,
    kind: LeaseKind,
    resume_to: Option<LeaseStatus>,
) -> bool {
    use LeaseStatus::*;
    match (from, to) {
        (PendingCompliance, Approved | Rejected | Cancelled) => true,
        (Approved, Active | Cancelled | Suspended | Rejected) => true,
        (Active, Ended | Suspended) => true,
        (Approved | Active, Preempted) => kind == LeaseKind::Interruptible,
        (Suspended, Ended | Cancelled | Rejected) => true,
        (Suspended, Approved | Active) => resume_to == Some(to),
        _ => false,
    }
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct StatusChange {
    #[serde(with = "time::serde::rfc3339")]
    pub at: OffsetDateTime,
    pub from: Option<LeaseStatus>,
    pub to: LeaseStatus,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

/// What a customer asks for. `start` None means "now" (resolved by the store
/// from its clock); either `hours`-derived `duration_s` or `end` is set.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct LeaseRequest {
    pub customer_id: CustomerId,
    pub chip: ChipId,
    pub gpus: u32,
    pub kind: LeaseKind,
    #[serde(with = "time::serde::rfc3339::option")]
    pub start: Option<OffsetDateTime>,
    pub duration_s: Option<i64>,
    #[serde(with = "time::serde::rfc3339::option")]
    pub end: Option<OffsetDateTime>,
    pub declared_use: Option<String>,
}

/// Drops sub-second precision: the ledger works in whole seconds everywhere.
pub fn trunc_s(t: OffsetDateTime) -> OffsetDateTime {
    OffsetDateTime::from_unix_timestamp(t.unix_timestamp()).unwrap_or(t)
}

impl LeaseRequest {
    /// Resolves start/end against `now` and checks bounds. Pure.
    pub fn window(
        &self,
        now: OffsetDateTime,
    ) -> Result<(OffsetDateTime, OffsetDateTime), LedgerError> {
        if self.gpus == 0 || self.gpus > MAX_LEASE_GPUS {
            return Err(LedgerError::Invalid(format!(
                "--gpus must be 1..={MAX_LEASE_GPUS}, got {}",
                self.gpus
            )));
        }
        let start = trunc_s(self.start.unwrap_or(now));
        let end = match (self.duration_s, self.end) {
            (Some(d), None) => {
                if d <= 0 || d > MAX_LEASE_SECONDS {
                    return Err(LedgerError::Invalid(format!(
                        "duration must be positive and at most {MAX_LEASE_SECONDS} s"
                    )));
                }
                start + time::Duration::seconds(d)
            }
            (None, Some(e)) => trunc_s(e),
            _ => {
                return Err(LedgerError::Invalid(
                    "give exactly one of --hours or --end".into(),
                ))
            }
        };
        if end <= start {
            return Err(LedgerError::Invalid(format!(
                "end {end} is not after start {start}"
            )));
        }
        if (end - start).whole_seconds() > MAX_LEASE_SECONDS {
            return Err(LedgerError::Invalid(format!(
                "lease longer than {MAX_LEASE_SECONDS} s"
            )));
        }
        // A window that is already over rents nothing and would never be
        // billed: refuse it rather than store a lease that cannot run.
        if end <= trunc_s(now) {
            return Err(LedgerError::Invalid(format!(
                "the lease would end at {end}, which is already past (now {}): nothing to rent",
                trunc_s(now)
            )));
        }
        if let Some(u) = &self.declared_use {
            crate::fleet::check_text("declared use", u)?;
        }
        Ok((start, end))
    }
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Lease {
    pub id: LeaseId,
    pub customer_id: CustomerId,
    pub chip: ChipId,
    pub gpus: u32,
    pub kind: LeaseKind,
    pub status: LeaseStatus,
    #[serde(with = "time::serde::rfc3339")]
    pub start: OffsetDateTime,
    /// Scheduled end; extended by `extend`, kept when the lease ends early.
    #[serde(with = "time::serde::rfc3339")]
    pub end: OffsetDateTime,
    pub declared_use: Option<String>,
    pub allocations: Vec<GpuRef>,
    pub price: PriceSnapshot,
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339::option")]
    pub activated_at: Option<OffsetDateTime>,
    /// When the lease reached a terminal state (ended, preempted, cancelled, rejected).
    #[serde(with = "time::serde::rfc3339::option")]
    pub closed_at: Option<OffsetDateTime>,
    /// Where a suspended lease returns on resume.
    pub resume_to: Option<LeaseStatus>,
    pub history: Vec<StatusChange>,
}

impl Lease {
    /// A new lease in `pending_compliance`, GPUs already chosen.
    #[allow(clippy::too_many_arguments)]
    pub fn new_pending(
        id: LeaseId,
        req: &LeaseRequest,
        start: OffsetDateTime,
        end: OffsetDateTime,
        allocations: Vec<GpuRef>,
        price: PriceSnapshot,
        now: OffsetDateTime,
    ) -> Self {
        let now = trunc_s(now);
        Self {
            id,
            customer_id: req.customer_id.clone(),
            chip: req.chip.clone(),
            gpus: req.gpus,
            kind: req.kind,
            status: LeaseStatus::PendingCompliance,
            start,
            end,
            declared_use: req.declared_use.clone(),
            allocations,
            price,
            created_at: now,
            activated_at: None,
            closed_at: None,
            resume_to: None,
            history: vec![StatusChange {
                at: now,
                from: None,
                to: LeaseStatus::PendingCompliance,
                reason: None,
            }],
        }
    }

    /// Applies one transition at `at`, refusing illegal ones. Pure.
    pub fn transition(
        &mut self,
        to: LeaseStatus,
        at: OffsetDateTime,
        reason: Option<String>,
    ) -> Result<(), LedgerError> {
        let at = trunc_s(at);
        if !can_transition(self.status, to, self.kind, self.resume_to) {
            return Err(LedgerError::IllegalTransition {
                lease: self.id.to_string(),
                from: self.status.to_string(),
                to: to.to_string(),
            });
        }
        let from = self.status;
        match to {
            LeaseStatus::Active if from != LeaseStatus::Suspended => self.activated_at = Some(at),
            LeaseStatus::Suspended => self.resume_to = Some(from),
            _ => {}
        }
        if from == LeaseStatus::Suspended {
            self.resume_to = None;
        }
        if to.is_terminal() {
            // Ending after the scheduled end closes the lease at its end.
            self.closed_at = Some(at.min(self.end));
        }
        self.status = to;
        self.history.push(StatusChange {
            at,
            from: Some(from),
            to,
            reason,
        });
        Ok(())
    }

    /// The window during which this lease blocks its GPUs (before the cleaning gap),
    /// or None once released.
    pub fn held_window(&self) -> Option<(OffsetDateTime, OffsetDateTime)> {
        match self.status {
            LeaseStatus::Rejected | LeaseStatus::Cancelled => None,
            LeaseStatus::Ended | LeaseStatus::Preempted => {
                let c = self.closed_at.unwrap_or(self.end);
                (c > self.start).then_some((self.start, c))
            }
            _ => Some((self.start, self.end)),
        }
    }

    /// Extends the scheduled end. Allowed while the lease still holds GPUs.
    pub fn extend_to(&mut self, new_end: OffsetDateTime) -> Result<(), LedgerError> {
        let new_end = trunc_s(new_end);
        if self.status.is_terminal() {
            return Err(LedgerError::IllegalTransition {
                lease: self.id.to_string(),
                from: self.status.to_string(),
                to: "extended".into(),
            });
        }
        if new_end <= self.end {
            return Err(LedgerError::Invalid(format!(
                "new end {new_end} is not after the current end {}",
                self.end
            )));
        }
        if (new_end - self.start).whole_seconds() > MAX_LEASE_SECONDS {
            return Err(LedgerError::Invalid(format!(
                "lease longer than {MAX_LEASE_SECONDS} s"
            )));
        }
        self.end = new_end;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use LeaseStatus::*;

    #[test]
    fn transition_table() {
        let k = LeaseKind::OnDemand;
        assert!(can_transition(PendingCompliance, Approved, k, None));
        assert!(can_transition(Approved, Active, k, None));
        assert!(can_transition(Active, Ended, k, None));
        assert!(!can_transition(PendingCompliance, Active, k, None));
        assert!(!can_transition(Active, Preempted, k, None));
        assert!(can_transition(
            Active,
            Preempted,
            LeaseKind::Interruptible,
            None
        ));
        assert!(can_transition(Suspended, Active, k, Some(Active)));
        assert!(!can_transition(Suspended, Active, k, Some(Approved)));
        for from in LeaseStatus::ALL.into_iter().filter(|s| s.is_terminal()) {
            for to in LeaseStatus::ALL {
                assert!(
                    !can_transition(from, to, LeaseKind::Interruptible, Some(to)),
                    "{from} -> {to}"
                );
            }
        }
    }
}
