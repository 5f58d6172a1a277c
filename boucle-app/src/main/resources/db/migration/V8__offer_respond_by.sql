-- An extended offer carries the date the candidate must answer by, a calendar date in the
-- office's time zone; once it has passed there, Boucle expires the offer itself.
alter table offers add column respond_by date;

-- The expiry job looks only at extended offers with a date.
create index offers_awaiting_answer on offers (respond_by) where state = 'EXTENDED';
