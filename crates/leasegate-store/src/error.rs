use leasegate_core::ErrorCode;
use leasegate_ledger::{ChainBreak, LedgerError};

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error(transparent)]
    Ledger(#[from] LedgerError),
    /// The database failed or refused a statement for a reason that is not the caller's.
    #[error("{backend} error: {message}")]
    Db {
        backend: &'static str,
        message: String,
    },
    /// A constraint the database enforces itself (no double booking, append-only audit log) fired.
    #[error("{backend} refused the change: {message}")]
    Constraint {
        backend: &'static str,
        message: String,
    },
    /// A stored record could not be decoded.
    #[error("corrupt record in {table}: {message}")]
    Corrupt {
        table: &'static str,
        message: String,
    },
    #[error(transparent)]
    Chain(#[from] ChainBreak),
    #[error("schema version {found} is newer than this binary knows ({known}); upgrade leasegate")]
    SchemaTooNew { found: i64, known: i64 },
}

impl ErrorCode for StoreError {
    fn code(&self) -> &'static str {
        match self {
            StoreError::Ledger(e) => e.code(),
            StoreError::Db { .. } => "database",
            StoreError::Constraint { .. } => "constraint_violation",
            StoreError::Corrupt { .. } => "corrupt_record",
            StoreError::Chain(_) => "audit_chain_broken",
            StoreError::SchemaTooNew { .. } => "schema_too_new",
        }
    }
    fn is_user_error(&self) -> bool {
        match self {
            StoreError::Ledger(e) => e.is_user_error(),
            StoreError::Constraint { .. } => true,
            _ => false,
        }
    }
}

impl StoreError {
    pub fn corrupt(table: &'static str, e: impl std::fmt::Display) -> Self {
        StoreError::Corrupt {
            table,
            message: e.to_string(),
        }
    }
}
