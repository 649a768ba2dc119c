-- Leasegate schema v1 for SQLite. Times are Unix seconds (UTC).
CREATE TABLE sites (
    id TEXT PRIMARY KEY,
    doc TEXT NOT NULL
);
CREATE TABLE nodes (
    id TEXT PRIMARY KEY,
    site_id TEXT NOT NULL REFERENCES sites (id),
    chip TEXT NOT NULL,
    gpu_count INTEGER NOT NULL CHECK (gpu_count > 0),
    state TEXT NOT NULL CHECK (state IN ('available', 'maintenance', 'retired')),
    doc TEXT NOT NULL
);
CREATE INDEX nodes_chip ON nodes (chip, state);
CREATE TABLE gpus (
    node_id TEXT NOT NULL REFERENCES nodes (id),
    gpu_index INTEGER NOT NULL,
    serial TEXT,
    PRIMARY KEY (node_id, gpu_index)
);
CREATE TABLE customers (
    id TEXT PRIMARY KEY,
    doc TEXT NOT NULL
);
CREATE TABLE price_lists (
    chip TEXT NOT NULL,
    version INTEGER NOT NULL,
    doc TEXT NOT NULL,
    PRIMARY KEY (chip, version)
);
CREATE TABLE leases (
    num INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    customer_id TEXT NOT NULL REFERENCES customers (id),
    chip TEXT NOT NULL,
    status TEXT NOT NULL,
    start_s INTEGER NOT NULL,
    end_s INTEGER NOT NULL,
    doc TEXT NOT NULL
);
CREATE INDEX leases_customer ON leases (customer_id, start_s);
CREATE INDEX leases_status ON leases (status);
-- One row per GPU per lease. [start_s, block_end_s) is the window the GPU is
-- held, cleaning gap included; released rows have active = 0.
CREATE TABLE allocations (
    lease_id TEXT NOT NULL REFERENCES leases (id),
    node_id TEXT NOT NULL,
    gpu_index INTEGER NOT NULL,
    start_s INTEGER NOT NULL,
    end_s INTEGER NOT NULL,
    block_end_s INTEGER NOT NULL,
    active INTEGER NOT NULL CHECK (active IN (0, 1)),
    PRIMARY KEY (lease_id, node_id, gpu_index),
    FOREIGN KEY (node_id, gpu_index) REFERENCES gpus (node_id, gpu_index),
    CHECK (start_s < block_end_s)
);
-- Window queries: most bookings lie in the past, so "ends after the window
-- starts" is the selective side. Per-GPU probes use the second index.
CREATE INDEX allocations_ending ON allocations (block_end_s, start_s) WHERE active = 1;
CREATE INDEX allocations_gpu ON allocations (node_id, gpu_index, block_end_s, start_s) WHERE active = 1;
-- No double booking, enforced by the database: SQLite has no exclusion
-- constraints, so triggers refuse an overlapping active row.
CREATE TRIGGER allocations_no_overlap_insert BEFORE INSERT ON allocations
WHEN NEW.active = 1 AND EXISTS (
    SELECT 1 FROM allocations a
    WHERE a.active = 1 AND a.node_id = NEW.node_id AND a.gpu_index = NEW.gpu_index
      AND a.lease_id <> NEW.lease_id AND a.start_s < NEW.block_end_s AND NEW.start_s < a.block_end_s)
BEGIN
    SELECT RAISE(ABORT, 'gpu_double_booked');
END;
CREATE TRIGGER allocations_no_overlap_update BEFORE UPDATE ON allocations
WHEN NEW.active = 1 AND EXISTS (
    SELECT 1 FROM allocations a
    WHERE a.active = 1 AND a.node_id = NEW.node_id AND a.gpu_index = NEW.gpu_index
      AND a.lease_id <> NEW.lease_id AND a.start_s < NEW.block_end_s AND NEW.start_s < a.block_end_s)
BEGIN
    SELECT RAISE(ABORT, 'gpu_double_booked');
END;
CREATE TABLE invoices (
    id TEXT PRIMARY KEY,
    customer_id TEXT NOT NULL REFERENCES customers (id),
    month TEXT NOT NULL,
    number INTEGER NOT NULL,
    status TEXT NOT NULL CHECK (status = 'finalized'),
    total_minor INTEGER NOT NULL,
    doc TEXT NOT NULL,
    UNIQUE (customer_id, month, number)
);
CREATE TRIGGER invoices_immutable BEFORE UPDATE ON invoices
BEGIN
    SELECT RAISE(ABORT, 'invoice_finalized');
END;
CREATE TRIGGER invoices_no_delete BEFORE DELETE ON invoices
BEGIN
    SELECT RAISE(ABORT, 'invoice_finalized');
END;
CREATE TABLE settings (
    name TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE idempotency (
    idem_key TEXT PRIMARY KEY,
    fingerprint TEXT NOT NULL,
    response TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE TABLE audit_log (
    seq INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    subject TEXT NOT NULL,
    change TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
-- Records are kept: the audit log is append-only.
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
