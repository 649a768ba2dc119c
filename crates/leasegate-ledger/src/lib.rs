//! Fleet, lease state machine, allocation, pricing, billing and audit-chain logic.
//! Pure: no IO, no wall clock (instants are parameters).

pub mod alloc;
pub mod audit;
pub mod billing;
mod error;
pub mod fleet;
pub mod gate;
mod ids;
pub mod lease;
pub mod pricing;

pub use alloc::{blocks, choose_gpus, NodeFree};
pub use audit::{AuditEntry, ChainBreak, ChainVerifier, GENESIS_HASH};
pub use billing::{billable_seconds, draft_invoice, Invoice, InvoiceLine, InvoiceStatus, Month};
pub use error::{Entity, LedgerError};
pub use fleet::{Customer, Gpu, GpuRef, Node, NodeState, Site};
pub use gate::{ApproveAll, ComplianceGate, GateDecision};
pub use ids::{ChipId, CustomerId, LeaseId, NodeId, SiteId};
pub use lease::{
    can_transition, trunc_s, Lease, LeaseKind, LeaseRequest, LeaseStatus, StatusChange,
};
pub use pricing::{PriceInput, PriceList, PriceSnapshot, TermDiscount};
