-- Boucle load benchmark: bulk seed, straight into the (embedded) PostgreSQL.
--
-- Fills one job ("the benchmark job") with 10,000 applications and more than 50,000 timeline
-- events, plus four other jobs with 1,500 applications each so that the job filter of every
-- query matters. Rows have exactly the shapes the API writes (see MovingApplications,
-- Rounds, Timeline): every application has the rounds of each stage it entered, taken from
-- the default process YAML; gated stages (PHONE_SCREEN, ONSITE_LOOP) were only left once every
-- round was DONE or WAIVED; each event's stage/status pair chains to the next one, and event
-- ids grow with time, as the timeline reads them in id order.
--
-- Deterministic: every "random" draw is a hash of (row number, salt), so two runs produce the
-- same rows whatever plan PostgreSQL picks. Timestamps are relative to now(): applications
-- were filed 1 to 120 days ago, so the board shows on-track, at-risk and overdue cards.
--
-- Run on an empty Boucle database (fresh data dir, app started once so Flyway and the
-- bootstrap admin exist):
--   psql -h localhost -p PORT -U postgres -d postgres -v ON_ERROR_STOP=1 -f bench/seed.sql
-- Prints the benchmark job id as "bench_job_id=N" and the row counts.
\set ON_ERROR_STOP on
\set QUIET on
begin;

do $$ begin
    if exists (select 1 from jobs where title like 'Benchmark %') then
        raise exception 'this database is already seeded for the benchmark';
    end if;
end $$;

-- A uniform draw in [0, 1) from (n, salt), independent of plan and row order.
create function pg_temp.rnd(n bigint, salt int) returns float8 language sql immutable
    as $$ select (hashint8(n * 7919 + salt)::float8 + 2147483648) / 4294967296 $$;

