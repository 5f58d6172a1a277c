-- Board counts without hot rows. The triggers of V3/V4 updated the (job, stage, status) counter
-- rows and jobs.board_version in place: every write of a job queued on the same rows, and two
-- moves in opposite directions locked them in opposite orders (deadlock detected). Now a change
-- only appends to job_stage_count_changes (+1 for where an application is, -1 for where it
-- was); nothing is updated in place, so concurrent writers never wait on each other. The board
-- reads the folded counts plus the changes not folded yet (job_board_counts), and a scheduled
-- job folds the changes into job_stage_counts, one node at a time (an advisory lock).

create table job_stage_count_changes (
    id     bigint generated always as identity primary key,
    job_id bigint   not null,
    stage  text     not null,
    status text     not null,
    delta  smallint not null check (delta in (-1, 1))
);
create index job_stage_count_changes_job on job_stage_count_changes (job_id);

-- How many changes each counter row has absorbed: with the changes not folded yet, the number
-- of changes ever made to a job's board, which only grows (the board's cache key and ETag).
alter table job_stage_counts add column folded bigint not null default 0;

create or replace function job_stage_counts_follow() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        insert into job_stage_count_changes (job_id, stage, status, delta) values (old.job_id, old.stage, old.status, -1);
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        insert into job_stage_count_changes (job_id, stage, status, delta) values (new.job_id, new.stage, new.status, 1);
    end if;
    return null;
end $$;

-- The board's counts, exact at the snapshot of the statement that reads them (one statement
-- reads both tables, so a fold that commits meanwhile is seen whole or not at all).
create view job_board_counts as
select job_id, stage, status, sum(n)::bigint as n, sum(changes)::bigint as changes
from (select job_id, stage, status, n, folded as changes from job_stage_counts
      union all
      select job_id, stage, status, delta, 1 from job_stage_count_changes) c
group by job_id, stage, status;

-- Folds the oldest changes (at most batch) into job_stage_counts; returns how many it folded.
-- Only one caller at a time folds (the others return 0 at once), so counter rows are only ever
-- updated by one transaction; a change is deleted and counted in the same transaction.
create function job_stage_counts_fold(batch int) returns bigint language plpgsql as $$
declare
    taken bigint;
begin
    if not pg_try_advisory_xact_lock(hashtext('job_stage_counts_fold')) then
        return 0;
    end if;
    -- Data-modifying parts of a WITH run once each, whether or not the final select reads them.
    with gone as (
        delete from job_stage_count_changes
        where id in (select id from job_stage_count_changes order by id limit batch)
        returning job_id, stage, status, delta),
    counted as (
        insert into job_stage_counts (job_id, stage, status, n, folded)
        select job_id, stage, status, sum(delta), count(*) from gone group by job_id, stage, status
        on conflict (job_id, stage, status) do update
            set n = job_stage_counts.n + excluded.n, folded = job_stage_counts.folded + excluded.folded
        returning 1)
    select count(*) into taken from gone;
    return taken;
end $$;

-- Nothing bumps it any more; the board's key is the count of changes above.
alter table jobs drop column board_version;
