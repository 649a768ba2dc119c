//! The store trait with SQLite (embedded default) and PostgreSQL implementations and one conformance suite.
