DROP TRIGGER release_entries_no_delete;
DROP TRIGGER release_entries_no_update;
DROP TRIGGER revisions_no_delete;
DROP TRIGGER revisions_no_update;
DROP TABLE audit_log;
DROP TABLE reviews;
DROP TABLE changeset_edits;
DROP TABLE changesets;
