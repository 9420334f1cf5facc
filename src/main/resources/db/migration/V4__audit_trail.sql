-- Who looked at or changed whose information, when, through which relationship. Never what the answers were.
CREATE TABLE audit_entry (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    happened_at     TIMESTAMP(6) NOT NULL,
    actor_id        BIGINT       NOT NULL,
    person_id       BIGINT       NOT NULL,
    relationship_id BIGINT       NULL,
    action          VARCHAR(40)  NOT NULL,
    allowed         BOOLEAN      NOT NULL,
    reason          VARCHAR(40)  NOT NULL,
    INDEX ix_audit_entry_person (person_id, happened_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
