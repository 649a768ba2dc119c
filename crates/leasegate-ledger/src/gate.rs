//! The seam for the compliance gate: every lease is created in
//! `pending_compliance`, then a gate decides.

use crate::{Customer, Lease};

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(tag = "decision", rename_all = "snake_case")]
pub enum GateDecision {
    /// Move to `approved`.
    Approve,
    /// Stay in `pending_compliance` (GPUs held) until someone approves or rejects.
    Hold { reason: String },
    /// Move to `rejected`, releasing the GPUs.
    Reject { reason: String },
}

/// Reviews a pending lease. Implementations may do IO (screening) but are
/// called outside the store's write transaction.
pub trait ComplianceGate: Send + Sync {
    fn review(&self, lease: &Lease, customer: &Customer) -> GateDecision;
}

/// The gate used until the real compliance gate exists: approves everything.
#[derive(Debug, Default, Clone, Copy)]
pub struct ApproveAll;

impl ComplianceGate for ApproveAll {
    fn review(&self, _lease: &Lease, _customer: &Customer) -> GateDecision {
        GateDecision::Approve
    }
}
