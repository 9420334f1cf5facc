-- Every version of the pre-assessment questionnaire ever used, so an assessment is always read with the
-- questions it was answered with, even after the council changes the file.
CREATE TABLE questionnaire_version (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name        VARCHAR(60)  NOT NULL,
    version     INT          NOT NULL,
    content     MEDIUMTEXT   NOT NULL,
    sha256      CHAR(64)     NOT NULL,
    first_used  TIMESTAMP(6) NOT NULL,
    CONSTRAINT uk_questionnaire_version UNIQUE (name, version)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A person's supported self-assessment, and the question they were on, so they can come back to it.
CREATE TABLE assessment (
    id                       BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    person_id                BIGINT       NOT NULL,
    questionnaire_version_id BIGINT       NOT NULL,
    status                   VARCHAR(20)  NOT NULL,
    current_question         VARCHAR(60)  NULL,
    started                  TIMESTAMP(6) NOT NULL,
    updated                  TIMESTAMP(6) NOT NULL,
    CONSTRAINT fk_assessment_person FOREIGN KEY (person_id) REFERENCES account (id),
    CONSTRAINT fk_assessment_questionnaire FOREIGN KEY (questionnaire_version_id) REFERENCES questionnaire_version (id),
    INDEX ix_assessment_person (person_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One answer per question and voice: the person's own words, and a helper's view beside it where there is one.
CREATE TABLE answer (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    assessment_id BIGINT       NOT NULL,
    question      VARCHAR(60)  NOT NULL,
    voice         VARCHAR(20)  NOT NULL,
    kind          VARCHAR(20)  NOT NULL,
    answer_value  TEXT         NULL,
    given_by      BIGINT       NOT NULL,
    given_as      VARCHAR(20)  NOT NULL,
    given_at      TIMESTAMP(6) NOT NULL,
    CONSTRAINT fk_answer_assessment FOREIGN KEY (assessment_id) REFERENCES assessment (id) ON DELETE CASCADE,
    CONSTRAINT fk_answer_given_by FOREIGN KEY (given_by) REFERENCES account (id),
    CONSTRAINT uk_answer_voice UNIQUE (assessment_id, question, voice)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
