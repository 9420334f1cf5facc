-- Helpers acting for a supported person: who, for whom, on what basis, with what scope, for how long.
CREATE TABLE relationship (
    id                  BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    person_id           BIGINT       NOT NULL,
    helper_id           BIGINT       NULL,
    helper_role         VARCHAR(20)  NOT NULL,
    legal_basis         VARCHAR(40)  NOT NULL,
    legal_reference     VARCHAR(40)  NULL,
    legal_registered    DATE         NULL,
    legal_expires       DATE         NULL,
    starts              DATE         NOT NULL,
    ends                DATE         NULL,
    review_by           DATE         NULL,
    status              VARCHAR(20)  NOT NULL,
    invited_email       VARCHAR(254) NULL,
    invitation_code_hash CHAR(64)    NULL,
    invitation_expires  TIMESTAMP(6) NULL,
    organisation        VARCHAR(200) NULL,
    provider_link       VARCHAR(500) NULL,
    legal_verified_by   BIGINT       NULL,
    CONSTRAINT fk_relationship_person FOREIGN KEY (person_id) REFERENCES account (id),
    CONSTRAINT fk_relationship_helper FOREIGN KEY (helper_id) REFERENCES account (id),
    CONSTRAINT uk_relationship_invitation UNIQUE (invitation_code_hash),
    INDEX ix_relationship_helper (helper_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE relationship_scope (
    relationship_id BIGINT      NOT NULL,
    scope           VARCHAR(20) NOT NULL,
    PRIMARY KEY (relationship_id, scope),
    CONSTRAINT fk_relationship_scope FOREIGN KEY (relationship_id) REFERENCES relationship (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
