-- Sample accounts for local use only (the production profile leaves this file out).
-- Every sample account's password is: portal-sample-2026
INSERT INTO account (email, display_name, password_hash) VALUES
    ('ann.smith@example.org', 'Ann Smith', '{bcrypt}$2a$10$2Wc7RG0qmKD/YL3Wa./0X.JrucdEtlkEqNor4.sZB4K5aDJr3Fkea'),
    ('colin.smith@example.org', 'Colin Smith', '{bcrypt}$2a$10$2Wc7RG0qmKD/YL3Wa./0X.JrucdEtlkEqNor4.sZB4K5aDJr3Fkea'),
    ('aisha.khan@example.org', 'Aisha Khan', '{bcrypt}$2a$10$2Wc7RG0qmKD/YL3Wa./0X.JrucdEtlkEqNor4.sZB4K5aDJr3Fkea'),
    ('sam.reid@example.org', 'Sam Reid', '{bcrypt}$2a$10$2Wc7RG0qmKD/YL3Wa./0X.JrucdEtlkEqNor4.sZB4K5aDJr3Fkea')
ON DUPLICATE KEY UPDATE display_name = VALUES(display_name), password_hash = VALUES(password_hash);

INSERT IGNORE INTO account_role (account_id, role)
SELECT id, 'PERSON' FROM account WHERE email = 'ann.smith@example.org'
UNION ALL SELECT id, 'CARER' FROM account WHERE email = 'colin.smith@example.org'
UNION ALL SELECT id, 'ADVOCATE' FROM account WHERE email = 'aisha.khan@example.org'
UNION ALL SELECT id, 'STAFF' FROM account WHERE email = 'sam.reid@example.org';
