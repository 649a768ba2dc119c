//! Ownership graph, importers and the 50% rule resolved to a fixpoint with evidence.
