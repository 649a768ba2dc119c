//! Integration tests for leasegate-store: one binary per crate.
