-- What each step said: a message's words, a booked visit or a decision with its reasons, as JSON. Only staff and,
-- for messages, those the person lets read them see it.
ALTER TABLE case_event ADD COLUMN detail MEDIUMTEXT NULL;

-- The language the person sent in: emails saying there is an update are written in it.
ALTER TABLE case_file ADD COLUMN language VARCHAR(20) NOT NULL DEFAULT 'en';
