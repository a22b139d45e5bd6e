-- PostgreSQL twin of migrations/sqlite/2026-11-23-000001_content (see there for the why).
CREATE TABLE documents (
    id BIGSERIAL PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL
);

CREATE TABLE revisions (
    id BIGSERIAL PRIMARY KEY,
    document_id BIGINT NOT NULL REFERENCES documents (id),
    parent_id BIGINT REFERENCES revisions (id),
    content TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    author TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX revisions_by_document ON revisions (document_id, id);

CREATE TABLE releases (
    id BIGINT PRIMARY KEY,
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

-- Every write transaction updates this row first: a row lock that makes writers on every node
-- queue, and (at READ COMMITTED) each later statement then sees everything committed before.
CREATE TABLE write_lock (
    id INTEGER PRIMARY KEY,
    generation BIGINT NOT NULL
);
INSERT INTO write_lock (id, generation) VALUES (1, 0);
