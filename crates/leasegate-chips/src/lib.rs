//! Accelerator catalog, ECCN 3A090/4A090 classification, country groups and
//! licence/rental policy as versioned data.
//!
//! Everything here is pure: the data files are embedded with `include_str!`
//! and parsed from strings; callers that allow overrides read the files
//! themselves and pass the text in. Dates are parameters, never the clock.
//!
//! - [`classify`]: TPP, performance density, 3A090.a/.b, Note 2, NAC, 3A090.c, 4A090.
//! - [`Catalog`]: accelerators with per-figure source and confidence.
//! - [`CountryGroups`]: A:5 ... E:2, Macau, with effective dates.
//! - [`Policy`]: ordered licence and rental rules with switches; [`Policy::rental_decision`]
//!   is what the lease gate calls.

pub mod catalog;
pub mod classify;
pub mod countries;
mod error;
pub mod num;
pub mod policy;

pub use catalog::{Accelerator, Catalog, CatalogIssue, Confidence, Figure, Source};
pub use classify::{
    aggregate_units, classify, classify_hbm, classify_node, ChipSpec, Classification, Eccn,
    HbmClassification, NodeClassification, Precision, TppTerm,
};
pub use countries::{format_date, parse_date, CountryGroups};
pub use error::ChipsError;
pub use num::Milli;
pub use policy::{
    ChipClass, LicenceDecision, Policy, RentalDecision, RentalOutcome, Requirement, ReviewPolicy,
    Switch,
};
