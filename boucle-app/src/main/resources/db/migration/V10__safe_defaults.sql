-- Safe defaults (issue 11). Demo accounts are marked, so that their passwords can be renewed at
-- every demo start and cleared when demo mode is off; the bootstrap token is marked, so that it
-- can be replaced or revoked when BOUCLE_ADMIN_TOKEN changes; failed sign-ins are kept briefly,
-- so that guessing is throttled per account and per address on every node.

alter table users add column demo boolean not null default false;
update users set demo = true where email like '%@boucle.test';

alter table api_tokens add column bootstrap boolean not null default false;
update api_tokens set bootstrap = true where label = 'BOUCLE_ADMIN_TOKEN';
create index api_tokens_user on api_tokens (user_id);

create table sign_in_failures (
    id      bigint generated always as identity primary key,
    email   text        not null,  -- as typed, lower-cased; the account may not exist
    address text        not null,  -- the client's address as the server sees it
    at      timestamptz not null default now()
);
create index sign_in_failures_email on sign_in_failures (email, at);
create index sign_in_failures_address on sign_in_failures (address, at);
