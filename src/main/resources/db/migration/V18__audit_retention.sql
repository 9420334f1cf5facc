-- The audit trail is kept to a retention rule: its oldest entries may be deleted from the front of the chain, and
-- only from there. The head records where the kept chain begins and the hash the first kept entry chains to, so the
-- rest still verifies; any other deletion is refused as before.
ALTER TABLE audit_chain_head ADD COLUMN kept_from BIGINT NULL;
ALTER TABLE audit_chain_head ADD COLUMN kept_from_hash CHAR(64) NULL;

DROP TRIGGER audit_entry_is_kept;
DELIMITER //
CREATE TRIGGER audit_entry_is_kept BEFORE DELETE ON audit_entry FOR EACH ROW
BEGIN
    IF OLD.id >= IFNULL((SELECT kept_from FROM audit_chain_head WHERE id = 1), 0) THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'The audit trail cannot be deleted';
    END IF;
END//
DELIMITER ;
