-- A version per job's board, bumped by the same triggers that keep the counts: the board can be
-- cached and served again until anything on it changes, on every host that shares the database.

alter table jobs add column board_version bigint not null default 0;

create or replace function job_stage_counts_follow() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        update job_stage_counts set n = n - 1
        where job_id = old.job_id and stage = old.stage and status = old.status;
        update jobs set board_version = board_version + 1 where id = old.job_id;
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        insert into job_stage_counts (job_id, stage, status, n) values (new.job_id, new.stage, new.status, 1)
        on conflict (job_id, stage, status) do update set n = job_stage_counts.n + 1;
        if tg_op = 'INSERT' or new.job_id is distinct from old.job_id then
            update jobs set board_version = board_version + 1 where id = new.job_id;
        end if;
    end if;
    return null;
end $$;
