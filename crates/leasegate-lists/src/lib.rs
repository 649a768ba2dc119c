//! Restricted-party list parsers (CSL, OFAC SDN XML/CSV/Enhanced, UN, EU FSF,
//! BIS DPL), the common entry model, and versioned imports.
//!
//! Parsers are pure: bytes in, [`Parsed`] (entries plus per-record errors)
//! out. Only [`store`] and [`input`] touch the file system.
//!
//! Entry points:
//! - [`parse_bytes`]: detect and parse one input (gz/zip unpacked in memory).
//! - [`bundled_csl`]: the bundled US CSL snapshot, the default list.
//! - [`store::ListStore`]: versioned imports; [`store::ListStore::active`] is
//!   what screening runs against, [`store::stale_warning`] its age warning.
//! - [`diff()`]: entries added, removed and changed between two versions.
//! - [`input::read_inputs`]: read files, directories and SDN CSV trios for import.

pub mod bundled;
pub mod diff;
pub mod error;
pub mod input;
pub mod model;
pub mod parse;
pub mod store;
pub(crate) mod text;

pub use bundled::{bundled_csl, BUNDLED_CSL_AS_OF};
pub use diff::{diff, Changed, Diff};
pub use error::{ListError, RecordError};
pub use model::{Address, Alias, AliasKind, Entry, Identifier, Schema};
pub use parse::{detect, parse_bytes, Format, Parsed};
pub use store::{stale_warning, ActiveLists, ListStore, SourceStatus};
