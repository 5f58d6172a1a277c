-- Issue 16: user administration and sign-in.

-- When a token last opened the API: written at most once a minute per token (ApiTokens).
alter table api_tokens add column last_used_at timestamptz;

-- When the user last signed in on a page (form or SSO), for the admin's list.
alter table users add column last_sign_in_at timestamptz;

-- Single-use links to choose a password: an invitation (7 days) or a reset (1 hour). Only
-- the SHA-256 of the link's secret is stored; a used or superseded link has used_at set.
create table password_links (
    id          bigint generated always as identity primary key,
    user_id     bigint      not null references users (id),
    token_hash  text        not null unique,
    purpose     text        not null check (purpose in ('INVITE', 'RESET')),
    created_at  timestamptz not null default now(),
    expires_at  timestamptz not null,
    used_at     timestamptz
);
create index password_links_user on password_links (user_id, created_at);

-- Every reset request, known e-mail or not, by the requester's IP: the limit per address holds
-- alike for both, so the answer tells nothing about which e-mails have accounts.
create table password_reset_requests (
    address text        not null,
    at      timestamptz not null default now()
);
create index password_reset_requests_address on password_reset_requests (address, at);
