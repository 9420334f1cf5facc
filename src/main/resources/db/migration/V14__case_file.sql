-- Where each submission is in the council's work, for the staff queue: its status, who is working on it and the
-- flags worked out from what was sent, such as no support at all now. The submission itself never changes.
CREATE TABLE case_file (
    submission_id  BIGINT        NOT NULL PRIMARY KEY,
    status         VARCHAR(30)   NOT NULL,
    assigned_to    BIGINT        NULL,
    flags          VARCHAR(300)  NOT NULL,
    changed_at     TIMESTAMP(6)  NOT NULL,
    CONSTRAINT fk_case_file_submission FOREIGN KEY (submission_id) REFERENCES submission (id),
    CONSTRAINT fk_case_file_assigned FOREIGN KEY (assigned_to) REFERENCES account (id),
    INDEX ix_case_file_status (status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Who took each step: a member of staff, or the person (or their helper) who sent it.
ALTER TABLE case_event ADD COLUMN actor_id BIGINT NULL,
    ADD CONSTRAINT fk_case_event_actor FOREIGN KEY (actor_id) REFERENCES account (id);
