-- The event publication registry of Spring Modulith (schema version 2), owned by platform:
-- one row per event and listener, written in the publisher's transaction, completed when the
-- listener has run. Incomplete rows are resubmitted (platform.EventResubmission), so an event
-- a listener failed on, or a node died under, is not lost. Created here rather than by Modulith
-- at start-up, so that Flyway alone shapes the schema.
create table event_publication (
    id                     uuid not null primary key,
    listener_id            text not null,
    event_type             text not null,
    serialized_event       text not null,
    publication_date       timestamptz not null,
    completion_date        timestamptz,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamptz
);
-- Completing a publication looks it up by its serialized event; the hash index keeps that cheap.
create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);
