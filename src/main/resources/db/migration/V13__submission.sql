-- What a person sent to the council, frozen: the whole hand-off pack as it was when they pressed "Send", under its
-- reference number. Nothing may change a submission once it is written, whatever the code does.
CREATE TABLE submission (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    person_id     BIGINT        NOT NULL,
    reference     VARCHAR(20)   NOT NULL,
    version       INT           NOT NULL,
    submitted_by  BIGINT        NOT NULL,
    submitted_as  VARCHAR(20)   NOT NULL,
    submitted_at  TIMESTAMP(6)  NOT NULL,
    pack          MEDIUMTEXT    NOT NULL,
    pack_sha256   CHAR(64)      NOT NULL,
    CONSTRAINT fk_submission_person FOREIGN KEY (person_id) REFERENCES account (id),
    CONSTRAINT fk_submission_by FOREIGN KEY (submitted_by) REFERENCES account (id),
    CONSTRAINT uk_submission_reference UNIQUE (reference),
    CONSTRAINT uk_submission_version UNIQUE (person_id, version)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TRIGGER submission_is_frozen BEFORE UPDATE ON submission FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'A submission cannot change once it is sent';

-- What has happened to what the person sent, in order, as their tracker shows it.
CREATE TABLE case_event (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    submission_id  BIGINT        NOT NULL,
    kind           VARCHAR(30)   NOT NULL,
    happened_at    TIMESTAMP(6)  NOT NULL,
    CONSTRAINT fk_case_event_submission FOREIGN KEY (submission_id) REFERENCES submission (id),
    INDEX ix_case_event_submission (submission_id, happened_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
