-- The log of computed results (EU AI Act Art. 12 and 26(6): kept at least six months): each
-- verdict of the judge, calibrated scores as a review packet showed them, and each plan the
-- scheduler suggested, with the engine's build, the inputs (ids, versions, settings and hashes,
-- never a name, an address or free text) and the output. candidate_id and application_id carry
-- no foreign key on purpose: erasure nulls them and the record stays, without the person.
create table computations (
    id             bigint generated always as identity primary key,
    at             timestamptz not null default now(),
    kind           text        not null check (kind in ('JUDGE_VERDICT', 'CALIBRATED_SCORE', 'SCHEDULE_SUGGESTION')),
    engine         text        not null,
    engine_version text        not null,
    candidate_id   bigint,
    application_id bigint,
    subject        bigint,                 -- the submission, application or schedule; null once erased
    inputs         jsonb       not null,   -- {refs: {ids that lead back to the person}, ...the rest}
    output         jsonb       not null,
    input_hash     text,                   -- calibration: one record per application per distinct inputs
    keep_until     timestamptz not null
);
create index computations_application on computations (application_id, id) where application_id is not null;
create index computations_candidate on computations (candidate_id) where candidate_id is not null;
create index computations_subject on computations (kind, subject, id);
create index computations_expiry on computations (keep_until);
create unique index computations_once on computations (kind, application_id, input_hash)
    where input_hash is not null and application_id is not null;

-- Human oversight of each computed result (AI Act Art. 14, 26(2)): who looked at it, whether they
-- followed it (null: the result recommends nothing to follow), and why, as a code or a short note.
create table oversight (
    id             bigint generated always as identity primary key,
    computation_id bigint      not null references computations (id) on delete cascade,
    reviewer_id    bigint      not null references users (id),
    followed       boolean,
    reason         text        not null check (reason in ('REVIEWED', 'DECISION_RECORDED')),
    note           text,                   -- staff's words: erased with the candidate
    at             timestamptz not null default now()
);
create index oversight_computation on oversight (computation_id, id);
