-- The live pad: one shared document per coding round and everything that happened on it. The
-- server is the authority: a change is accepted only against the version it was made on, under
-- the document's row lock, and stored in the same transaction as the new text, so a restart or a
-- second node loses nothing that a client was told was accepted.

create table pad_documents (
    round_id   bigint      primary key,  -- the coding round (hiring's rounds; no foreign key across modules)
    language   text        not null,     -- the judge language the pad is in now
    text       text        not null,
    version    int         not null default 0,  -- accepted changes so far (the editor's collaboration version)
    seq        bigint      not null default 0,  -- events so far
    updated_at timestamptz not null default now()
);

-- Append-only: edits (with the change as the editor sent it, to replay), runs and verdicts,
-- language switches, the browser's paste and focus reports, assistant exchanges.
create table pad_events (
    round_id bigint      not null references pad_documents (round_id),
    seq      bigint      not null,
    at       timestamptz not null default now(),
    kind     text        not null,
    actor    text        not null check (actor in ('CANDIDATE', 'STAFF', 'SYSTEM')),
    user_id  bigint,                     -- the staff member, by id only; null for the candidate and the system
    version  int,                        -- for edits: the document version this change produced
    data     jsonb       not null default '{}',
    primary key (round_id, seq)
);
-- The editor's pull: the changes after a version, in order.
create unique index pad_events_edits on pad_events (round_id, version) where version is not null;
