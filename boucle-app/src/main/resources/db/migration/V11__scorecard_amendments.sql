-- Scorecard independence after the reveal (issue 11): once a stage's scorecards are visible to
-- its panel, a new version is an amendment and must say why; the reason is kept with it, and the
-- review shows the version submitted before the reveal beside the amendment.
alter table scorecards add column amendment_reason text;
