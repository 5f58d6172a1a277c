-- Foundation: people, the process versions, jobs, candidates, applications, their rounds and
-- the append-only timeline of every application.

create table users (
    id            bigint generated always as identity primary key,
    email         text        not null unique,         -- stored lower-case
    name          text        not null,
    roles         text[]      not null,
    locale        text        not null default 'en',
    password_hash text,                                -- null: API-only user
    active        boolean     not null default true,
    created_at    timestamptz not null default now()
);

create table api_tokens (
    id           bigint generated always as identity primary key,
    user_id      bigint      not null references users (id),
    token_hash   text        not null unique,          -- SHA-256 of the token; the token is never stored
    label        text        not null,
    created_at   timestamptz not null default now(),
    revoked_at   timestamptz
);

create table process_versions (
    id          bigint generated always as identity primary key,
    source_name text        not null,
    yaml        text        not null,
    loaded_by   bigint      references users (id),
    loaded_at   timestamptz not null default now()
);

create table jobs (
    id                bigint generated always as identity primary key,
    title             text        not null,
    track             text        not null,
    level             text        not null,
    office            text        not null,
    hiring_manager_id bigint      references users (id),
    status            text        not null default 'OPEN',
    created_by        bigint      references users (id),
    created_at        timestamptz not null default now()
);
create index jobs_hiring_manager on jobs (hiring_manager_id);

create table candidates (
    id         bigint generated always as identity primary key,
    name       text        not null,
    email      text        not null,
    phone      text,
    location   text,
    source     text,
    created_by bigint      references users (id),
    created_at timestamptz not null default now()
);
create unique index candidates_email on candidates (lower(email));
create index candidates_name on candidates (lower(name) text_pattern_ops);

create table applications (
    id               bigint generated always as identity primary key,
    candidate_id     bigint      not null references candidates (id),
    job_id           bigint      not null references jobs (id),
    stage            text        not null,
    status           text        not null,
    applied_at       timestamptz not null,
    stage_entered_at timestamptz not null,
    closed_at        timestamptz,
    updated_at       timestamptz not null,
    unique (candidate_id, job_id)
);
-- The pipeline board: per job and stage, open applications, longest waiting first.
create index applications_board on applications (job_id, stage, stage_entered_at, id)
    where status in ('ACTIVE', 'ON_HOLD', 'HIRED');
create index applications_counts on applications (job_id, stage, status);

create table rounds (
    id             bigint generated always as identity primary key,
    application_id bigint      not null references applications (id),
    stage          text        not null,
    position       int         not null,
    round_type     text        not null,
    minutes        int         not null,
    ai_policy      text        not null,
    interviewer_id bigint      references users (id),
    status         text        not null default 'OPEN',   -- OPEN, DONE, WAIVED
    resolved_by    bigint      references users (id),
    resolved_at    timestamptz,
    note           text,
    unique (application_id, stage, position)
);
create index rounds_interviewer on rounds (interviewer_id, application_id);

create table application_events (
    id             bigint generated always as identity primary key,
    application_id bigint      not null references applications (id),
    type           text        not null,
    at             timestamptz not null,
    actor_id       bigint      references users (id),
    actor_name     text        not null,
    from_stage     text,
    to_stage       text,
    from_status    text,
    to_status      text,
    reason         text,
    round_id       bigint      references rounds (id)
);
create index application_events_timeline on application_events (application_id, id);

-- The timeline is append-only: history is never rewritten.
create function application_events_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'application_events is append-only';
end $$;
create trigger application_events_no_update before update on application_events
    for each row execute function application_events_append_only();
