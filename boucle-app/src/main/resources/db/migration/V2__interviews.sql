-- Interviews: the plan of each round (panel, time, mode, language, AI policy, question), the
-- question bank with its versions, scorecards (every version kept), stage closures, committee
-- votes and decisions, scorecard reminders, and the outbox of e-mails.

create table questions (
    id         text        not null,
    version    int         not null,
    round_type text        not null,
    body       jsonb       not null,                 -- title, prompt, guide, follow-ups, signals, tags, both languages
    retired    boolean     not null default false,
    created_by bigint      references users (id),
    created_at timestamptz not null default now(),
    primary key (id, version)
);
create index questions_round_type on questions (round_type, id, version desc);

create table interviews (
    round_id         bigint      primary key references rounds (id),
    application_id   bigint      not null references applications (id),
    starts_at        timestamptz,
    minutes          int         not null,
    mode             text        not null default 'VIRTUAL',
    language         text        not null default 'en',
    ai_policy        text        not null,
    question_id      text,
    question_version int,
    updated_by       bigint      references users (id),
    updated_at       timestamptz not null default now(),
    foreign key (question_id, question_version) references questions (id, version)
);
create index interviews_application on interviews (application_id);
create index interviews_question on interviews (question_id);
create index interviews_due on interviews (starts_at) where starts_at is not null;

-- The panel of a round (owned by hiring: it decides who may see the candidate). The lead is
-- also kept in rounds.interviewer_id for display.
create table round_panel (
    round_id bigint not null references rounds (id),
    user_id  bigint not null references users (id),
    primary key (round_id, user_id)
);
create index round_panel_user on round_panel (user_id, round_id);
insert into round_panel (round_id, user_id) select id, interviewer_id from rounds where interviewer_id is not null;

create table interview_notes (
    round_id   bigint      not null references interviews (round_id),
    user_id    bigint      not null references users (id),
    text       text        not null,
    updated_at timestamptz not null,
    primary key (round_id, user_id)
);

create table scorecards (
    id               bigint generated always as identity primary key,
    round_id         bigint      not null references interviews (round_id),
    application_id   bigint      not null references applications (id),
    interviewer_id   bigint      not null references users (id),
    version          int         not null,
    ratings          jsonb       not null,          -- {competency: 1..4}
    evidence         jsonb       not null,          -- {competency: text}
    recommendation   text        not null,          -- STRONG_NO, NO, YES, STRONG_YES
    summary          text,
    ai_policy        text        not null,          -- the round's policy when it was scored
    question_id      text,
    question_version int,
    submitted_at     timestamptz not null,
    unique (round_id, interviewer_id, version)
);
create index scorecards_application on scorecards (application_id, round_id);
create index scorecards_interviewer on scorecards (interviewer_id);

create table stage_closures (
    application_id bigint      not null references applications (id),
    stage          text        not null,
    closed_by      bigint      not null references users (id),
    closed_at      timestamptz not null,
    reason         text        not null,
    primary key (application_id, stage)
);

create table committee_votes (
    id             bigint generated always as identity primary key,
    application_id bigint      not null references applications (id),
    voter_id       bigint      not null references users (id),
    vote           text        not null,            -- HIRE, NO_HIRE, MORE_DATA
    rationale      text        not null,
    cast_at        timestamptz not null
);
create index committee_votes_application on committee_votes (application_id, voter_id, id);

create table decisions (
    id             bigint generated always as identity primary key,
    application_id bigint      not null references applications (id),
    decision       text        not null,            -- HIRE, NO_HIRE, MORE_DATA
    level          text,
    rationale      text        not null,
    decided_by     bigint      not null references users (id),
    decided_at     timestamptz not null,
    added_rounds   text[]
);
create index decisions_application on decisions (application_id, id);

create table scorecard_reminders (
    round_id bigint      not null references interviews (round_id),
    user_id  bigint      not null references users (id),
    sent_at  timestamptz not null,
    primary key (round_id, user_id)
);

-- E-mails are written here in the transaction that causes them and sent by a worker, so a
-- crash or an SMTP outage delays a message instead of losing it.
create table mail_outbox (
    id          bigint generated always as identity primary key,
    to_address  text        not null,
    subject     text        not null,
    body        text        not null,
    created_at  timestamptz not null default now(),
    attempts    int         not null default 0,
    next_try_at timestamptz not null default now(),
    sent_at     timestamptz,
    last_error  text
);
create index mail_outbox_pending on mail_outbox (next_try_at) where sent_at is null;
