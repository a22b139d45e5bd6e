-- Browser sessions of the console (issue 15). Only a hash of the cookie value is stored, so a
-- copy of the database gives nobody a live session; signing out deletes the row.
CREATE TABLE console_sessions (
    token_hash TEXT PRIMARY KEY NOT NULL,
    username TEXT NOT NULL,
    -- The account's token version at sign-in: a password change ends the session too.
    token_version BIGINT NOT NULL,
    csrf_token TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL
);
CREATE INDEX console_sessions_by_expiry ON console_sessions (expires_at);

-- Discussion on a changeset that is not a verdict.
CREATE TABLE changeset_comments (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    changeset_id BIGINT NOT NULL REFERENCES changesets (id),
    author TEXT NOT NULL,
    body TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX changeset_comments_by_changeset ON changeset_comments (changeset_id, id);
