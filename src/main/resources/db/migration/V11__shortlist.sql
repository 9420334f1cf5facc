-- The services a person has shortlisted, kept with their assessment and sent to the council with it.
CREATE TABLE shortlist_entry (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    person_id   BIGINT        NOT NULL,
    service_id  BIGINT        NOT NULL,
    added_by    BIGINT        NOT NULL,
    added_as    VARCHAR(20)   NOT NULL,
    added_at    TIMESTAMP(6)  NOT NULL,
    CONSTRAINT fk_shortlist_person FOREIGN KEY (person_id) REFERENCES account (id),
    CONSTRAINT fk_shortlist_added_by FOREIGN KEY (added_by) REFERENCES account (id),
    CONSTRAINT fk_shortlist_service FOREIGN KEY (service_id) REFERENCES support_service (id) ON DELETE CASCADE,
    CONSTRAINT uk_shortlist_person_service UNIQUE (person_id, service_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
