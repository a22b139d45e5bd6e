DROP TABLE changeset_comments;
DROP TABLE console_sessions;
