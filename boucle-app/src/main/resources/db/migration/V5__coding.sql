-- Coding rounds: the candidate's pad (a secret link to one problem for one round) and the
-- submissions judged in the sandbox. The submissions table is also the judge's work queue:
-- workers claim rows with FOR UPDATE SKIP LOCKED and hold them under a lease they renew, so a
-- row whose worker died is claimed again when its lease runs out.

create table coding_pads (
    round_id   bigint      primary key references rounds (id),
    problem_id text        not null,
    token_hash bytea       not null unique,   -- SHA-256 of the link's secret; the secret is shown once
    ai_policy  text        not null,          -- the round's policy when the pad was opened, shown to the candidate
    language   text        not null,          -- the round's language, for the statement
    opened_by  bigint      not null references users (id),
    opened_at  timestamptz not null default now(),
    closed_at  timestamptz
);

create table submissions (
    id           bigint generated always as identity primary key,
    problem_id   text        not null,
    language     text        not null,
    source       text        not null,
    round_id     bigint      references rounds (id),
    submitted_by bigint      references users (id),  -- null: the candidate, through the round's pad
    status       text        not null default 'QUEUED' check (status in ('QUEUED', 'RUNNING', 'DONE')),
    attempts     int         not null default 0,
    worker       text,
    lease_until  timestamptz,
    verdict      text,
    result       jsonb,
    created_at   timestamptz not null default now(),
    started_at   timestamptz,
    finished_at  timestamptz
);
-- The queue: only unfinished rows, in arrival order.
create index submissions_waiting on submissions (id) where status <> 'DONE';
create index submissions_round on submissions (round_id, id) where round_id is not null;
create index submissions_author on submissions (submitted_by, id) where submitted_by is not null;
