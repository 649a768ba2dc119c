//! Errors: whole-file errors ([`ListError`]) and per-record errors
//! ([`RecordError`]), which never reject a file.

use leasegate_core::ErrorCode;
use serde::{Deserialize, Serialize};
use std::fmt;
use std::path::PathBuf;

/// One record that could not be read. The rest of the file is still imported.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecordError {
    /// 1-based record number within the file (0 = the file as a whole, e.g. a
    /// truncated stream after which nothing more could be read).
    pub record: u64,
    /// 1-based line number where the record starts, when the format has lines.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line: Option<u64>,
    pub message: String,
}

impl RecordError {
    pub fn new(record: u64, line: Option<u64>, message: impl Into<String>) -> Self {
        Self {
            record,
            line,
            message: message.into(),
        }
    }
}

impl fmt::Display for RecordError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.record, self.line) {
            (0, Some(l)) => write!(f, "line {l}: {}", self.message),
            (0, None) => write!(f, "file: {}", self.message),
            (r, Some(l)) => write!(f, "record {r} (line {l}): {}", self.message),
            (r, None) => write!(f, "record {r}: {}", self.message),
        }
    }
}

/// Whole-file and store errors.
#[derive(Debug, thiserror::Error)]
pub enum ListError {
    /// The input is not any list format we know (or is empty / unreadable as one).
    #[error("not a restricted-party list: {0}")]
    NotAList(String),
    #[error("input too large: {what} exceeds the limit of {limit}")]
    TooLarge { what: String, limit: u64 },
    #[error("cannot read {path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("list store at {path} is corrupt: {message}")]
    StoreCorrupt { path: PathBuf, message: String },
    #[error("unknown list source {0:?}")]
    SourceNotFound(String),
    #[error("source {source_name:?} has no version {version}")]
    VersionNotFound { source_name: String, version: u32 },
    #[error("invalid argument: {0}")]
    Invalid(String),
}

impl ListError {
    pub(crate) fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Self::Io {
            path: path.into(),
            source,
        }
    }
}

impl ErrorCode for ListError {
    fn code(&self) -> &'static str {
        match self {
            ListError::NotAList(_) => "not_a_list",
            ListError::TooLarge { .. } => "input_too_large",
            ListError::Io { .. } => "io_error",
            ListError::StoreCorrupt { .. } => "list_store_corrupt",
            ListError::SourceNotFound(_) => "list_source_not_found",
            ListError::VersionNotFound { .. } => "list_version_not_found",
            ListError::Invalid(_) => "invalid_argument",
        }
    }
    fn is_user_error(&self) -> bool {
        matches!(
            self,
            ListError::NotAList(_)
                | ListError::TooLarge { .. }
                | ListError::SourceNotFound(_)
                | ListError::VersionNotFound { .. }
                | ListError::Invalid(_)
        )
    }
}
