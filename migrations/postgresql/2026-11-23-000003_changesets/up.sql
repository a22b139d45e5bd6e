-- PostgreSQL twin of migrations/sqlite/2026-11-23-000003_changesets (see there for the why).
CREATE TABLE changesets (
    id BIGSERIAL PRIMARY KEY,
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

CREATE TABLE reviews (
    id BIGSERIAL PRIMARY KEY,
    changeset_id BIGINT NOT NULL REFERENCES changesets (id),
    reviewer TEXT NOT NULL,
    verdict TEXT NOT NULL CHECK (verdict IN ('approve', 'request-changes', 'reject')),
    comment TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX reviews_by_changeset ON reviews (changeset_id, id);

CREATE TABLE audit_log (
    id BIGSERIAL PRIMARY KEY,
    at TIMESTAMP NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    target TEXT NOT NULL,
    detail TEXT NOT NULL
);
CREATE INDEX audit_by_actor ON audit_log (actor, id);
CREATE INDEX audit_by_action ON audit_log (action, id);
CREATE INDEX audit_by_target ON audit_log (target, id);

-- The audit log, revisions and release entries are append-only, enforced here as well.
CREATE FUNCTION marketguide_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
END
$$;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION marketguide_refuse_change();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION marketguide_refuse_change();
CREATE TRIGGER revisions_append_only BEFORE UPDATE OR DELETE ON revisions
    FOR EACH ROW EXECUTE FUNCTION marketguide_refuse_change();
CREATE TRIGGER release_entries_append_only BEFORE UPDATE OR DELETE ON release_entries
    FOR EACH ROW EXECUTE FUNCTION marketguide_refuse_change();
