-- An interview whose panel needs no more reminders: everyone on it has a scorecard or a reminder,
-- or the round or the application is closed. The reminder poll reads only unsettled interviews,
-- so its work follows the interviews that just ended, not every interview ever held. A change of
-- plan (a new panel, a new time) unsettles the row again.
alter table interviews add column reminders_settled boolean not null default false;
create index interviews_reminders_pending on interviews (starts_at) where starts_at is not null and not reminders_settled;
