use leasegate_core::{ErrorCode, MoneyError};

/// What kind of record a lookup missed; each has its own stable code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Entity {
    Site,
    Node,
    Customer,
    Lease,
    Invoice,
    Price,
}

impl Entity {
    pub fn name(self) -> &'static str {
        match self {
            Entity::Site => "site",
            Entity::Node => "node",
            Entity::Customer => "customer",
            Entity::Lease => "lease",
            Entity::Invoice => "invoice",
            Entity::Price => "price list",
        }
    }
    fn not_found_code(self) -> &'static str {
        match self {
            Entity::Site => "site_not_found",
            Entity::Node => "node_not_found",
            Entity::Customer => "customer_not_found",
            Entity::Lease => "lease_not_found",
            Entity::Invoice => "invoice_not_found",
            Entity::Price => "no_price",
        }
    }
}

/// Domain errors. Every one is the caller's fault except none: the ledger does no IO.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum LedgerError {
    #[error("invalid {what} {value:?}: expected 1-64 of letters, digits, '-', '_' or '.', starting with a letter or digit")]
    InvalidId { what: &'static str, value: String },
    #[error("invalid input: {0}")]
    Invalid(String),
    #[error("{} {id:?} not found", entity.name())]
    NotFound { entity: Entity, id: String },
    #[error("{} {id:?} already exists", entity.name())]
    AlreadyExists { entity: Entity, id: String },
    #[error("lease {lease}: cannot go from {from} to {to}")]
    IllegalTransition {
        lease: String,
        from: String,
        to: String,
    },
    #[error("not enough free {chip} GPUs: requested {requested}, free {free} in the window")]
    NoCapacity {
        chip: String,
        requested: u32,
        free: u32,
    },
    #[error("no {kind} price for chip {chip:?}: set one with `leasegate prices set`")]
    NoPrice { chip: String, kind: String },
    #[error("idempotency key {key:?} was already used for a different request")]
    IdempotencyConflict { key: String },
    #[error("invoice {0} is finalised and cannot change")]
    InvoiceFinalized(String),
    #[error(transparent)]
    Money(#[from] MoneyError),
}

impl ErrorCode for LedgerError {
    fn code(&self) -> &'static str {
        match self {
            LedgerError::InvalidId { .. } => "invalid_id",
            LedgerError::Invalid(_) => "invalid_input",
            LedgerError::NotFound { entity, .. } => entity.not_found_code(),
            LedgerError::AlreadyExists { .. } => "already_exists",
            LedgerError::IllegalTransition { .. } => "illegal_transition",
            LedgerError::NoCapacity { .. } => "no_capacity",
            LedgerError::NoPrice { .. } => "no_price",
            LedgerError::IdempotencyConflict { .. } => "idempotency_conflict",
            LedgerError::InvoiceFinalized(_) => "invoice_finalized",
            LedgerError::Money(_) => "invalid_money",
        }
    }
    fn is_user_error(&self) -> bool {
        true
    }
}
