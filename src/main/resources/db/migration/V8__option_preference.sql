-- The option a person prefers for now (or "decide later"), their reasons, and the indicative budget they saw.
CREATE TABLE option_preference (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    person_id      BIGINT        NOT NULL,
    preference     VARCHAR(20)   NOT NULL,
    reasons        TEXT          NULL,
    budget_shown   TEXT          NOT NULL,
    given_by       BIGINT        NOT NULL,
    given_as       VARCHAR(20)   NOT NULL,
    updated        TIMESTAMP(6)  NOT NULL,
    CONSTRAINT fk_option_preference_person FOREIGN KEY (person_id) REFERENCES account (id),
    CONSTRAINT fk_option_preference_given_by FOREIGN KEY (given_by) REFERENCES account (id),
    CONSTRAINT uk_option_preference_person UNIQUE (person_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
