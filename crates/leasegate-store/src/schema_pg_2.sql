-- Migration 2: the audit chain's head (last seq and hash) kept in a one-row
-- table, written in the same transaction as every append (the store syncs it
-- before each commit). `audit verify` compares the chain's end with it, so
-- rows deleted from the END of the log show, which the chain alone cannot
-- reveal. An attacker who can also rewrite this row (and disable its
-- triggers) can still truncate unnoticed; an exported head
-- (`--expect-head`) kept outside the database covers that.
CREATE TABLE audit_head (
    id BIGINT PRIMARY KEY CHECK (id = 1),
    seq BIGINT NOT NULL,
    hash TEXT NOT NULL
);
-- Starts from the log as it stands when this migration runs.
INSERT INTO audit_head (id, seq, hash)
SELECT 1,
    COALESCE((SELECT seq FROM audit_log ORDER BY seq DESC LIMIT 1), 0),
    COALESCE((SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1),
             '0000000000000000000000000000000000000000000000000000000000000000');
CREATE FUNCTION leasegate_audit_head_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' OR NEW.seq < OLD.seq OR NEW.id <> OLD.id THEN
        RAISE EXCEPTION 'audit_head only moves forward' USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER audit_head_forward_only BEFORE UPDATE OR DELETE ON audit_head
    FOR EACH ROW EXECUTE FUNCTION leasegate_audit_head_guard();
