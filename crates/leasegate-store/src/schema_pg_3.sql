-- Migration 3: cheaper no-double-booking constraint on PostgreSQL.
--
-- The exclusion constraint compared (node_id TEXT, gpu_index, tstzrange)
-- in a btree_gist index: about 80 us per allocated GPU on the development
-- VM, most of a lease creation's time in the database. Each GPU now has an
-- integer key, and the constraint compares (gpu_key, int8range): about
-- 26 us. A composite foreign key ties gpu_key to (node_id, gpu_index), so a
-- row cannot name one GPU and lock another; the store fills gpu_key in its
-- INSERT, and a trigger fills it for any INSERT that leaves it out.
--
-- `allocations_gpu` goes too: the GiST index serves lookups by GPU, and a
-- cached generic plan of the creation's window read walked the whole of
-- `allocations_gpu` (its leading columns are not constrained by that
-- query), so every creation cost O(all bookings). SQLite keeps its index:
-- its overlap trigger probes it.
DROP INDEX IF EXISTS allocations_gpu;

ALTER TABLE gpus ADD COLUMN key BIGINT GENERATED ALWAYS AS IDENTITY;
ALTER TABLE gpus ADD CONSTRAINT gpus_key_unique UNIQUE (key);
ALTER TABLE gpus ADD CONSTRAINT gpus_node_gpu_key_unique UNIQUE (node_id, gpu_index, key);

ALTER TABLE allocations ADD COLUMN gpu_key BIGINT;
UPDATE allocations a SET gpu_key = g.key
    FROM gpus g WHERE g.node_id = a.node_id AND g.gpu_index = a.gpu_index;
ALTER TABLE allocations ALTER COLUMN gpu_key SET NOT NULL;
ALTER TABLE allocations ADD CONSTRAINT allocations_gpu_key_fkey
    FOREIGN KEY (node_id, gpu_index, gpu_key) REFERENCES gpus (node_id, gpu_index, key);
ALTER TABLE allocations DROP CONSTRAINT allocations_node_id_gpu_index_fkey;

ALTER TABLE allocations DROP CONSTRAINT allocations_no_overlap;
ALTER TABLE allocations DROP COLUMN during;
ALTER TABLE allocations ADD COLUMN span INT8RANGE
    GENERATED ALWAYS AS (int8range(start_s, block_end_s, '[)')) STORED;
-- No double booking, enforced by the database itself.
ALTER TABLE allocations ADD CONSTRAINT allocations_no_overlap EXCLUDE USING gist
    (gpu_key WITH =, span WITH &&) WHERE (active = 1);

CREATE FUNCTION leasegate_fill_gpu_key() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.gpu_key := (SELECT key FROM gpus WHERE node_id = NEW.node_id AND gpu_index = NEW.gpu_index);
    RETURN NEW;
END;
$$;
CREATE TRIGGER allocations_fill_gpu_key BEFORE INSERT ON allocations
    FOR EACH ROW WHEN (NEW.gpu_key IS NULL) EXECUTE FUNCTION leasegate_fill_gpu_key();
