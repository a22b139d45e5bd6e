-- Versioned content (DESIGN.md §3). Documents are the editable units; revisions are immutable;
-- a release records only the documents it changed, so storage grows with changes, not with
-- releases × documents. A document's content in release N is its entry with the highest
-- release_id <= N (revision_id NULL means it was removed in that release).

CREATE TABLE documents (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    key TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL
);

CREATE TABLE revisions (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    document_id BIGINT NOT NULL REFERENCES documents (id),
    parent_id BIGINT REFERENCES revisions (id),
    content TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    author TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX revisions_by_document ON revisions (document_id, id);

CREATE TABLE releases (
    id BIGINT PRIMARY KEY NOT NULL,
    title TEXT NOT NULL,
    author TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL
);

CREATE TABLE release_entries (
    release_id BIGINT NOT NULL REFERENCES releases (id),
    document_id BIGINT NOT NULL REFERENCES documents (id),
    revision_id BIGINT REFERENCES revisions (id),
    PRIMARY KEY (release_id, document_id)
);
CREATE INDEX release_entries_by_document ON release_entries (document_id, release_id);

-- One row. Every write transaction bumps it first, which takes the write lock up front (the
-- equivalent of BEGIN IMMEDIATE on SQLite, a row lock on PostgreSQL), so writers queue instead
-- of failing on a read-to-write lock upgrade.
CREATE TABLE write_lock (
    id INTEGER PRIMARY KEY NOT NULL,
    generation BIGINT NOT NULL
);
INSERT INTO write_lock (id, generation) VALUES (1, 0);
