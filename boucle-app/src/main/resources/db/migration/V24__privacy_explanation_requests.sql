-- A candidate's request for an explanation of a decision that computed results took part in
-- (AI Act Art. 86, GDPR Art. 22(3)), asked by them from their portal or by staff on their behalf,
-- due within a month (GDPR Art. 12(3)), and its answer. Free text of and about the candidate:
-- deleted when they are erased. No foreign key to the application or candidate, so that the
-- order in which modules erase their rows does not matter.
create table explanation_requests (
    id             bigint generated always as identity primary key,
    application_id bigint      not null,
    candidate_id   bigint      not null,
    question       text        not null,
    asked_at       timestamptz not null,
    due_at         timestamptz not null,
    asked_via      text        not null check (asked_via in ('STAFF', 'PORTAL')),
    asked_by       bigint      references users (id),  -- null: the candidate themselves
    answered_at    timestamptz,
    answer         text,
    answered_by    bigint      references users (id)
);
create index explanation_requests_open on explanation_requests (due_at) where answered_at is null;
create index explanation_requests_application on explanation_requests (application_id);
create index explanation_requests_candidate on explanation_requests (candidate_id);
