-- Counts per job, stage and status, kept by triggers in the transaction that moves an
-- application: the pipeline board reads a handful of rows instead of counting a large job's
-- applications on every request.

create table job_stage_counts (
    job_id bigint not null references jobs (id),
    stage  text   not null,
    status text   not null,
    n      bigint not null,
    primary key (job_id, stage, status)
);

insert into job_stage_counts (job_id, stage, status, n)
select job_id, stage, status, count(*) from applications group by job_id, stage, status;

create function job_stage_counts_follow() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        update job_stage_counts set n = n - 1
        where job_id = old.job_id and stage = old.stage and status = old.status;
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        insert into job_stage_counts (job_id, stage, status, n) values (new.job_id, new.stage, new.status, 1)
        on conflict (job_id, stage, status) do update set n = job_stage_counts.n + 1;
    end if;
    return null;
end $$;

create trigger applications_counted_on_insert_delete after insert or delete on applications
    for each row execute function job_stage_counts_follow();
create trigger applications_counted_on_move after update of job_id, stage, status on applications
    for each row when (old.job_id is distinct from new.job_id or old.stage is distinct from new.stage
                       or old.status is distinct from new.status)
    execute function job_stage_counts_follow();
