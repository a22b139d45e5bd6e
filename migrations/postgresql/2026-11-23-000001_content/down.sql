DROP TABLE write_lock;
DROP TABLE release_entries;
DROP TABLE releases;
DROP TABLE revisions;
DROP TABLE documents;
