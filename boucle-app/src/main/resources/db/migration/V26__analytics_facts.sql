-- Analytics keeps its own facts, written by its listeners from hiring's events, so a report
-- reads one module's tables and the board's write path pays nothing for it.

-- One row per application: the cuts a report filters by, copied once from hiring's read API
-- when the application first appears, and where it stands now.
create table analytics_applications (
    application_id bigint primary key,
    job_id         bigint      not null,
    track          text,
    office         text,
    level          text,
    source         text,
    applied_at     timestamptz,
    stage          text,
    status         text,
    closed_at      timestamptz,
    enriched       boolean     not null default false
);
create index analytics_applications_applied on analytics_applications (applied_at);
create index analytics_applications_job on analytics_applications (job_id, applied_at);
create index analytics_applications_cuts on analytics_applications (track, office, level);
create index analytics_applications_open on analytics_applications (status, applied_at);

-- Every move as it was published. Listeners may run in any order and more than once, so the
-- move is recorded under its natural key and the stage visits are rebuilt from all of them.
create table analytics_moves (
    application_id bigint      not null,
    at             timestamptz not null,
    to_stage       text        not null,
    to_status      text        not null,
    primary key (application_id, at, to_stage, to_status)
);

-- One visit of an application to a stage: when it entered, when it left and how (ADVANCED to
-- the next stage, REJECTED, WITHDRAWN or HIRED); left_at is null while it is still there.
create table analytics_stage_visits (
    application_id bigint      not null,
    stage          text        not null,
    entered_at     timestamptz not null,
    left_at        timestamptz,
    outcome        text,
    primary key (application_id, stage, entered_at)
);
create index analytics_stage_visits_stage on analytics_stage_visits (stage, application_id);

-- One row per offer extended to a candidate, from offers' events: when it went out, and when
-- and how it was answered (ACCEPTED, DECLINED, EXPIRED). Each event fills its own columns, so
-- the order they arrive in does not matter.
create table analytics_offers (
    offer_id       bigint primary key,
    application_id bigint      not null,
    extended_at    timestamptz,
    answered_at    timestamptz,
    outcome        text
);
create index analytics_offers_application on analytics_offers (application_id);
