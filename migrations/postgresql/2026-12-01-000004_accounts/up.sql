-- PostgreSQL twin of migrations/sqlite/2026-12-01-000004_accounts (see there for the why).
ALTER TABLE users ADD COLUMN disabled BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE users ADD COLUMN token_version BIGINT NOT NULL DEFAULT 1;

-- Who besides the author may edit a changeset (added by the author or an admin).
CREATE TABLE changeset_collaborators (
    changeset_id BIGINT NOT NULL REFERENCES changesets (id),
    username TEXT NOT NULL,
    added_by TEXT NOT NULL,
    added_at TIMESTAMP NOT NULL,
    PRIMARY KEY (changeset_id, username)
);
