-- Plans offered to a candidate in their portal: each a whole stage (every round, its lead and
-- start), computed from live calendars, bookable for a short while. Booking re-checks the plan
-- against the calendars under one lock, so a plan whose slot was taken meanwhile is refused.
-- While fresh, an offer's slots are held: other candidates are offered other people or times.
create table offered_plans (
    id             text        primary key,          -- random, unguessable: the planId of the portal's API
    application_id bigint      not null references applications (id),
    stage          text        not null,
    plan           jsonb       not null,             -- the ProposedPlan: slots (round, lead, shadow, start, end)
    created_at     timestamptz not null default now(),
    expires_at     timestamptz not null,
    booked_at      timestamptz
);
create index offered_plans_application on offered_plans (application_id, created_at);
-- Live offers hold their slots for a few minutes against other candidates' offers (not bookings).
create index offered_plans_live on offered_plans (created_at) where booked_at is null;
