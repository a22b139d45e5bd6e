DROP TABLE changeset_collaborators;
ALTER TABLE users DROP COLUMN token_version;
ALTER TABLE users DROP COLUMN disabled;
