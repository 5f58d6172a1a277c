package dev.boucle.privacy;

import dev.boucle.hiring.ApplicationId;
import dev.boucle.hiring.ApplicationIndex;
import dev.boucle.hiring.CandidateId;
import dev.boucle.hiring.PanelRound;
import dev.boucle.hiring.Panels;
import dev.boucle.hiring.RoundId;
import dev.boucle.interviews.DecisionRecorded;
import dev.boucle.interviews.ScorecardSubmitted;
import dev.boucle.hiring.ApplicationMoved;
import dev.boucle.people.CurrentUser;
import dev.boucle.platform.ReadsCandidateData;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * What goes into the audit log, and from where. Reads: every route marked
 * {@link ReadsCandidateData} that answered a staff member successfully. Changes: the other
 * modules' events (an application moved, a scorecard submitted, a decision recorded), heard in
 * the transaction of the change, so a change and its entry commit or roll back together.
 */
@Configuration(proxyBeanMethods = false)
class AccessRecorder implements WebMvcConfigurer, HandlerInterceptor {

    private final AuditLog audit;
    private final ApplicationIndex applications;
    private final Panels panels;

    AccessRecorder(AuditLog audit, ApplicationIndex applications, Panels panels) {
        this.audit = audit;
        this.applications = applications;
        this.panels = panels;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler, @Nullable Exception failed) {
        if (failed != null || response.getStatus() >= 400 || !(handler instanceof HandlerMethod method)) return;
        ReadsCandidateData read = method.getMethodAnnotation(ReadsCandidateData.class);
        if (read == null) return;
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof CurrentUser user)) return;
        @SuppressWarnings("unchecked")
        Map<String, String> variables = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        String raw = variables == null ? null : variables.get(read.id());
        if (raw == null) return;
        long id;
        try {
            id = Long.parseLong(raw);
        } catch (NumberFormatException e) {
            return;
        }
        audit.record(user.id(), AuditLog.Action.READ, read.value(), id, candidateOf(read.value(), id), AuditLog.Reason.valueOf(read.reason()));
    }

    @EventListener
    void moved(ApplicationMoved e) {
        audit.record(e.actor() == null ? null : e.actor().value(), AuditLog.Action.CHANGE, "application", e.application().value(),
                e.candidate().value(), e.actor() == null ? AuditLog.Reason.CANDIDATE_REQUEST : AuditLog.Reason.PIPELINE);
    }

    /** A correction of the candidate's details: by a staff member, or by the candidate (no actor). */
    @EventListener
    void rectified(dev.boucle.hiring.CandidateRectified e) {
        audit.record(e.actor() == null ? null : e.actor().value(), AuditLog.Action.CHANGE, "candidate", e.candidate().value(),
                e.candidate().value(), AuditLog.Reason.RECTIFICATION);
    }

    /** Every change of an offer, filed under its candidate: by the staff member, or by Boucle (an expiry). */
    @EventListener
    void offered(dev.boucle.offers.OfferChanged e) {
        audit.record(e.actor() == null ? null : e.actor().value(), AuditLog.Action.CHANGE, "offer", e.offer().value(),
                candidateOf("application", e.application().value()), AuditLog.Reason.OFFER);
    }

    @EventListener
    void scored(ScorecardSubmitted e) {
        audit.record(e.interviewer().value(), AuditLog.Action.CHANGE, "scorecard", e.round().value(),
                candidateOf("application", e.application().value()), AuditLog.Reason.INTERVIEW);
    }

    @EventListener
    void decided(DecisionRecorded e) {
        audit.record(e.decider().value(), AuditLog.Action.CHANGE, "decision", e.application().value(),
                candidateOf("application", e.application().value()), AuditLog.Reason.REVIEW);
    }

    private @Nullable Long candidateOf(String subject, long id) {
        return switch (subject) {
            case "candidate" -> id;
            case "application" -> applications.candidateOf(new ApplicationId(id)).map(CandidateId::value).orElse(null);
            case "round" -> {
                List<PanelRound> rounds = panels.rounds(List.of(new RoundId(id)));
                yield rounds.isEmpty() ? null : rounds.getFirst().candidate().value();
            }
            default -> null;
        };
    }
}
