-- The review workflow (DESIGN.md §3). A changeset groups proposed edits; its `version` is bumped on
-- every change and is the ETag editors send back in If-Match, so concurrent edits cannot overwrite
-- each other. Proposed content lives in the edit until approval turns it into a revision.
CREATE TABLE changesets (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    author TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN
        ('draft', 'in-review', 'changes-requested', 'published', 'rejected', 'withdrawn')),
    version BIGINT NOT NULL,
    release_id BIGINT REFERENCES releases (id),
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX changesets_by_state ON changesets (state, id);

-- One edit per document per changeset. `content` NULL removes the document; `base_revision` NULL
-- means the editor started from "no such document".
CREATE TABLE changeset_edits (
    changeset_id BIGINT NOT NULL REFERENCES changesets (id),
    document_key TEXT NOT NULL,
    content TEXT,
    base_revision BIGINT REFERENCES revisions (id),
    editor TEXT NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    PRIMARY KEY (changeset_id, document_key)
);
CREATE INDEX changeset_edits_by_document ON changeset_edits (document_key);

-- Reviewers' verdicts, kept for the record.
CREATE TABLE reviews (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    changeset_id BIGINT NOT NULL REFERENCES changesets (id),
    reviewer TEXT NOT NULL,
    verdict TEXT NOT NULL CHECK (verdict IN ('approve', 'request-changes', 'reject')),
    comment TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX reviews_by_changeset ON reviews (changeset_id, id);

-- Every state change: who did what to which target, when. Append-only, enforced here as well as
-- in the code, so not even a bug can rewrite history.
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    at TIMESTAMP NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    target TEXT NOT NULL,
    detail TEXT NOT NULL
);
CREATE INDEX audit_by_actor ON audit_log (actor, id);
CREATE INDEX audit_by_action ON audit_log (action, id);
CREATE INDEX audit_by_target ON audit_log (target, id);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;

-- Revisions and releases are immutable too.
CREATE TRIGGER revisions_no_update BEFORE UPDATE ON revisions
BEGIN SELECT RAISE(ABORT, 'revisions are immutable'); END;
CREATE TRIGGER revisions_no_delete BEFORE DELETE ON revisions
BEGIN SELECT RAISE(ABORT, 'revisions are immutable'); END;
CREATE TRIGGER release_entries_no_update BEFORE UPDATE ON release_entries
BEGIN SELECT RAISE(ABORT, 'releases are immutable'); END;
CREATE TRIGGER release_entries_no_delete BEFORE DELETE ON release_entries
BEGIN SELECT RAISE(ABORT, 'releases are immutable'); END;
