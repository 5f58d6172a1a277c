-- Erasure (GDPR Art. 17) and the legal holds that block it.

-- A legal hold keeps a candidate's data while a dispute or claim is open; erasure and retention
-- refuse while it stands. The reason is shown to the admins who would erase.
create table legal_holds (
    candidate_id bigint      primary key references candidates (id),
    reason       text        not null,
    placed_by    bigint      not null references users (id),
    placed_at    timestamptz not null default now()
);

-- Who was erased, when and under which rule: ids and codes only, so the ledger itself holds
-- nothing personal. It proves an erasure was done, and retention skips whoever it lists.
create table erasures (
    candidate_id bigint      primary key references candidates (id),
    erased_at    timestamptz not null,
    erased_by    bigint      references users (id),   -- null: a retention rule
    rule         text        not null                 -- REQUEST or a retention rule's code
);

-- Talent-pool consent lapses after the office's period; the candidate is asked to renew it
-- beforehand, once per period (the row says when they were asked, for the consent given at).
create table consent_renewals (
    candidate_id bigint      not null references candidates (id),
    consent_at   timestamptz not null,
    asked_at     timestamptz not null,
    primary key (candidate_id, consent_at)
);

-- The append-only tables allow an update during an erasure's transaction only: the privacy module
-- sets boucle.erasing locally, and the listeners blank free text there. Deletes stay refused.
create or replace function application_events_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and current_setting('boucle.erasing', true) = 'on' then
        return new;
    end if;
    raise exception 'application_events is append-only';
end $$;

create or replace function offers_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and current_setting('boucle.erasing', true) = 'on' then
        return new;
    end if;
    raise exception '% is append-only', tg_table_name;
end $$;
