package dev.boucle.interviews;

import dev.boucle.hiring.ApplicationDetails;
import dev.boucle.hiring.HiringAccess;
import dev.boucle.hiring.MovingApplications;
import dev.boucle.hiring.Round;
import dev.boucle.hiring.process.AiPolicy;
import dev.boucle.interviews.questions.Question;
import dev.boucle.interviews.questions.QuestionBank;
import dev.boucle.people.CurrentUser;
import dev.boucle.people.Role;
import dev.boucle.people.Team;
import dev.boucle.people.Users;
import dev.boucle.platform.BadInput;
import dev.boucle.platform.Conflict;
import dev.boucle.platform.NotFound;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Planning the rounds of an application: the panel, time, length, mode, language, AI-tool
 * policy and question of each. Panelists are told by e-mail; the recruiter who opened the job
 * is told when a stage's whole panel is planned.
 */
@Service
public class InterviewPlanning {

    private final ApplicationDetails details;
    private final MovingApplications moves;
    private final HiringAccess access;
    private final Interviews interviews;
    private final ScorecardStore scorecards;
    private final QuestionBank questions;
    private final Users users;
    private final InterviewMail mail;
    private final int exposureThreshold;
    private final org.springframework.context.ApplicationEventPublisher events;

    InterviewPlanning(ApplicationDetails details, MovingApplications moves, HiringAccess access, Interviews interviews,
            ScorecardStore scorecards, QuestionBank questions, Users users, InterviewMail mail,
            @Value("${boucle.questions.exposure-threshold}") int exposureThreshold, org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.details = details;
        this.moves = moves;
        this.access = access;
        this.interviews = interviews;
        this.scorecards = scorecards;
        this.questions = questions;
        this.users = users;
        this.mail = mail;
        this.exposureThreshold = exposureThreshold;
    }

    /** A change to a round's plan; a null field is left as it is. */
    public record PlanChange(List<Long> interviewers, Instant start, Integer minutes, String mode, String language,
            String aiPolicy, String questionId) {}

    @Transactional
    public List<Interview> of(long applicationId, CurrentUser user) {
        ApplicationDetails.Details app = details.application(applicationId, user);
        Map<String, Integer> exposure = questions.exposure();
        List<Interview> list = new ArrayList<>();
        for (Round round : app.rounds()) {
            list.add(view(round, interviews.byId(round.id()).orElseThrow(), app, exposure));
        }
        return list;
    }

    public Interview one(long roundId, CurrentUser user) {
        Interviews.Row row = interviews.byId(roundId).orElseThrow(() -> new NotFound("interview", roundId));
        return of(row.applicationId(), user).stream().filter(i -> i.id() == roundId).findFirst().orElseThrow();
    }

    /**
     * A round's kit (its question, guide and rubric): for the round's own panel and for the people
     * running the loop, not for an interviewer of another round of the same candidate, who would
     * otherwise read a question they may be asked to give, or its grading guide.
     */
    @Transactional // one() may create the round's interview row on first sight
    public Interview forKit(long roundId, CurrentUser user) {
        Interview interview = one(roundId, user);
        if (!interview.hasPanelist(user.id())
                && !user.in(Team.REVIEW)) {
            throw new org.springframework.security.access.AccessDeniedException("a round's kit is for its panel");
        }
        return interview;
    }

    @Transactional
    public Interview plan(long roundId, PlanChange change, CurrentUser planner) {
        return plan(roundId, change, planner, true);
    }

    /**
     * Plans a round for the scheduler, which sends calendar invitations of its own: the panel and
     * the candidate get those instead of this module's plain e-mails, never both.
     */
    @Transactional
    public Interview planWithoutMail(long roundId, PlanChange change, CurrentUser planner) {
        return plan(roundId, change, planner, false);
    }

