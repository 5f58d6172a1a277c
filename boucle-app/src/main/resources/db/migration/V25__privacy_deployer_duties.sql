-- What the deploying company declares it has done under the AI Act (Art. 26 and 4): who oversees
-- the computed results and when they were trained, when workers' representatives were told, and
-- whether candidates are told (with the notice's version). Every change is a new row: the latest
-- is in force, the others are its history.
create table deployer_duties (
    id                          bigint generated always as identity primary key,
    overseers                   bigint[]    not null,
    trained_on                  date,
    representatives_informed_on date,
    candidates_informed         boolean     not null,
    notice_version              int,
    updated_by                  bigint      not null references users (id),
    updated_at                  timestamptz not null default now()
);
