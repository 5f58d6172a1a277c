-- Practice: a candidate's attempts at the practice problems, judged on the same queue and
-- sandbox as interviews. A practice submission has no round; it names the candidate instead.
alter table submissions add column practice_candidate bigint references candidates (id);
alter table submissions add constraint submissions_practice_or_round check (practice_candidate is null or round_id is null);
create index submissions_practice on submissions (practice_candidate, id) where practice_candidate is not null;