    private Interview plan(long roundId, PlanChange change, CurrentUser planner, boolean sendMail) {
        Interviews.Row before = interviews.lock(roundId).orElseThrow(() -> new NotFound("interview", roundId));
        if (!access.canMoveApplication(planner, before.applicationId())) throw new AccessDeniedException("not a planner here");
        ApplicationDetails.Details app = details.application(before.applicationId(), planner);
        if (app.position().status().closed()) throw new Conflict("interview.refused.closed");
        Round round = app.rounds().stream().filter(r -> r.id() == roundId).findFirst().orElseThrow();
        boolean stageWasPlanned = stagePlanned(app, round);

        Map<String, String> errors = new LinkedHashMap<>();
        List<Long> panel = change.interviewers() == null ? moves.panel(roundId) : checkPanel(change.interviewers(), errors);
        Integer minutes = change.minutes() == null ? before.minutes() : change.minutes();
        if (minutes < 15 || minutes > 240 || minutes % 15 != 0) errors.put("minutes", "interview.minutes.invalid");
        Interview.Mode mode = before.mode();
        if (change.mode() != null) mode = parse(Interview.Mode.class, change.mode(), "mode", errors, mode);
        String language = change.language() == null ? before.language() : change.language();
        if (!language.equals("en") && !language.equals("fr")) errors.put("language", "interview.language.invalid");
        AiPolicy policy = change.aiPolicy() == null ? before.aiPolicy() : parse(AiPolicy.class, change.aiPolicy(), "aiPolicy", errors, before.aiPolicy());
        String questionId = before.questionId();
        Integer questionVersion = before.questionVersion();
        if (change.questionId() != null) {
            Question q = questions.current(change.questionId()).orElse(null);
            if (q == null || q.retired()) errors.put("questionId", "interview.question.unknown");
            else if (!q.roundType().equals(round.type())) errors.put("questionId", "interview.question.wrong-type");
            else {
                questionId = q.id();
                questionVersion = q.version();
            }
        }
        if (!errors.isEmpty()) throw new BadInput(errors, "problem.invalid-fields", String.join(", ", errors.keySet()));

        List<Long> previous = moves.panel(roundId);
        moves.assignPanel(before.applicationId(), roundId, panel, planner);
        interviews.update(new Interviews.Row(roundId, before.applicationId(), change.start() == null ? before.startsAt() : change.start(),
                minutes, mode, language, policy, questionId, questionVersion), planner.id());
        ApplicationDetails.Details after = details.application(before.applicationId(), planner);
        for (long member : panel) {
            if (sendMail && !previous.contains(member)) users.byId(member).ifPresent(u -> mail.assigned(u, after, round));
        }
        if (!stageWasPlanned && stagePlanned(after, round) && after.job().createdBy() != null) {
            users.byId(after.job().createdBy()).ifPresent(r -> mail.panelComplete(r, after, round.stage()));
        }
        Interview planned = one(roundId, planner);
        boolean invitationChanged = planned.startsAt() != null && !panel.isEmpty() && (!planned.startsAt().equals(before.startsAt())
                || planned.aiPolicy() != before.aiPolicy() || planned.mode() != before.mode() || !planned.language().equals(before.language())
                || planned.minutes() != before.minutes() || previous.isEmpty());
        if (sendMail && invitationChanged) mail.invitation(after, planned);
        boolean timeOrPanelChanged = !java.util.Objects.equals(planned.startsAt(), before.startsAt()) || planned.minutes() != before.minutes()
                || !java.util.Set.copyOf(previous).equals(java.util.Set.copyOf(panel));
        if (timeOrPanelChanged) {
            boolean wasPlanned = before.startsAt() != null && !previous.isEmpty();
            events.publishEvent(new InterviewPlanned(new dev.boucle.hiring.RoundId(roundId), new dev.boucle.hiring.ApplicationId(before.applicationId()),
                    planned.startsAt(), planned.minutes(), panel, !wasPlanned && planned.startsAt() != null && !panel.isEmpty(), Instant.now()));
        }
        return planned;
    }

