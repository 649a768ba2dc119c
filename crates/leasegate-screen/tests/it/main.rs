//! Integration tests for leasegate-screen: one binary per crate.
