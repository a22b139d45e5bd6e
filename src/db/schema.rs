//! Hand-kept, backend-neutral table definitions (ids are BIGINT on every backend).

diesel::table! {
    documents (id) {
        id -> BigInt,
        key -> Text,
        kind -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    revisions (id) {
        id -> BigInt,
        document_id -> BigInt,
        parent_id -> Nullable<BigInt>,
        content -> Text,
        content_hash -> Text,
        author -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    releases (id) {
        id -> BigInt,
        title -> Text,
        author -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    release_entries (release_id, document_id) {
        release_id -> BigInt,
        document_id -> BigInt,
        revision_id -> Nullable<BigInt>,
    }
}

diesel::table! {
    write_lock (id) {
        id -> Integer,
        generation -> BigInt,
    }
}

diesel::table! {
    users (id) {
        id -> BigInt,
        username -> Text,
        password_hash -> Text,
        role -> Text,
        created_at -> Timestamp,
        disabled -> Bool,
        token_version -> BigInt,
    }
}

diesel::table! {
    changeset_collaborators (changeset_id, username) {
        changeset_id -> BigInt,
        username -> Text,
        added_by -> Text,
        added_at -> Timestamp,
    }
}

diesel::table! {
    changesets (id) {
        id -> BigInt,
        title -> Text,
        description -> Text,
        author -> Text,
        state -> Text,
        version -> BigInt,
        release_id -> Nullable<BigInt>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    changeset_edits (changeset_id, document_key) {
        changeset_id -> BigInt,
        document_key -> Text,
        content -> Nullable<Text>,
        base_revision -> Nullable<BigInt>,
        editor -> Text,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    reviews (id) {
        id -> BigInt,
        changeset_id -> BigInt,
        reviewer -> Text,
        verdict -> Text,
        comment -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    audit_log (id) {
        id -> BigInt,
        at -> Timestamp,
        actor -> Text,
        action -> Text,
        target -> Text,
        detail -> Text,
    }
}

diesel::table! {
    console_sessions (token_hash) {
        token_hash -> Text,
        username -> Text,
        token_version -> BigInt,
        csrf_token -> Text,
        created_at -> Timestamp,
        expires_at -> Timestamp,
    }
}

diesel::table! {
    changeset_comments (id) {
        id -> BigInt,
        changeset_id -> BigInt,
        author -> Text,
        body -> Text,
        created_at -> Timestamp,
    }
}

diesel::joinable!(revisions -> documents (document_id));
diesel::joinable!(changeset_edits -> changesets (changeset_id));
diesel::joinable!(reviews -> changesets (changeset_id));
diesel::joinable!(changeset_collaborators -> changesets (changeset_id));
diesel::joinable!(release_entries -> releases (release_id));
diesel::joinable!(release_entries -> documents (document_id));

diesel::allow_tables_to_appear_in_same_query!(
    documents,
    revisions,
    releases,
    release_entries,
    write_lock,
    users,
    changesets,
    changeset_collaborators,
    changeset_edits,
    reviews,
    audit_log,
    console_sessions,
    changeset_comments
);
