-- The directory of services people can search: registered care services from the Care Inspectorate and community
-- support from Open Referral directories, one row each, as last imported.
CREATE TABLE support_service (
    id                       BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    source                   VARCHAR(20)   NOT NULL,
    source_id                VARCHAR(100)  NOT NULL,
    name                     VARCHAR(300)  NOT NULL,
    description              TEXT          NULL,
    provider_name            VARCHAR(300)  NULL,
    kind                     VARCHAR(20)   NOT NULL,
    client_groups            VARCHAR(200)  NOT NULL,
    council_area             VARCHAR(100)  NULL,
    town                     VARCHAR(100)  NULL,
    postcode                 VARCHAR(12)   NULL,
    address                  VARCHAR(500)  NULL,
    grade_wellbeing          INT           NULL,
    grade_care_planning      INT           NULL,
    grade_setting            INT           NULL,
    grade_staff_team         INT           NULL,
    grade_leadership         INT           NULL,
    active                   BOOLEAN       NOT NULL,
    takes_direct_payments    BOOLEAN       NULL,
    offers_service_funds     BOOLEAN       NULL,
    languages                VARCHAR(200)  NOT NULL,
    out_of_hours             BOOLEAN       NOT NULL,
    weekends                 BOOLEAN       NOT NULL,
    phone                    VARCHAR(50)   NULL,
    email                    VARCHAR(200)  NULL,
    website                  VARCHAR(500)  NULL,
    cost                     VARCHAR(500)  NULL,
    last_inspected           DATE          NULL,
    complaints_upheld        INT           NULL,
    fingerprint              CHAR(64)      NOT NULL,
    updated                  TIMESTAMP(6)  NOT NULL,
    CONSTRAINT uk_support_service_source UNIQUE (source, source_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Each import of a file: what it changed and what it refused, for staff to see.
CREATE TABLE service_import (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    source        VARCHAR(20)   NOT NULL,
    file_name     VARCHAR(300)  NOT NULL,
    file_sha256   CHAR(64)      NOT NULL,
    added         INT           NOT NULL,
    updated       INT           NOT NULL,
    unchanged     INT           NOT NULL,
    rejected      INT           NOT NULL,
    imported_by   BIGINT        NULL,
    imported_at   TIMESTAMP(6)  NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
