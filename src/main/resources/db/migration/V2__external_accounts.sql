-- People who sign in at the council's Keycloak have no password here; they are known by Keycloak's subject id.
ALTER TABLE account MODIFY password_hash VARCHAR(100) NULL;
ALTER TABLE account ADD COLUMN external_subject VARCHAR(255) NULL;
ALTER TABLE account ADD CONSTRAINT uk_account_external_subject UNIQUE (external_subject);