    public void saveNotes(long roundId, String text, CurrentUser user) {
        Interviews.Row row = interviews.byId(roundId).orElseThrow(() -> new NotFound("interview", roundId));
        if (!moves.panel(row.roundId()).contains(user.id())) throw new AccessDeniedException("not on this panel");
        if (text != null && text.length() > 50_000) throw new BadInput(java.util.Map.of("text", "interview.notes.too-long"), "interview.notes.too-long");
        interviews.saveNotes(roundId, user.id(), text == null ? "" : text);
    }

    public String notes(long roundId, CurrentUser user) {
        return interviews.notes(roundId, user.id());
    }

    /** Every round of the stage has a panel and a start time. */
    private boolean stagePlanned(ApplicationDetails.Details app, Round anyRoundOfStage) {
        return app.rounds().stream().filter(r -> r.stage() == anyRoundOfStage.stage()).allMatch(r ->
                !moves.panel(r.id()).isEmpty() && interviews.byId(r.id()).map(i -> i.startsAt() != null).orElse(false));
    }

    private List<Long> checkPanel(List<Long> ids, Map<String, String> errors) {
        Set<Long> unique = new LinkedHashSet<>(ids);
        if (unique.size() > 4) errors.put("interviewers", "interview.panel.too-large");
        for (Long id : unique) {
            var user = id == null ? java.util.Optional.<CurrentUser>empty() : users.byId(id); // a null names no one
            if (user.isEmpty() || !user.get().in(Team.PANELISTS)) {
                errors.put("interviewers", "interview.panel.not-interviewer");
            }
        }
        unique.remove(null); // refused above; the caller reports the error before using the panel
        return List.copyOf(unique);
    }

    private Interview view(Round round, Interviews.Row row, ApplicationDetails.Details app, Map<String, Integer> exposure) {
        Set<Long> submitted = scorecards.submitters(round.id());
        List<Interview.Panelist> panel = moves.panel(round.id()).stream()
                .map(id -> new Interview.Panelist(id, users.byId(id).map(CurrentUser::name).orElse("?"), submitted.contains(id))).toList();
        Interview.QuestionRef ref = null;
        List<Interview.Warning> warnings = new ArrayList<>();
        if (row.questionId() != null) {
            Question q = questions.version(row.questionId(), row.questionVersion()).orElseThrow();
            ref = new Interview.QuestionRef(q.id(), q.version(), q.body().title().en(), q.body().title().fr());
            if (questions.givenTo(app.candidate().id(), round.id()).contains(q.id())) {
                warnings.add(new Interview.Warning("QUESTION_REUSED", "interview.warning.reused", List.of(q.id())));
            }
            int used = exposure.getOrDefault(q.id(), 0);
            if (used >= exposureThreshold) {
                String suggestion = rotation(round.type(), app.job().track(), exposure, q.id());
                warnings.add(new Interview.Warning("QUESTION_OVEREXPOSED", "interview.warning.overexposed",
                        List.of(q.id(), String.valueOf(used), suggestion)));
            }
        }
        if (row.aiPolicy() != round.aiPolicy()) {
            warnings.add(new Interview.Warning("POLICY_CHANGED", "interview.warning.policy", List.of(round.aiPolicy().name(), row.aiPolicy().name())));
        }
        return new Interview(round.id(), app.id(), round.stage(), round.type(), row.minutes(), row.startsAt(), row.mode(),
                row.language(), row.aiPolicy(), panel, ref, round.status(), submitted.size(), warnings);
    }

    /** The least used live question of the same round type that suits the track: the rotation to suggest. */
    String rotation(String roundType, String track, Map<String, Integer> exposure, String current) {
        return questions.latest(roundType).stream()
                .filter(q -> !q.retired() && !q.id().equals(current) && q.body().tracks().contains(track))
                .min(java.util.Comparator.comparingInt((Question q) -> exposure.getOrDefault(q.id(), 0)).thenComparing(Question::id))
                .map(Question::id).orElse("-");
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String raw, String field, Map<String, String> errors, E fallback) {
        try {
            return Enum.valueOf(type, raw.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.put(field, "interview." + field + ".invalid");
            return fallback;
        }
    }
}
