-- The candidate's portal: sign-in links (only a hash of each is kept), the key that signs them,
-- the candidate's language and zone, and the preparation guides as admins replaced them.

create table portal_links (
    id             bigint generated always as identity primary key,
    candidate_id   bigint      not null references candidates (id),
    application_id bigint      references applications (id),  -- the application it was sent for
    token_hash     bytea       not null unique,               -- SHA-256 of the link's secret
    created_by     bigint      references users (id),         -- null: re-sent at the candidate's request
    created_at     timestamptz not null default now(),
    expires_at     timestamptz not null,
    revoked_at     timestamptz,
    revoked_by     bigint      references users (id),
    last_used_at   timestamptz
);
create index portal_links_candidate on portal_links (candidate_id, created_at);

-- One HMAC key per deployment, made on first use and shared by every node.
create table portal_keys (
    id     int   primary key check (id = 1),
    secret bytea not null
);

create table portal_preferences (
    candidate_id bigint      primary key references candidates (id),
    locale       text        not null default 'en',
    zone         text,
    updated_at   timestamptz not null default now()
);

create table portal_guide_versions (
    version   int generated always as identity primary key,
    yaml      text        not null,
    loaded_by bigint      not null references users (id),
    loaded_at timestamptz not null default now()
);
