-- Migration 2: the audit chain's head (last seq and hash) kept in a one-row
-- table, written in the same transaction as every append (the store syncs it
-- before each commit). `audit verify` compares the chain's end with it, so
-- rows deleted from the END of the log show, which the chain alone cannot
-- reveal. An attacker who can also rewrite this row (and drop its triggers)
-- can still truncate unnoticed; an exported head (`--expect-head`) kept
-- outside the database covers that.
CREATE TABLE audit_head (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    seq INTEGER NOT NULL,
    hash TEXT NOT NULL
);
-- Starts from the log as it stands when this migration runs.
INSERT INTO audit_head (id, seq, hash)
SELECT 1,
    COALESCE((SELECT seq FROM audit_log ORDER BY seq DESC LIMIT 1), 0),
    COALESCE((SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1),
             '0000000000000000000000000000000000000000000000000000000000000000');
CREATE TRIGGER audit_head_no_delete BEFORE DELETE ON audit_head
BEGIN
    SELECT RAISE(ABORT, 'audit_head is kept');
END;
CREATE TRIGGER audit_head_forward_only BEFORE UPDATE ON audit_head
WHEN NEW.seq < OLD.seq OR NEW.id <> OLD.id
BEGIN
    SELECT RAISE(ABORT, 'audit_head only moves forward');
END;
