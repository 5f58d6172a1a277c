-- Webhooks: endpoints admins subscribe, the outbox of deliveries (one row per event and endpoint,
-- written in the event's own transaction) and the log of every attempt.
create table webhook_endpoints (
    id              bigserial primary key,
    url             text not null,
    description     text not null default '',
    events          text[] not null,
    active          boolean not null default true,
    -- The signing secret itself (whsec_...): HMAC needs the key, so a hash cannot stand in for it.
    secret          text not null,
    -- The secret before the last rotation, still signing alongside until previous_until.
    previous_secret text,
    previous_until  timestamptz,
    created_by      bigint,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now()
);

create table webhook_deliveries (
    id               bigserial primary key,
    endpoint_id      bigint not null references webhook_endpoints (id) on delete cascade,
    msg_id           text not null,
    event_type       text not null,
    -- The exact body sent (and signed) at every attempt and replay.
    payload          text not null,
    candidate_id     bigint,
    application_id   bigint,
    replay_of        bigint references webhook_deliveries (id) on delete set null,
    status           text not null default 'PENDING' check (status in ('PENDING', 'DELIVERED', 'FAILED', 'CANCELLED')),
    attempts         int not null default 0,
    last_code        int,
    last_error       text,
    latency_ms       int,
    next_attempt_at  timestamptz,
    created_at       timestamptz not null default now(),
    delivered_at     timestamptz
);
-- The worker's poll: due rows only.
create index webhook_deliveries_due on webhook_deliveries (next_attempt_at) where status = 'PENDING';
create index webhook_deliveries_endpoint on webhook_deliveries (endpoint_id, id desc);
-- Erasure cancels the pending deliveries about a candidate.
create index webhook_deliveries_application on webhook_deliveries (application_id) where status = 'PENDING';
create index webhook_deliveries_candidate on webhook_deliveries (candidate_id) where status = 'PENDING';

create table webhook_attempts (
    id           bigserial primary key,
    delivery_id  bigint not null references webhook_deliveries (id) on delete cascade,
    attempted_at timestamptz not null default now(),
    status_code  int,
    error        text,
    latency_ms   int not null
);
create index webhook_attempts_delivery on webhook_attempts (delivery_id, id);
