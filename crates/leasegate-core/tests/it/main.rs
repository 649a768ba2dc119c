//! Integration tests for leasegate-core.
