//! Restricted-party list parsers (CSL, OFAC SDN XML/CSV/Enhanced, UN, EU FSF,
//! BIS DPL), the common entry model, and versioned imports.
//!
//! Parsers are pure: bytes in, `(entries, per-record errors)` out. Only
//! [`store`] touches the file system.

pub mod model;

pub use model::{Address, Alias, AliasKind, Entry, Identifier, Schema};
