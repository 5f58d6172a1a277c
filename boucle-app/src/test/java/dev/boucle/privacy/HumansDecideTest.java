package dev.boucle.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.boucle.hiring.CandidateId;
import dev.boucle.hiring.MovingApplications;
import dev.boucle.people.CurrentUser;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * No automated rejection anywhere (GDPR Art. 22, the AI Act's human oversight): every way an
 * application can end goes through {@link MovingApplications}, each of its moves takes the person
 * who asks (a staff user, or the candidate themselves), and nothing Boucle runs on its own (a
 * scheduled job, an event listener, a start-up runner other than the demo loaders) calls one.
 * The other tests show each route's refusals; this one shows there is no other way in.
 */
class HumansDecideTest {

    static final JavaClasses CODE = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.boucle");
    /** What Boucle runs with nobody asking. */
    static final Set<String> UNATTENDED = Set.of("org.springframework.scheduling.annotation.Scheduled",
            "org.springframework.context.event.EventListener", "org.springframework.transaction.event.TransactionalEventListener",
            "org.springframework.modulith.events.ApplicationModuleListener", "org.springframework.scheduling.annotation.Async");

    @Test
    @DisplayName("every move of an application takes the person who asks for it")
    void everyMoveNamesAPerson() {
        List<String> anonymous = new ArrayList<>();
        for (Method m : MovingApplications.class.getDeclaredMethods()) {
            if (!Modifier.isPublic(m.getModifiers()) || m.getReturnType() != dev.boucle.hiring.Loop.Position.class) continue;
            boolean named = Arrays.stream(m.getParameterTypes()).anyMatch(t -> t == CurrentUser.class || t == CandidateId.class);
            if (!named) anonymous.add(m.getName());
        }
        assertThat(MovingApplications.class.getDeclaredMethods()).extracting(Method::getName).contains("move", "moveDecided", "withdrawByCandidate");
        assertThat(anonymous).as("moves that name nobody").isEmpty();
    }

    /** What ends a candidacy that {@code start} reaches through Boucle's own calls, at any depth; null if none. */
    static String reaches(JavaMethod start, JavaClass moving) {
        java.util.ArrayDeque<com.tngtech.archunit.core.domain.JavaCodeUnit> todo = new java.util.ArrayDeque<>(List.of(start));
        java.util.Set<String> visited = new java.util.HashSet<>();
        while (!todo.isEmpty()) {
            var unit = todo.pop();
            if (!visited.add(unit.getFullName())) continue;
            for (JavaCall<?> call : unit.getCallsFromSelf()) {
                String target = call.getTargetOwner().getName() + "." + call.getName();
                if (call.getTargetOwner().equals(moving) || target.endsWith("FinalReview.decide") || target.endsWith("MakingOffers.move")) {
                    return target + " (via " + unit.getFullName() + ")";
                }
                if (call.getTargetOwner().getPackageName().startsWith("dev.boucle")) {
                    call.getTarget().resolveMember().ifPresent(todo::push);
                }
            }
        }
        return null;
    }

    @Test
    @DisplayName("nothing that runs unattended moves an application, decides a review or moves an offer")
    void nothingUnattendedEndsACandidacy() {
        JavaClass moving = CODE.get(MovingApplications.class);
        List<String> offenders = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (JavaClass c : CODE) {
            boolean demo = c.getSimpleName().endsWith("Demo") || c.getSimpleName().equals("DemoCompany");
            boolean runner = c.isAssignableTo(org.springframework.boot.ApplicationRunner.class)
                    || c.isAssignableTo(org.springframework.boot.CommandLineRunner.class);
            for (JavaMethod method : c.getMethods()) {
                boolean unattended = method.getAnnotations().stream().anyMatch(a -> UNATTENDED.contains(a.getRawType().getName()))
                        || (runner && !demo && method.getName().equals("run"));
                if (!unattended) continue;
                seen.add(c.getSimpleName() + "." + method.getName());
                String reached = reaches(method, moving);
                if (reached != null) offenders.add(c.getSimpleName() + "." + method.getName() + " -> " + reached);
            }
        }
        // The walk finds what a person's request does reach: a recruiter's move, a committee's decision.
        JavaClass api = CODE.get("dev.boucle.hiring.ApplicationsApi");
        assertThat(reaches(api.getMethods().stream().filter(m -> m.getName().equals("move")).findFirst().orElseThrow(), moving)).isNotNull();
        JavaClass review = CODE.get("dev.boucle.interviews.InterviewsApi");
        assertThat(reaches(review.getMethods().stream().filter(m -> m.getName().equals("decide")).findFirst().orElseThrow(), moving)).isNotNull();
        // The scan sees the jobs and listeners it must (the outbox, the offers' expiry, the pad's verdicts...).
        assertThat(seen).anyMatch(m -> m.startsWith("OutboxWorker.")).anyMatch(m -> m.startsWith("OfferExpiry."))
                .anyMatch(m -> m.startsWith("PadVerdicts.")).anyMatch(m -> m.startsWith("ClosedApplications."));
        assertThat(offenders).as("unattended code that ends a candidacy").isEmpty();
    }
}
