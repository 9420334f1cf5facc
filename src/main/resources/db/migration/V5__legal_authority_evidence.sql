-- The copy of a power of attorney or guardianship certificate that staff check, stored outside the web root.
ALTER TABLE relationship ADD COLUMN evidence_id CHAR(36) NULL;
ALTER TABLE relationship ADD COLUMN evidence_type VARCHAR(10) NULL;
