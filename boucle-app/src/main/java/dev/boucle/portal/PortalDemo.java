package dev.boucle.portal;

import dev.boucle.hiring.ApplicationDetails;
import dev.boucle.hiring.ApplicationIndex;
import dev.boucle.hiring.ApplicationStatus;
import dev.boucle.hiring.process.StageKind;
import dev.boucle.people.Users;
import dev.boucle.platform.BoucleProperties;
import dev.boucle.scheduling.SelfScheduling;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * In demo mode, a sign-in link for one demo candidate at the onsite loop, printed on the console
 * with the demo accounts (not through the logger): the candidate's side can be tried at once. A
 * new link at every start; the previous one is revoked.
 */
@Component
@Order(50)
class PortalDemo implements ApplicationRunner {

    private final BoucleProperties props;
    private final ApplicationIndex index;
    private final ApplicationDetails details;
    private final Users users;
    private final PortalLinks links;
    private final PortalSettings settings;
    private final Clock clock;
    private final SelfScheduling scheduling;

    PortalDemo(BoucleProperties props, ApplicationIndex index, ApplicationDetails details, Users users, PortalLinks links,
            PortalSettings settings, Clock clock, SelfScheduling scheduling) {
        this.scheduling = scheduling;
        this.props = props;
        this.index = index;
        this.details = details;
        this.users = users;
        this.links = links;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!props.demo()) return;
        var recruiter = users.byEmail("recruiter@boucle.test").or(() -> users.byEmail("admin@boucle.test")).orElse(null);
        if (recruiter == null) return;
        // A candidate whose onsite nobody has planned yet: theirs to book.
        var ready = index.at(StageKind.ONSITE_LOOP, ApplicationStatus.ACTIVE).stream()
                .filter(a -> scheduling.status(a.application(), recruiter).state() == SelfScheduling.State.READY).findFirst();
        if (ready.isEmpty()) return;
        var app = details.application(ready.get().application().value(), recruiter);
        Instant now = clock.instant();
        links.revokeAll(app.candidate().id(), recruiter.id(), now);
        String token = links.create(app.candidate().id(), app.id(), recruiter.id(), now.plus(Duration.ofDays(settings.linkDays())));
        System.out.println("\nCandidate portal (demo): " + app.candidate().name() + ", onsite loop to book: " + settings.link(token) + "\n");
    }
}
