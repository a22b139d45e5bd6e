DROP TRIGGER release_entries_append_only ON release_entries;
DROP TRIGGER revisions_append_only ON revisions;
DROP TABLE audit_log;
DROP FUNCTION marketguide_refuse_change();
DROP TABLE reviews;
DROP TABLE changeset_edits;
DROP TABLE changesets;
