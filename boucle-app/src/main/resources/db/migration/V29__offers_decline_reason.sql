-- Why a candidate declined an offer, from a closed set (offers.DeclineReason), kept on the offer
-- and on the DECLINED row of its history. Nullable: a decline recorded before this column, or by a
-- client that does not send it, has no reason on record. Only a declined offer has one.

alter table offers add column decline_reason text
    check (decline_reason in ('COMPENSATION', 'COMPETING_OFFER', 'COUNTER_OFFER', 'LOCATION', 'ROLE_OR_LEVEL', 'TIMING',
                              'PROCESS', 'PERSONAL', 'OTHER')),
    add constraint offers_decline_reason_when_declined check (decline_reason is null or state = 'DECLINED');

-- Adding a column rewrites no row, so the append-only trigger on offer_events is not involved.
alter table offer_events add column decline_reason text
    check (decline_reason in ('COMPENSATION', 'COMPETING_OFFER', 'COUNTER_OFFER', 'LOCATION', 'ROLE_OR_LEVEL', 'TIMING',
                              'PROCESS', 'PERSONAL', 'OTHER')),
    add constraint offer_events_decline_reason_on_decline check (decline_reason is null or type = 'DECLINED');
