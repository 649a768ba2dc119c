//! Integration tests for leasegate-chips: one binary per crate.
