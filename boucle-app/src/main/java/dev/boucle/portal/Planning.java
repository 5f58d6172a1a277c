package dev.boucle.portal;

import dev.boucle.hiring.ApplicationId;
import dev.boucle.hiring.CandidateSelf;
import dev.boucle.hiring.process.ProcessCatalog;
import dev.boucle.hiring.process.StageKind;
import dev.boucle.platform.BadInput;
import dev.boucle.platform.Conflict;
import dev.boucle.platform.NotFound;
import dev.boucle.scheduling.CandidateSlots;
import dev.boucle.scheduling.SelfScheduling;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * The candidate's side of self-scheduling: only their own applications, plans shown in their
 * zone, and a booking that, when a slot was taken meanwhile, answers with fresh plans at once.
 */
@Service
class Planning {

    record Booked(String stage, List<PortalView.PlanSlot> interviews, int invitations) {}

    /** The plan cannot be booked any more (taken, or out of date): the message key, and fresh plans. */
    static class Stale extends RuntimeException {
        private final transient List<PortalView.Plan> fresh;

        Stale(String key, List<PortalView.Plan> fresh) {
            super(key, null, false, false);
            this.fresh = List.copyOf(fresh);
        }

        List<PortalView.Plan> fresh() {
            return fresh;
        }
    }

    private final SelfScheduling scheduling;
    private final CandidateSelf self;
    private final CandidatePage page;
    private final ProcessCatalog catalog;

    Planning(SelfScheduling scheduling, CandidateSelf self, CandidatePage page, ProcessCatalog catalog) {
        this.scheduling = scheduling;
        this.self = self;
        this.catalog = catalog;
        this.page = page;
    }

    ApplicationId own(PortalDoor.Entry entry, long applicationId) {
        ApplicationId id = new ApplicationId(applicationId);
        if (!self.owns(entry.candidate(), id)) throw new NotFound("application", applicationId);
        return id;
    }

    ApplicationId applicationOf(PortalDoor.Entry entry, String planId) {
        return scheduling.applicationOf(planId).filter(a -> self.owns(entry.candidate(), a))
                .orElseThrow(() -> new NotFound("plan", planId));
    }

    List<PortalView.Plan> plans(PortalDoor.Entry entry, ApplicationId application, String stage, Locale locale) {
        own(entry, application.value());
        SelfScheduling.Status status = scheduling.status(application, entry.actor());
        StageKind kind = stage == null || stage.isBlank() ? status.stage() : stage(stage);
        ZoneId zone = page.zone(entry);
        return scheduling.plans(application, kind, zone, entry.actor()).stream().map(o -> shown(o, zone, locale)).toList();
    }

    Booked book(PortalDoor.Entry entry, ApplicationId application, String planId, Locale locale) {
        ZoneId zone = page.zone(entry);
        try {
            SelfScheduling.Booking booking = scheduling.book(application, planId, entry.actor());
            return new Booked(booking.stage().name(), booking.slots().stream().map(s -> slot(s, zone, locale)).toList(), booking.invitations());
        } catch (SelfScheduling.SlotTaken taken) {
            throw new Stale("sched.self.taken", freshPlans(entry, application, locale));
        } catch (Conflict used) {
            if (!used.messageKey().equals("sched.self.expired") && !used.messageKey().equals("sched.self.used")) throw used;
            throw new Stale(used.messageKey(), freshPlans(entry, application, locale));
        }
    }

    private List<PortalView.Plan> freshPlans(PortalDoor.Entry entry, ApplicationId application, Locale locale) {
        try {
            return plans(entry, application, null, locale);
        } catch (Conflict nothingToPlan) {
            return List.of(); // booked meanwhile through another plan: nothing left to offer
        }
    }

    int availability(PortalDoor.Entry entry, ApplicationId application, CandidateSlots.Entry typed) {
        own(entry, application.value());
        return scheduling.availability(application, typed, entry.actor());
    }

    private static StageKind stage(String raw) {
        try {
            return StageKind.valueOf(raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadInput(Map.of("stage", "sched.stage.invalid"), "sched.stage.invalid");
        }
    }

    private PortalView.Plan shown(SelfScheduling.Offer o, ZoneId zone, Locale locale) {
        return new PortalView.Plan(o.planId(), o.stage().name(), o.expiresAt(), o.changes(), o.slots().stream().map(s -> slot(s, zone, locale)).toList());
    }

    private PortalView.PlanSlot slot(SelfScheduling.Slot s, ZoneId zone, Locale locale) {
        String name = catalog.current().roundType(s.roundType()).map(t -> t.name().in(locale)).orElse(s.roundType());
        String local = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT).withLocale(locale).withZone(zone).format(s.start())
                + " – " + DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).withZone(zone).format(s.end());
        return new PortalView.PlanSlot(s.roundId(), s.roundType(), name, s.start(), s.end(), local);
    }
}
