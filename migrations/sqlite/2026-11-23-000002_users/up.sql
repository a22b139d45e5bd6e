-- Accounts for the write path (editors, reviewers, admins). Passwords are argon2id PHC strings.
CREATE TABLE users (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    username TEXT NOT NULL UNIQUE,
    password_hash TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('editor', 'reviewer', 'admin')),
    created_at TIMESTAMP NOT NULL
);
