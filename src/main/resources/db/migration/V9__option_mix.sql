-- Option 4 as the person split it between options 1 to 3 (JSON: option to whole pounds a year), when preferred.
ALTER TABLE option_preference ADD COLUMN mix TEXT NULL;
