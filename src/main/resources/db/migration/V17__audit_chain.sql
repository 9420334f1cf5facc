-- The audit trail becomes append-only and tamper-evident. Each entry's hash is the SHA-256 of its fields and the
-- previous entry's hash (AuditEntry.chainedTo), so changing or removing any entry breaks the chain from there on.
ALTER TABLE audit_entry ADD COLUMN entry_hash CHAR(64) NULL;

-- The end of the chain. The portal locks this one row to append, so two entries can never chain to the same one.
-- Entries written before this migration (up to legacy_up_to) are chained by the portal when it starts.
CREATE TABLE audit_chain_head (
    id             TINYINT   NOT NULL PRIMARY KEY,
    last_entry_id  BIGINT    NULL,
    last_hash      CHAR(64)  NOT NULL,
    legacy_up_to   BIGINT    NULL,
    CONSTRAINT ck_audit_chain_head_one_row CHECK (id = 1)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO audit_chain_head (id, last_entry_id, last_hash, legacy_up_to)
SELECT 1, NULL, '0000000000000000000000000000000000000000000000000000000000000000', MAX(id) FROM audit_entry;

-- Whatever the code does, history stays as written: an entry only ever receives its hash, once.
DELIMITER //
CREATE TRIGGER audit_entry_is_append_only BEFORE UPDATE ON audit_entry FOR EACH ROW
BEGIN
    IF OLD.entry_hash IS NOT NULL OR NEW.entry_hash IS NULL OR NOT (NEW.id <=> OLD.id
            AND NEW.happened_at <=> OLD.happened_at AND NEW.actor_id <=> OLD.actor_id
            AND NEW.person_id <=> OLD.person_id AND NEW.relationship_id <=> OLD.relationship_id
            AND NEW.action <=> OLD.action AND NEW.allowed <=> OLD.allowed AND NEW.reason <=> OLD.reason) THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'The audit trail cannot be changed';
    END IF;
END//
DELIMITER ;

CREATE TRIGGER audit_entry_is_kept BEFORE DELETE ON audit_entry FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'The audit trail cannot be deleted';
