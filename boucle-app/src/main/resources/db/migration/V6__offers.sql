-- Offers: the compensation bands file in force (versions kept, like the process), offers built on
-- applications at OFFER, the people who must approve them, their decisions and the offer's
-- append-only history.

create table comp_band_versions (
    id          bigint generated always as identity primary key,
    source_name text        not null,
    yaml        text        not null,
    loaded_by   bigint      not null references users (id),
    loaded_at   timestamptz not null default now()
);

create table offers (
    id                   bigint generated always as identity primary key,
    application_id       bigint        not null references applications (id),
    state                text          not null,
    office               text          not null,
    currency             text          not null,
    base                 numeric(14, 2) not null,
    bonus_target_percent numeric(5, 2)  not null,
    sign_on              numeric(14, 2) not null,
    relocation           numeric(14, 2) not null,
    equity_instrument    text,
    equity_units         bigint,
    equity_strike        numeric(14, 4),
    equity_valuation     numeric(14, 4),
    vesting_months       integer,
    cliff_months         integer,
    liquidity_note       text,
    start_date           date          not null,
    -- Why approval is needed (codes such as BASE_ABOVE_BAND), decided at submission.
    approval_reasons     text[]        not null default '{}',
    approval_mode        text,
    approvals_required   integer,
    -- Each submission for approval starts a new round of approvals; older ones stay on record.
    submission           integer       not null default 0,
    created_by           bigint        not null references users (id),
    created_at           timestamptz   not null,
    updated_at           timestamptz   not null
);
create index offers_application on offers (application_id);

-- Who must approve the current submission, in order: a named person, or anyone holding a role.
create table offer_approvers (
    offer_id   bigint  not null references offers (id),
    submission integer not null,
    position   integer not null,
    user_id    bigint  references users (id),
    role       text,
    primary key (offer_id, submission, position),
    check ((user_id is null) <> (role is null))
);

create table offer_approvals (
    id            bigint generated always as identity primary key,
    offer_id      bigint      not null references offers (id),
    submission    integer     not null,
    position      integer     not null,
    approver_id   bigint      not null references users (id),
    approver_name text        not null,
    decision      text        not null,
    reason        text,
    at            timestamptz not null,
    unique (offer_id, submission, position)
);

create table offer_events (
    id         bigint generated always as identity primary key,
    offer_id   bigint      not null references offers (id),
    type       text        not null,
    from_state text,
    to_state   text,
    actor_id   bigint      references users (id),
    actor_name text,
    reason     text,
    at         timestamptz not null
);
create index offer_events_history on offer_events (offer_id, id);

-- Decisions and history are never rewritten.
create function offers_append_only() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only', tg_table_name;
end $$;
create trigger offer_events_no_change before update or delete on offer_events
    for each row execute function offers_append_only();
create trigger offer_approvals_no_change before update or delete on offer_approvals
    for each row execute function offers_append_only();
