-- On what basis each candidate's data is held, with the version of the notice they were shown
-- and when: legitimate interest while they apply (GDPR Art. 6(1)(f)), consent to the talent pool
-- (Art. 6(1)(a)), given and withdrawn. Append-only: the latest row per basis is in force.
create table lawful_bases (
    id             bigint generated always as identity primary key,
    candidate_id   bigint      not null references candidates (id),
    basis          text        not null check (basis in ('LEGITIMATE_INTEREST', 'TALENT_POOL_CONSENT')),
    given          boolean     not null,
    notice_version int         not null,
    at             timestamptz not null default now(),
    by_user        bigint      references users (id)   -- null: the candidate themselves
);
create index lawful_bases_candidate on lawful_bases (candidate_id, id);
