-- The audit log of staff access to candidate data. Requests append to audit_pending without any
-- lock (a read must stay cheap); a chainer moves pending rows, in order, into audit_log, where
-- each entry carries the SHA-256 of its own fields and of the entry before it, so an edited or
-- deleted entry breaks the chain at that point. Entries name people by id only and carry a reason
-- code, never free text, so that erasing a candidate leaves the chain whole.
create table audit_pending (
    id           bigint generated always as identity primary key,
    at           timestamptz not null,
    actor_id     bigint,                  -- the staff user; null: the candidate themselves, or Boucle
    action       text        not null,    -- READ, CHANGE, EXPORT, ...
    subject_type text        not null,    -- application, candidate, scorecard, offer, ...
    subject_id   bigint      not null,
    candidate_id bigint,
    reason       text        not null     -- a code, never free text
);

create table audit_log (
    seq          bigint      primary key,
    at           timestamptz not null,
    actor_id     bigint,
    action       text        not null,
    subject_type text        not null,
    subject_id   bigint      not null,
    candidate_id bigint,
    reason       text        not null,
    prev_hash    bytea       not null,
    hash         bytea       not null
);
create index audit_log_candidate on audit_log (candidate_id, seq) where candidate_id is not null;
create index audit_log_actor on audit_log (actor_id, seq) where actor_id is not null;

-- Append-only: history is never rewritten (verification catches whoever gets past this).
create function audit_log_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_log is append-only';
end $$;
create trigger audit_log_append_only before update or delete on audit_log
    for each row execute function audit_log_append_only();

-- The chain's head (its last seq and hash), kept apart from the entries: the chainer continues
-- from it, so a deleted last entry leaves a gap, and verification checks the log reaches it.
-- Admins can export it to keep a witness outside the database.
create table audit_head (
    id   int    primary key check (id = 1),
    seq  bigint not null,
    hash bytea  not null
);
