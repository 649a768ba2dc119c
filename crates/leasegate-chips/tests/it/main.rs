//! Integration tests for leasegate-chips: published values, thresholds,
//! country tables over time, policy decisions, snapshots.

mod catalog;
mod countries;
mod policy;
mod thresholds;
