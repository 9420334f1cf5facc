-- The council's case-management system reads submissions in the order they were sent, a page at a time.
CREATE INDEX ix_submission_sent ON submission (submitted_at, id);