-- The rounds of each track, as ProcessParser reads them from processes/default.yaml
-- (a round's AI policy is its own, or its round type's default).
create temp table tpl (track text, stage_idx int, stage text, position int, round_type text, minutes int, ai_policy text);
insert into tpl values
 ('software-engineer', 0, 'RECRUITER_SCREEN', 1, 'RECRUITER_SCREEN', 30, 'UNAIDED'),
 ('software-engineer', 1, 'HIRING_MANAGER', 1, 'HIRING_MANAGER', 45, 'UNAIDED'),
 ('software-engineer', 2, 'PHONE_SCREEN', 1, 'ALGORITHMIC_CODING', 60, 'UNAIDED'),
 ('software-engineer', 3, 'ONSITE_LOOP', 1, 'ALGORITHMIC_CODING', 60, 'CALIBRATED'),
 ('software-engineer', 3, 'ONSITE_LOOP', 2, 'SYSTEMS_CODING', 60, 'CALIBRATED'),
 ('software-engineer', 3, 'ONSITE_LOOP', 3, 'SYSTEM_DESIGN', 60, 'CALIBRATED'),
 ('software-engineer', 3, 'ONSITE_LOOP', 4, 'AI_SYSTEM_DESIGN', 60, 'CALIBRATED'),
 ('software-engineer', 3, 'ONSITE_LOOP', 5, 'BEHAVIORAL', 45, 'UNAIDED'),
 ('research-scientist', 0, 'RECRUITER_SCREEN', 1, 'RECRUITER_SCREEN', 30, 'UNAIDED'),
 ('research-scientist', 1, 'HIRING_MANAGER', 1, 'HIRING_MANAGER', 45, 'UNAIDED'),
 ('research-scientist', 2, 'PHONE_SCREEN', 1, 'ML_CODING', 60, 'UNAIDED'),
 ('research-scientist', 2, 'PHONE_SCREEN', 2, 'MATH_FUNDAMENTALS', 45, 'UNAIDED'),
 ('research-scientist', 3, 'ONSITE_LOOP', 1, 'PAPER_DISCUSSION', 60, 'UNAIDED'),
 ('research-scientist', 3, 'ONSITE_LOOP', 2, 'ML_CODING', 60, 'UNAIDED'),
 ('research-scientist', 3, 'ONSITE_LOOP', 3, 'MATH_FUNDAMENTALS', 60, 'UNAIDED'),
 ('research-scientist', 3, 'ONSITE_LOOP', 4, 'RESEARCH_FRAMING', 60, 'UNAIDED'),
 ('research-scientist', 3, 'ONSITE_LOOP', 5, 'AI_SYSTEM_DESIGN', 60, 'CALIBRATED'),
 ('research-scientist', 3, 'ONSITE_LOOP', 6, 'BEHAVIORAL', 45, 'UNAIDED'),
 ('research-engineer', 0, 'RECRUITER_SCREEN', 1, 'RECRUITER_SCREEN', 30, 'UNAIDED'),
 ('research-engineer', 1, 'HIRING_MANAGER', 1, 'HIRING_MANAGER', 45, 'UNAIDED'),
 ('research-engineer', 2, 'PHONE_SCREEN', 1, 'ML_CODING', 60, 'UNAIDED'),
 ('research-engineer', 2, 'PHONE_SCREEN', 2, 'ALGORITHMIC_CODING', 45, 'UNAIDED'),
 ('research-engineer', 3, 'ONSITE_LOOP', 1, 'ML_CODING', 60, 'UNAIDED'),
 ('research-engineer', 3, 'ONSITE_LOOP', 2, 'SYSTEMS_CODING', 60, 'CALIBRATED'),
 ('research-engineer', 3, 'ONSITE_LOOP', 3, 'AI_SYSTEM_DESIGN', 60, 'CALIBRATED'),
 ('research-engineer', 3, 'ONSITE_LOOP', 4, 'PAPER_DISCUSSION', 45, 'UNAIDED'),
 ('research-engineer', 3, 'ONSITE_LOOP', 5, 'BEHAVIORAL', 45, 'UNAIDED'),
 ('solutions-engineer', 0, 'RECRUITER_SCREEN', 1, 'RECRUITER_SCREEN', 30, 'UNAIDED'),
 ('solutions-engineer', 1, 'HIRING_MANAGER', 1, 'HIRING_MANAGER', 45, 'UNAIDED'),
 ('solutions-engineer', 2, 'PHONE_SCREEN', 1, 'INTEGRATION_DESIGN', 60, 'CALIBRATED'),
 ('solutions-engineer', 3, 'ONSITE_LOOP', 1, 'INTEGRATION_DESIGN', 60, 'CALIBRATED'),
 ('solutions-engineer', 3, 'ONSITE_LOOP', 2, 'APPLIED_DESIGN', 60, 'CALIBRATED'),
 ('solutions-engineer', 3, 'ONSITE_LOOP', 3, 'AI_SYSTEM_DESIGN', 60, 'CALIBRATED'),
 ('solutions-engineer', 3, 'ONSITE_LOOP', 4, 'ALGORITHMIC_CODING', 45, 'CALIBRATED'),
 ('solutions-engineer', 3, 'ONSITE_LOOP', 5, 'BEHAVIORAL', 45, 'UNAIDED');

create temp table stage_names (idx int primary key, stage text);
insert into stage_names values (0, 'RECRUITER_SCREEN'), (1, 'HIRING_MANAGER'), (2, 'PHONE_SCREEN'),
    (3, 'ONSITE_LOOP'), (4, 'FINAL_REVIEW'), (5, 'OFFER');

-- Staff: API-only users (no password), as UsersApi would create them.
insert into users (email, name, roles, locale, created_at) values
 ('recruiter1@bench.boucle.test', 'Camille Laurent', '{RECRUITER}', 'fr', now() - interval '200 days'),
 ('recruiter2@bench.boucle.test', 'Oliver Hughes', '{RECRUITER}', 'en', now() - interval '200 days'),
 ('recruiter3@bench.boucle.test', 'Inès Haddad', '{RECRUITER}', 'fr', now() - interval '200 days'),
 ('manager1@bench.boucle.test', 'Sofia Rossi', '{HIRING_MANAGER}', 'en', now() - interval '200 days'),
 ('manager2@bench.boucle.test', 'Hugo Bernard', '{HIRING_MANAGER}', 'fr', now() - interval '200 days'),
 ('manager3@bench.boucle.test', 'Priya Patel', '{HIRING_MANAGER,INTERVIEWER}', 'en', now() - interval '200 days'),
 ('manager4@bench.boucle.test', 'Jonas Lindqvist', '{HIRING_MANAGER}', 'en', now() - interval '200 days'),
 ('manager5@bench.boucle.test', 'Léa Dubois', '{HIRING_MANAGER}', 'fr', now() - interval '200 days'),
 ('interviewer1@bench.boucle.test', 'Wei Chen', '{INTERVIEWER}', 'en', now() - interval '200 days'),
 ('interviewer2@bench.boucle.test', 'Manon Petit', '{INTERVIEWER}', 'fr', now() - interval '200 days'),
 ('interviewer3@bench.boucle.test', 'Arjun Nair', '{INTERVIEWER}', 'en', now() - interval '200 days'),
 ('interviewer4@bench.boucle.test', 'Elena Novak', '{INTERVIEWER}', 'en', now() - interval '200 days'),
 ('interviewer5@bench.boucle.test', 'Mathis Moreau', '{INTERVIEWER}', 'fr', now() - interval '200 days'),
 ('interviewer6@bench.boucle.test', 'Fatou Diallo', '{INTERVIEWER}', 'fr', now() - interval '200 days'),
 ('interviewer7@bench.boucle.test', 'George Taylor', '{INTERVIEWER}', 'en', now() - interval '200 days'),
 ('interviewer8@bench.boucle.test', 'Aylin Kaya', '{INTERVIEWER}', 'en', now() - interval '200 days');

