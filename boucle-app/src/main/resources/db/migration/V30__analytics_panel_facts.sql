-- The panel's side of analytics: interviews as planned, first scorecards, candidates' judged
-- submissions and calibrated scores, each kept by analytics' own listeners from the events of
-- interviews and coding, so the reports never read another module's tables.

-- A round as last planned: its start, length and panel. planned_at is the event's time, so a
-- late or replayed older event never overwrites a newer plan.
create table analytics_interviews (
    round_id       bigint primary key,
    application_id bigint      not null,
    start_at       timestamptz,
    minutes        int         not null,
    interviewers   bigint[]    not null,
    planned_at     timestamptz not null
);
create index analytics_interviews_start on analytics_interviews (start_at);
create index analytics_interviews_application on analytics_interviews (application_id);

-- Each panelist's first scorecard on a round (amendments after the reveal do not count: the
-- latency report measures how long the first one took), with the question the round was on.
create table analytics_scorecards (
    round_id       bigint      not null,
    interviewer_id bigint      not null,
    application_id bigint      not null,
    submitted_at   timestamptz not null,
    question_id    text,
    primary key (round_id, interviewer_id)
);
create index analytics_scorecards_interviewer on analytics_scorecards (interviewer_id, submitted_at);
create index analytics_scorecards_question on analytics_scorecards (question_id) where question_id is not null;
create index analytics_scorecards_application on analytics_scorecards (application_id);

-- A candidate's submission in a coding round, as the judge answered it. The interviewer's own
-- runs are not kept: the mix describes what candidates met.
create table analytics_verdicts (
    submission_id  bigint primary key,
    round_id       bigint      not null,
    application_id bigint      not null,
    problem_id     text        not null,
    language       text        not null,
    verdict        text        not null,
    judged_at      timestamptz not null
);
create index analytics_verdicts_problem on analytics_verdicts (problem_id, judged_at);
create index analytics_verdicts_application on analytics_verdicts (application_id);

-- A scorecard's calibration as last computed (a review packet is computed again as scorecards
-- arrive): its raw score, the leniency of its interviewer taken out, the calibrated score.
create table analytics_calibrations (
    scorecard_id   bigint primary key,
    application_id bigint           not null,
    round_id       bigint           not null,
    interviewer_id bigint           not null,
    raw            double precision not null,
    leniency       double precision not null,
    calibrated     double precision not null,
    calibrated_at  timestamptz      not null
);
create index analytics_calibrations_application on analytics_calibrations (application_id);
