-- What matters to the person: Talking Points outcomes or their own, in their own words, with who wrote them.
CREATE TABLE personal_outcome (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    person_id        BIGINT        NOT NULL,
    talking_point    VARCHAR(60)   NULL,
    own_words        TEXT          NULL,
    priority         VARCHAR(20)   NOT NULL,
    how_will_i_know  TEXT          NULL,
    given_by         BIGINT        NOT NULL,
    given_as         VARCHAR(20)   NOT NULL,
    voice            VARCHAR(20)   NOT NULL,
    updated          TIMESTAMP(6)  NOT NULL,
    CONSTRAINT fk_outcome_person FOREIGN KEY (person_id) REFERENCES account (id),
    CONSTRAINT fk_outcome_given_by FOREIGN KEY (given_by) REFERENCES account (id),
    INDEX ix_outcome_person (person_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE personal_outcome_national (
    outcome_id       BIGINT      NOT NULL,
    national_outcome VARCHAR(20) NOT NULL,
    PRIMARY KEY (outcome_id, national_outcome),
    CONSTRAINT fk_outcome_national FOREIGN KEY (outcome_id) REFERENCES personal_outcome (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
