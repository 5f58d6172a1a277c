package dev.boucle.portal;

import dev.boucle.hiring.ApplicationDetails;
import dev.boucle.hiring.ApplicationId;
import dev.boucle.hiring.Candidate;
import dev.boucle.hiring.process.HiringProcess;
import dev.boucle.hiring.process.Office;
import dev.boucle.hiring.process.ProcessCatalog;
import dev.boucle.hiring.process.StageKind;
import dev.boucle.hiring.process.StageTemplate;
import dev.boucle.hiring.process.Track;
import dev.boucle.interviews.Interview;
import dev.boucle.interviews.InterviewPlanning;
import dev.boucle.scheduling.SelfScheduling;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assembles the candidate's page from the modules that own each part: applications and their
 * stages (hiring), interviews (interviews), what can be planned (scheduling), the guides and the
 * privacy notice (here). Everything is put in the candidate's language and zone here, once.
 */
@Service
class CandidatePage {

    private final ApplicationDetails details;
    private final InterviewPlanning planning;
    private final SelfScheduling scheduling;
    private final ProcessCatalog catalog;
    private final Guides guides;
    private final dev.boucle.privacy.PrivacyNotices notices;
    private final dev.boucle.privacy.LawfulBases bases;
    private final Preferences preferences;
    private final PortalSettings settings;
    private final MessageSource messages;

    CandidatePage(ApplicationDetails details, InterviewPlanning planning, SelfScheduling scheduling, ProcessCatalog catalog, Guides guides,
            dev.boucle.privacy.PrivacyNotices notices, dev.boucle.privacy.LawfulBases bases, Preferences preferences, PortalSettings settings,
            MessageSource messages) {
        this.bases = bases;
        this.details = details;
        this.planning = planning;
        this.scheduling = scheduling;
        this.catalog = catalog;
        this.guides = guides;
        this.notices = notices;
        this.preferences = preferences;
        this.settings = settings;
        this.messages = messages;
    }

    /** The zone the candidate's times are shown in: theirs if they chose one, else the office's of their latest application. */
    ZoneId zone(PortalDoor.Entry entry) {
        return zone(entry, details.candidate(entry.visitor().candidateId(), entry.actor()));
    }

    private ZoneId zone(PortalDoor.Entry entry, ApplicationDetails.CandidateFile file) {
        ZoneId office = file.applications().stream().max(Comparator.comparing(ApplicationDetails.Details::appliedAt))
                .flatMap(a -> catalog.current().office(a.job().office())).map(Office::zone).orElse(ZoneId.of("UTC"));
        return preferences.of(entry.visitor().candidateId()).zoneOr(office);
    }

    @Transactional // the interviews module makes a round's interview row on first sight
    public PortalView.Me me(PortalDoor.Entry entry, Locale locale) {
        ApplicationDetails.CandidateFile file = details.candidate(entry.visitor().candidateId(), entry.actor());
        Candidate candidate = file.candidate();
        ZoneId zone = zone(entry, file);
        HiringProcess process = catalog.current();
        List<PortalView.App> apps = new ArrayList<>();
        List<ApplicationDetails.Details> newestFirst = file.applications().stream()
                .sorted(Comparator.comparing(ApplicationDetails.Details::appliedAt).reversed()).toList();
        for (ApplicationDetails.Details app : newestFirst) apps.add(app(app, process, zone, locale, entry));
        PortalView.Notice notice = newestFirst.isEmpty() ? null : notice(process, newestFirst.getFirst().job().office(), locale);
        return new PortalView.Me(new PortalView.Person(candidate.name(), locale.getLanguage(), zone.getId()), apps, notice,
                bases.inTalentPool(entry.candidate()), computed(locale));
    }

    /** The notice of computed signals, the same for every candidate: Boucle computes the same things for all. */
    private PortalView.ComputedSignals computed(Locale locale) {
        return new PortalView.ComputedSignals(dev.boucle.privacy.AiNotice.VERSION, dev.boucle.privacy.AiNotice.SIGNALS.stream()
                .map(s -> new PortalView.Signal(s.key(), text("aiact.notice." + s.key() + ".what", locale), text("aiact.notice." + s.key() + ".how", locale)))
                .toList(), text("aiact.notice.human", locale), text("aiact.notice.explanation", locale));
    }

