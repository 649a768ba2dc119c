//! One module per command area. Each owns its clap types and a `run`
//! function; none holds domain logic, which lives in the library crates.

pub mod chips;
pub mod eval;
pub mod ledger;
pub mod linkage;
pub mod lists;
pub mod ownership;
pub mod screen;