create temp table staff as
select id, name, split_part(email, '@', 1) as handle,
       regexp_replace(split_part(email, '@', 1), '[0-9]+$', '') as kind,
       regexp_replace(split_part(email, '@', 1), '^[a-z]+', '')::int - 1 as k
from users where email like '%@bench.boucle.test';
create unique index on staff (kind, k);

-- Jobs: the benchmark job first, then four others on other tracks and offices.
create temp table bjobs (seq int, id bigint, track text, n_apps int, cand_step int, cand_offset int, manager int);
insert into bjobs
select seq, (select coalesce(max(id), 0) from jobs) + seq, track, n_apps, cand_step, cand_offset, manager
from (values (1, 'software-engineer', 10000, 1, 0, 0),
             (2, 'research-scientist', 1500, 7, 2500, 1),
             (3, 'research-engineer', 1500, 7, 5000, 2),
             (4, 'solutions-engineer', 1500, 7, 7500, 3),
             (5, 'software-engineer', 1500, 7, 9000, 4)) v(seq, track, n_apps, cand_step, cand_offset, manager);
insert into jobs (id, title, track, level, office, hiring_manager_id, status, created_by, created_at)
overriding system value
select j.id, v.title, j.track, v.level, v.office, m.id, 'OPEN', 1, now() - interval '150 days'
from bjobs j
join (values (1, 'Benchmark Senior Software Engineer, Platform API', 'L5', 'paris'),
             (2, 'Benchmark Research Scientist, Pre-training', 'L6', 'paris'),
             (3, 'Benchmark Research Engineer, Inference', 'L5', 'london'),
             (4, 'Benchmark Solutions Engineer, Public Sector', 'L4', 'paris'),
             (5, 'Benchmark Software Engineer, Developer Tools', 'L4', 'new-york')) v(seq, title, level, office)
  on v.seq = j.seq
join staff m on m.kind = 'manager' and m.k = j.manager;

-- 12,000 candidates: the benchmark job takes the first 10,000, the other jobs overlap with them.
create temp table first_names (i int, v text);
insert into first_names select ordinality - 1, v from unnest(array['Camille','Léa','Hugo','Inès','Lucas','Chloé','Mathis',
  'Manon','Yanis','Sarah','Olivia','Oliver','Amelia','George','Isla','Harry','Priya','Arjun','Wei','Mei','Sofia','Mateo',
  'Emma','Noah','Ava','Liam','Fatou','Moussa','Zoé','Théo','Aylin','Jonas','Elena','Marco','Nadia','Karim','Julia','Tomás',
  'Hana','Kenji','Aisha','Omar','Lena','Felix','Maya','Ravi','Anna','Pablo']) with ordinality as t(v, ordinality);
create temp table last_names (i int, v text);
insert into last_names select ordinality - 1, v from unnest(array['Martin','Bernard','Dubois','Thomas','Robert','Richard',
  'Petit','Durand','Leroy','Moreau','Smith','Jones','Taylor','Brown','Williams','Wilson','Patel','Nguyen','Garcia','Rossi',
  'Müller','Kowalski','Diallo','Haddad','Chen','Okafor','Novak','Lindqvist','Silva','Kaya','Schmidt','Fernández','Yamamoto',
  'Kim','Ivanova','Costa','O''Brien','Jensen','Dupont','Lefebvre','Mercier','Fontaine','Gauthier','Rousseau','Blanc',
  'Girard','Andersen','Horvat','Popescu','Santos','Ali','Singh','Hoffmann']) with ordinality as t(v, ordinality);