    private PortalView.App app(ApplicationDetails.Details app, HiringProcess process, ZoneId zone, Locale locale, PortalDoor.Entry entry) {
        Track track = process.track(app.job().track()).orElseThrow();
        StageKind now = app.position().stage();
        boolean closed = app.position().status().closed();
        List<PortalView.StageLine> stages = new ArrayList<>();
        LocalDate entered = LocalDate.ofInstant(app.stageEnteredAt(), zone);
        LocalDate earliest = entered, latest = entered;
        boolean passed = true, nextGiven = false;
        for (StageTemplate stage : track.stages()) {
            String name = text(stage.kind().messageKey(), locale);
            if (stage.kind() == now) passed = false;
            if (passed) {
                stages.add(new PortalView.StageLine(stage.kind().name(), name, "DONE", null, null));
                continue;
            }
            StageTemplate.Weeks weeks = stage.weeks();
            LocalDate from = earliest, to = latest;
            if (weeks != null) {
                earliest = earliest.plusWeeks(weeks.min());
                latest = latest.plusWeeks(weeks.max());
            }
            String state = stage.kind() == now ? "CURRENT" : nextGiven ? "LATER" : "NEXT";
            if (stage.kind() != now) nextGiven = true;
            stages.add(new PortalView.StageLine(stage.kind().name(), name, closed && stage.kind() != now ? "LATER" : state,
                    closed || weeks == null ? null : from, closed || weeks == null ? null : latest));
        }
        List<PortalView.Meeting> meetings = planning.of(app.id(), entry.actor()).stream()
                .filter(i -> i.roundStatus() != dev.boucle.hiring.Round.Status.WAIVED)
                .sorted(Comparator.comparing(Interview::startsAt, Comparator.nullsLast(Comparator.naturalOrder())))
                .map(i -> meeting(i, process, zone, locale)).toList();
        SelfScheduling.Status plan = scheduling.status(new ApplicationId(app.id()), entry.actor());
        return new PortalView.App(app.id(), app.job().title(), process.office(app.job().office()).map(o -> o.name().in(locale))
                .orElse(app.job().office()), track.key(), track.name().in(locale), app.position().status().name(), now.name(),
                text(now.messageKey(), locale), stages, closed ? null : new PortalView.Expected(earliest, latest), meetings, plan, !closed);
    }

    private PortalView.Meeting meeting(Interview i, HiringProcess process, ZoneId zone, Locale locale) {
        String name = process.roundType(i.roundType()).map(t -> t.name().in(locale)).orElse(i.roundType());
        String local = i.startsAt() == null ? null
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT).withLocale(locale).withZone(zone).format(i.startsAt());
        List<String> panel = settings.showPanelNames() && i.startsAt() != null
                ? i.panel().stream().map(p -> p.name().strip().split("\\s+")[0]).toList() : List.of();
        return new PortalView.Meeting(i.id(), i.stage().name(), i.roundType(), name, i.minutes(), i.startsAt(),
                i.startsAt() == null ? null : i.startsAt().plusSeconds(i.minutes() * 60L), local, zone.getId(),
                i.mode() == null ? null : i.mode().name(), i.language(), i.aiPolicy().name(), guides.current().policy(i.aiPolicy()).in(locale), panel);
    }

    private PortalView.Notice notice(HiringProcess process, String officeKey, Locale locale) {
        Office office = process.office(officeKey).orElse(null);
        if (office == null) return null;
        String name = office.name().in(locale);
        return notices.of(office.region()).map(sections -> new PortalView.Notice(name, office.region(), sections.stream()
                .map(s -> new PortalView.Section(s.title().in(locale).replace("{office}", name), s.body().in(locale).replace("{office}", name)))
                .toList())).orElse(null);
    }

    /** A track's preparation guide: its themes, then each round of its phone screen and onsite with the track's focus. */
    PortalView.TrackGuide guide(String trackKey, Locale locale) {
        HiringProcess process = catalog.current();
        Track track = process.track(trackKey).orElseThrow(() -> new dev.boucle.platform.NotFound("track", trackKey));
        Guide guide = guides.current();
        var own = guide.track(trackKey);
        List<PortalView.RoundGuide> rounds = new ArrayList<>();
        for (StageTemplate stage : track.stages()) {
            for (var round : stage.rounds()) {
                var rg = guide.round(round.type());
                if (rg.isEmpty()) continue;
                rounds.add(new PortalView.RoundGuide(round.type(), process.roundType(round.type()).map(t -> t.name().in(locale)).orElse(round.type()),
                        text(stage.kind().messageKey(), locale), round.focus() == null ? "" : round.focus().in(locale),
                        rg.get().assesses().in(locale), rg.get().prepare().stream().map(t -> t.in(locale)).toList(),
                        rg.get().onTheDay().in(locale), round.aiPolicy().name(), guide.policy(round.aiPolicy()).in(locale)));
            }
        }
        return new PortalView.TrackGuide(trackKey, track.name().in(locale), own.map(g -> g.intro().in(locale)).orElse(""),
                own.map(g -> g.prepare().stream().map(t -> new PortalView.Section(t.title().in(locale), t.body().in(locale))).toList())
                        .orElse(List.of()), rounds);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
