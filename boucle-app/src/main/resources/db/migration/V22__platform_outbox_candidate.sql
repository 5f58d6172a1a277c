-- Mail is filed under the candidate it is about, whoever receives it (the candidate, or a panel
-- whose invitation names them), so that the candidate's erasure finds all of it.
alter table mail_outbox add column candidate_id bigint;
create index mail_outbox_candidate on mail_outbox (candidate_id) where candidate_id is not null;
