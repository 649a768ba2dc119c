//! Shell-company detection: attribute normalisation, blocking, weighted
//! evidence and incremental clustering.
//!
//! Customers ([`CustomerRecord`]) are reduced to normalised attribute values
//! ([`normalize`]). Candidate pairs come only from customers sharing a value
//! that is rare enough to weigh something (blocking; hubs make no pairs).
//! Each candidate pair is scored as a sum of log-likelihood-ratio weights in
//! bits ([`config`] documents the model); pairs at or above the threshold are
//! linked and clusters are the connected components. [`Linker::add`] updates
//! links and clusters for one new customer. No IO, no clock.
//!
//! Two seeded population generators feed the quality benchmark: [`synth`],
//! and [`synth2`], written independently from the issue text so that the
//! engine is not judged only on the generator it was developed against.

pub mod config;
mod country;
pub mod linker;
pub mod normalize;
mod partition;
pub mod person;
pub mod record;
pub mod synth;
pub mod synth2;

pub use config::{Attribute, LinkageConfig, SoftParams};
pub use linker::{
    features, features_checked, AddOutcome, ClusterId, Evidence, Link, LinkageError, Linker,
    LinkerBuilder, MAX_CUSTOMERS,
};
pub use record::{
    parse_jsonl, parse_line, parse_lines, resolve_country, CustomerRecord, LineError,
};
