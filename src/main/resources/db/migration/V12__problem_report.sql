-- What people tell the council is wrong with a service's information in the directory, until staff deal with it.
CREATE TABLE problem_report (
    id              BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    service_id      BIGINT         NOT NULL,
    what            VARCHAR(20)    NOT NULL,
    details         VARCHAR(1000)  NULL,
    reported_by     BIGINT         NOT NULL,
    reported_at     TIMESTAMP(6)   NOT NULL,
    dealt_with_by   BIGINT         NULL,
    dealt_with_at   TIMESTAMP(6)   NULL,
    CONSTRAINT fk_problem_service FOREIGN KEY (service_id) REFERENCES support_service (id) ON DELETE CASCADE,
    CONSTRAINT fk_problem_reported_by FOREIGN KEY (reported_by) REFERENCES account (id),
    CONSTRAINT fk_problem_dealt_with_by FOREIGN KEY (dealt_with_by) REFERENCES account (id),
    INDEX ix_problem_waiting (dealt_with_at, reported_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
