-- Leasegate schema v1 for PostgreSQL. Times are Unix seconds (UTC) in BIGINT;
-- the exclusion constraint works on the tstzrange derived from them.
CREATE TABLE sites (
    id TEXT PRIMARY KEY,
    doc TEXT NOT NULL
);
CREATE TABLE nodes (
    id TEXT PRIMARY KEY,
    site_id TEXT NOT NULL REFERENCES sites (id),
    chip TEXT NOT NULL,
    gpu_count BIGINT NOT NULL CHECK (gpu_count > 0),
    state TEXT NOT NULL CHECK (state IN ('available', 'maintenance', 'retired')),
    doc TEXT NOT NULL
);
CREATE INDEX nodes_chip ON nodes (chip, state);
CREATE TABLE gpus (
    node_id TEXT NOT NULL REFERENCES nodes (id),
    gpu_index BIGINT NOT NULL,
    serial TEXT,
    PRIMARY KEY (node_id, gpu_index)
);
CREATE TABLE customers (
    id TEXT PRIMARY KEY,
    doc TEXT NOT NULL
);
CREATE TABLE price_lists (
    chip TEXT NOT NULL,
    version BIGINT NOT NULL,
    doc TEXT NOT NULL,
    PRIMARY KEY (chip, version)
);
CREATE TABLE leases (
    num BIGINT PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    customer_id TEXT NOT NULL REFERENCES customers (id),
    chip TEXT NOT NULL,
    status TEXT NOT NULL,
    start_s BIGINT NOT NULL,
    end_s BIGINT NOT NULL,
    doc TEXT NOT NULL
);
CREATE INDEX leases_customer ON leases (customer_id, start_s);
CREATE INDEX leases_status ON leases (status);
CREATE TABLE allocations (
    lease_id TEXT NOT NULL REFERENCES leases (id),
    node_id TEXT NOT NULL,
    gpu_index BIGINT NOT NULL,
    start_s BIGINT NOT NULL,
    end_s BIGINT NOT NULL,
    block_end_s BIGINT NOT NULL,
    active BIGINT NOT NULL CHECK (active IN (0, 1)),
    during TSTZRANGE GENERATED ALWAYS AS
        (tstzrange(to_timestamp(start_s::double precision), to_timestamp(block_end_s::double precision), '[)')) STORED,
    PRIMARY KEY (lease_id, node_id, gpu_index),
    FOREIGN KEY (node_id, gpu_index) REFERENCES gpus (node_id, gpu_index),
    CHECK (start_s < block_end_s),
    -- No double booking, enforced by the database itself.
    CONSTRAINT allocations_no_overlap EXCLUDE USING gist
        (node_id WITH =, gpu_index WITH =, during WITH &&) WHERE (active = 1)
);
-- Window queries: most bookings lie in the past, so "ends after the window
-- starts" is the selective side. Per-GPU probes use the second index.
CREATE INDEX allocations_ending ON allocations (block_end_s, start_s) WHERE active = 1;
CREATE INDEX allocations_gpu ON allocations (node_id, gpu_index, block_end_s, start_s) WHERE active = 1;
CREATE TABLE invoices (
    id TEXT PRIMARY KEY,
    customer_id TEXT NOT NULL REFERENCES customers (id),
    month TEXT NOT NULL,
    number BIGINT NOT NULL,
    status TEXT NOT NULL CHECK (status = 'finalized'),
    total_minor BIGINT NOT NULL,
    doc TEXT NOT NULL,
    UNIQUE (customer_id, month, number)
);
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
    seq BIGINT PRIMARY KEY,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    subject TEXT NOT NULL,
    change TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE FUNCTION leasegate_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only / immutable', TG_TABLE_NAME USING ERRCODE = 'integrity_constraint_violation';
END;
$$;
-- Records are kept: the audit log is append-only, finalised invoices immutable.
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION leasegate_refuse_change();
CREATE TRIGGER invoices_immutable BEFORE UPDATE OR DELETE ON invoices
    FOR EACH ROW EXECUTE FUNCTION leasegate_refuse_change();
