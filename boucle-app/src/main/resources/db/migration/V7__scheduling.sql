-- Scheduling: interviewer profiles, their busy times (calendar upload, feed, manual blocks),
-- the candidate's availability per application, solver runs with their best plan, what each
-- round's invitation last said, and an optional attachment on queued e-mails (.ics invitations).

create table interviewer_profiles (
    user_id         bigint      primary key references users (id),
    office          text,                                  -- an office key of the process file, or null
    zone            text        not null,                  -- IANA zone, e.g. Europe/Paris
    languages       text[]      not null,                  -- interview languages: en, fr
    round_types     text[]      not null,                  -- round type keys this person can run
    work_start      time        not null,
    work_end        time        not null,
    max_per_week    int         not null,
    trainee         boolean     not null default false,    -- shadows rounds, never leads one
    feed_url        text,                                  -- a secret-bearing URL: never logged
    feed_checked_at timestamptz,
    feed_error      text,
    updated_by      bigint      references users (id),
    updated_at      timestamptz not null default now()
);

-- Times a person cannot interview, in UTC. Only the interval and its source are kept: an
-- event's title or attendees are someone else's business.
create table busy_times (
    id        bigint generated always as identity primary key,
    user_id   bigint      not null references users (id),
    starts_at timestamptz not null,
    ends_at   timestamptz not null,
    source    text        not null,                        -- UPLOAD, FEED, MANUAL, DECLINE
    check (ends_at > starts_at)
);
create index busy_times_user on busy_times (user_id, starts_at);

create table candidate_availability (
    id             bigint generated always as identity primary key,
    application_id bigint      not null references applications (id),
    starts_at      timestamptz not null,
    ends_at        timestamptz not null,
    zone           text        not null,                   -- the zone the recruiter entered it in
    check (ends_at > starts_at)
);
create index candidate_availability_application on candidate_availability (application_id);

-- One solver run per row; its best plan so far is written as it improves.
create table schedules (
    id             bigint generated always as identity primary key,
    application_id bigint      not null references applications (id),
    stage          text        not null,
    status         text        not null,                   -- RUNNING, DONE, FAILED, PUBLISHED
    pins           jsonb       not null default '[]',
    plan           jsonb,
    placed         int         not null default 0,
    total          int         not null default 0,
    error          text,
    requested_by   bigint      not null references users (id),
    created_at     timestamptz not null default now(),
    finished_at    timestamptz,
    published_by   bigint      references users (id),
    published_at   timestamptz
);
create index schedules_application on schedules (application_id, id desc);
-- One solve per application at a time, whichever host runs it.
create unique index schedules_one_running on schedules (application_id) where status = 'RUNNING';

-- What the last invitation of a round said: its stable UID, its SEQUENCE and who and when.
create table invitations (
    round_id       bigint      primary key references rounds (id),
    application_id bigint      not null references applications (id),
    uid            text        not null unique,
    sequence       int         not null,
    interviewer_id bigint      references users (id),
    shadow_id      bigint      references users (id),
    starts_at      timestamptz,
    minutes        int         not null,
    published_by   bigint      not null references users (id),
    updated_at     timestamptz not null default now()
);
create index invitations_interviewer on invitations (interviewer_id, starts_at);
create index invitations_shadow on invitations (shadow_id, starts_at);

create table declines (
    id         bigint generated always as identity primary key,
    round_id   bigint      references rounds (id),
    user_id    bigint      not null references users (id),
    starts_at  timestamptz not null,
    ends_at    timestamptz not null,
    reason     text,
    moved      int         not null,
    decided_by bigint      not null references users (id),
    created_at timestamptz not null default now()
);

alter table mail_outbox add column attachment_name text;
alter table mail_outbox add column attachment_type text;
alter table mail_outbox add column attachment bytea;