create temp table bcands (n int primary key, id bigint, name text, email text);
insert into bcands
select n, (select coalesce(max(id), 0) from candidates) + n, f.v || ' ' || l.v,
       lower(translate(f.v || '.' || replace(l.v, '''', ''), 'éèëïöüáíóúçÉ', 'eeeiouaioucE')) || '.' || n || '@bench.example.org'
from generate_series(1, 12000) n
join first_names f on f.i = n % 48
join last_names l on l.i = (n / 48 + n * 7) % 53;
insert into candidates (id, name, email, phone, location, source, created_by, created_at)
overriding system value
select id, name, email,
       case when pg_temp.rnd(n, 1) < 0.6 then '+33 6 ' || lpad((n * 7919 % 100000000)::text, 8, '0') end,
       (array['Paris','Lyon','London','Berlin','Amsterdam','Barcelona','Lisbon','Remote'])[1 + n % 8],
       (array['referral','linkedin','careers-page','agency','conference','github'])[1 + (n * 13) % 6],
       (select id from staff where kind = 'recruiter' and k = n % 3),
       now() - interval '130 days' + (n % 120) * interval '1 day'
from bcands;

-- The plan of every application: where it stands and when it entered each stage.
create temp table plan as
with base as (
    select row_number() over (order by j.seq, g.i) as n, j.seq as job_seq, j.id as job_id, j.track, j.manager,
           (select id from bcands where bcands.n = 1 + (j.cand_offset + g.i * j.cand_step - 1) % 12000) as candidate_id
    from bjobs j cross join lateral generate_series(1, j.n_apps) g(i)
), drawn as (
    select b.*, pg_temp.rnd(n, 2) as u_stage, pg_temp.rnd(n, 3) as u_status, pg_temp.rnd(n, 4) as u_age,
           pg_temp.rnd(n, 5) as u_close, pg_temp.rnd(n, 6) as u_hold
    from base b
), staged as (
    select d.*,
           -- a funnel, but every column of the board well filled
           case when u_stage < 0.24 then 0 when u_stage < 0.40 then 1 when u_stage < 0.56 then 2
                when u_stage < 0.80 then 3 when u_stage < 0.91 then 4 else 5 end as stage_idx
    from drawn d
)
select s.*,
       (select stage from stage_names where idx = s.stage_idx) as stage,
       case when u_status < 0.12 then 'REJECTED' when u_status < 0.16 then 'WITHDRAWN'
            when u_status < 0.22 then 'ON_HOLD'
            when s.stage_idx = 5 and u_status > 0.85 then 'HIRED' else 'ACTIVE' end as status,
       now() - (1 + u_age * 119) * interval '1 day' as applied_at
from staged s;
alter table plan add column id bigint, add column t timestamptz[], add column closed_at timestamptz,
    add column hold_at timestamptz, add column resume_at timestamptz;
-- t[k + 1] = when stage k was entered; the current stage's share of the time is the last one.
update plan set id = (select coalesce(max(id), 0) from applications) + n,
    t = array(select applied_at + (now() - applied_at) * (k::float8 / (stage_idx + 1.3))
              from generate_series(0, stage_idx) k order by k);
update plan set closed_at = t[stage_idx + 1] + (now() - t[stage_idx + 1]) * (0.6 + 0.35 * u_close)
    where status in ('REJECTED', 'WITHDRAWN', 'HIRED');
update plan set hold_at = t[stage_idx + 1] + (now() - t[stage_idx + 1]) * (0.55 + 0.4 * u_hold)
    where status = 'ON_HOLD';
-- some active applications were on hold for a while in their current stage
update plan set hold_at = t[stage_idx + 1] + (now() - t[stage_idx + 1]) * 0.55,
    resume_at = t[stage_idx + 1] + (now() - t[stage_idx + 1]) * (0.6 + 0.3 * u_hold)
    where status = 'ACTIVE' and u_hold < 0.12;
create index on plan (id);

insert into applications (id, candidate_id, job_id, stage, status, applied_at, stage_entered_at, closed_at, updated_at)
overriding system value
select id, candidate_id, job_id, stage, status, applied_at, t[stage_idx + 1], closed_at,
       greatest(t[stage_idx + 1], closed_at, hold_at, resume_at)
from plan order by id;

-- Rounds: the template rounds of every stage entered. Left stages: gated ones all DONE (a few
-- WAIVED, with a reason), screens mostly marked DONE; current stage: gated rounds partly DONE.
create temp table brounds as
select p.id as application_id, p.n, p.job_seq, p.manager, p.stage_idx as cur_idx, tp.stage_idx, tp.stage, tp.position,
       tp.round_type, tp.minutes, tp.ai_policy,
       count(*) over (partition by p.id, tp.stage_idx) as n_rounds,
       p.t[tp.stage_idx + 1] as entered_at,
       case when tp.stage_idx < p.stage_idx then p.t[tp.stage_idx + 2]
            else coalesce(p.closed_at, now()) end as left_at,
       pg_temp.rnd(p.n * 16 + tp.stage_idx * 4 + tp.position, 7) as u
from plan p join tpl tp on tp.track = p.track and tp.stage_idx <= p.stage_idx;
alter table brounds add column id bigint, add column status text, add column resolved_at timestamptz,
    add column interviewer_id bigint, add column resolved_by bigint, add column note text;
update brounds set status = case
        when stage_idx < cur_idx and stage_idx in (2, 3) then case when u < 0.05 then 'WAIVED' else 'DONE' end
        when stage_idx < cur_idx then case when u < 0.7 then 'DONE' else 'OPEN' end
        when stage_idx in (2, 3) and u < 0.4 then 'DONE'
        else 'OPEN' end;
update brounds set
    interviewer_id = case when stage_idx in (2, 3)
        then (select id from staff where kind = 'interviewer' and k = (n + position * 3) % 8) end;
update brounds set
    resolved_at = case when status <> 'OPEN' then
        entered_at + (left_at - entered_at) * (position::float8 / (n_rounds + 1)) * case when stage_idx < cur_idx then 1 else 0.5 end end,
    resolved_by = case when status = 'OPEN' then null
        when stage_idx = 0 then (select id from staff where kind = 'recruiter' and k = n % 3)
        when stage_idx = 1 then (select id from staff where kind = 'manager' and k = manager)
        when status = 'WAIVED' then (select id from staff where kind = 'recruiter' and k = n % 3)
        else interviewer_id end,
    note = case when status = 'WAIVED' then (array['Covered by the previous loop six months ago',
                    'Interviewer unavailable; signal strong enough from the other rounds',
                    'Equivalent exercise done in the take-home'])[1 + n % 3]
                when status = 'DONE' and u < 0.2 then (array['Strong hire signal', 'Solid, a few gaps on testing',
                    'Clear communication, good trade-offs', 'Mixed signal, see scorecard'])[1 + n % 4] end;
-- round ids in the order the rounds were planned (stage entry), as the API would have issued them
update brounds r set id = (select coalesce(max(id), 0) from rounds) + o.rn
from (select application_id, stage_idx, position,
             row_number() over (order by entered_at, application_id, position) as rn from brounds) o
where o.application_id = r.application_id and o.stage_idx = r.stage_idx and o.position = r.position;

insert into rounds (id, application_id, stage, position, round_type, minutes, ai_policy, interviewer_id, status,
                    resolved_by, resolved_at, note)
overriding system value
select id, application_id, stage, position, round_type, minutes, ai_policy, interviewer_id, status, resolved_by,
       resolved_at, note
from brounds order by id;

-- The timeline: one row per thing that happened, stage/status pairs chaining from one to the next.
create temp table bevents as
-- applied, by a recruiter
select p.id as application_id, 'APPLIED' as type, p.applied_at as at, r.id as actor_id, r.name as actor_name,
       null::text as from_stage, 'RECRUITER_SCREEN' as to_stage, null::text as from_status, 'ACTIVE' as to_status,
       null::text as reason, null::bigint as round_id, 0 as ord
from plan p join staff r on r.kind = 'recruiter' and r.k = p.n % 3
union all
-- advanced out of each left stage: by the hiring manager after their interview and the final review
select p.id, 'ADVANCED', p.t[g.i + 1], a.id, a.name, f.stage, s.stage, 'ACTIVE', 'ACTIVE',
       case when pg_temp.rnd(p.n * 8 + g.i, 8) < 0.3 then (array['Good fit for the team', 'Strong screen',
            'Moving on as discussed with the hiring manager', 'Loop feedback positive'])[1 + (p.n + g.i) % 4] end,
       null, 2
from plan p cross join lateral generate_series(1, p.stage_idx) g(i)
join stage_names f on f.idx = g.i - 1 join stage_names s on s.idx = g.i
join staff a on (g.i - 1 in (1, 4) and a.kind = 'manager' and a.k = p.manager)
             or (g.i - 1 not in (1, 4) and a.kind = 'recruiter' and a.k = p.n % 3)
union all
-- rounds completed or waived
select r.application_id, case r.status when 'DONE' then 'ROUND_COMPLETED' else 'ROUND_WAIVED' end, r.resolved_at,
       u.id, u.name, null, null, null, null, r.note, r.id, 1
from brounds r join users u on u.id = r.resolved_by
where r.status <> 'OPEN'
union all
-- put on hold (still on hold, or resumed later)
select p.id, 'PUT_ON_HOLD', p.hold_at, r.id, r.name, p.stage, p.stage, 'ACTIVE', 'ON_HOLD',
       (array['Candidate travelling for two weeks', 'Waiting for the headcount decision',
              'Candidate asked for time to finish a notice period'])[1 + p.n % 3], null, 3
from plan p join staff r on r.kind = 'recruiter' and r.k = p.n % 3
where p.hold_at is not null
union all
select p.id, 'RESUMED', p.resume_at, r.id, r.name, p.stage, p.stage, 'ON_HOLD', 'ACTIVE', null, null, 4
from plan p join staff r on r.kind = 'recruiter' and r.k = p.n % 3
where p.resume_at is not null
union all
-- closed: rejected (with a reason), withdrawn, hired
select p.id, p.status, p.closed_at, a.id, a.name, p.stage, p.stage, 'ACTIVE', p.status,
       case p.status when 'REJECTED' then (array['Not enough depth in distributed systems',
            'Level mismatch: closer to L4', 'Salary expectations far above the band', 'Weak signal in the onsite loop',
            'Position requires relocation the candidate declined'])[1 + p.n % 5]
            when 'WITHDRAWN' then (array['Accepted another offer', 'Personal reasons', null])[1 + p.n % 3] end,
       null, 5
from plan p join staff a on (p.status = 'HIRED' and a.kind = 'manager' and a.k = p.manager)
                         or (p.status <> 'HIRED' and a.kind = 'recruiter' and a.k = p.n % 3)
where p.status in ('REJECTED', 'WITHDRAWN', 'HIRED');

insert into application_events (id, application_id, type, at, actor_id, actor_name, from_stage, to_stage,
                                from_status, to_status, reason, round_id)
overriding system value
select (select coalesce(max(id), 0) from application_events) + row_number() over (order by at, application_id, ord),
       application_id, type, at, actor_id, actor_name, from_stage, to_stage, from_status, to_status, reason, round_id
from bevents order by at, application_id, ord;

-- Identities continue after the explicit ids, so the API can keep inserting.
do $$ begin
    perform setval(pg_get_serial_sequence('jobs', 'id'), (select max(id) from jobs));
    perform setval(pg_get_serial_sequence('candidates', 'id'), (select max(id) from candidates));
    perform setval(pg_get_serial_sequence('applications', 'id'), (select max(id) from applications));
    perform setval(pg_get_serial_sequence('rounds', 'id'), (select max(id) from rounds));
    perform setval(pg_get_serial_sequence('application_events', 'id'), (select max(id) from application_events));
end $$;

commit;

-- Fresh statistics (and visibility map, as autovacuum would soon do) before measuring.
vacuum analyze users;
vacuum analyze jobs;
vacuum analyze candidates;
vacuum analyze applications;
vacuum analyze rounds;
vacuum analyze application_events;

\set QUIET off
\pset footer off
select 'bench_job_id=' || id as bench_job from jobs where title like 'Benchmark Senior%';
select j.title, count(distinct a.id) as applications,
       (select count(*) from application_events e join applications x on x.id = e.application_id where x.job_id = j.id) as events,
       (select count(*) from rounds r join applications x on x.id = r.application_id where x.job_id = j.id) as rounds
from jobs j join applications a on a.job_id = j.id group by j.id order by j.id;
select stage, status, count(*) from applications
where job_id = (select id from jobs where title like 'Benchmark Senior%') group by 1, 2 order by 1, 2;
