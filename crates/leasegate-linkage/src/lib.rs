//! Shell-company detection: attribute normalisation, blocking, weighted evidence and incremental clustering.
