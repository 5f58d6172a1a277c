-- Why each declined offer was declined (offers.DeclineReason, from OfferChanged), for the decline
-- reasons report. Null for an offer not declined, or declined with no reason given. No CHECK on the
-- set: offers owns it, and a reason it adds later must not make this module drop the event.

alter table analytics_offers add column decline_reason text;
