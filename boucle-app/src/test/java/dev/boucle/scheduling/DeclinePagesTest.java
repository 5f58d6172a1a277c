package dev.boucle.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boucle.Api;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** "I can't make it" on the pages: from the interviewer's week and from the recruiter's plan page. */
class DeclinePagesTest extends SchedulingTestSupport {

    @Test
    @DisplayName("an interviewer declines from their week: no reason is refused in the page and changes nothing; with one, the round moves")
    void fromTheWeek() throws Exception {
        List<Person> panel = new ArrayList<>();
        for (int i = 0; i < 7; i++) panel.add(interviewer(ONSITE));
        long app = atOnsite();
        JsonNode first = publishedOnsite(app).get("slots").get(0);
        long round = first.get("roundId").asLong();
        // The solver may pick anyone qualified, including interviewers other tests created: find the lead by id.
        long leadId = first.get("interviewerId").asLong();
        Person lead = panel.stream().filter(p -> p.id() == leadId).findFirst().orElseGet(() -> someone(leadId));
        var start = Instant.parse(first.get("start").asString()).atZone(ZoneId.of("Europe/Paris"));
        String week = "%d-W%02d".formatted(start.get(IsoFields.WEEK_BASED_YEAR), start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));

        Api page = Api.session(port, lead.email(), PASSWORD);
        assertThat(page.get("/schedule/week?week=" + week).body()).contains("data-testid=\"decline-" + round + "\"")
                .contains("I can't make it");

        Api.Response refused = page.form("/interviews/" + round + "/decline", Map.of("interviewerId", String.valueOf(lead.id()),
                "reason", "  ", "week", week));
        assertThat(refused.status()).isEqualTo(302);
        assertThat(refused.header("Location")).endsWith("/schedule/week?interviewer=" + lead.id() + "&week=" + week);
        assertThat(follow(page, refused)).contains("data-testid=\"decline-error\"").contains("Say why.");
        assertThat(leadOf(app, round)).isEqualTo(lead.id());

        Api.Response declined = page.form("/interviews/" + round + "/decline", Map.of("interviewerId", String.valueOf(lead.id()),
                "reason", "dentist", "week", week));
        assertThat(follow(page, declined)).contains("Re-planned: 1 interview(s) moved");
        assertThat(leadOf(app, round)).isNotEqualTo(lead.id());
    }

    @Test
    @DisplayName("a recruiter declines for an interviewer on the plan page, in French; another interviewer may not")
    void fromThePlanPage() throws Exception {
        List<Person> panel = new ArrayList<>();
        for (int i = 0; i < 7; i++) panel.add(interviewer(ONSITE));
        long app = atOnsite();
        JsonNode second = publishedOnsite(app).get("slots").get(1);
        long round = second.get("roundId").asLong();
        long lead = second.get("interviewerId").asLong();
        Person outsider = panel.stream().filter(p -> p.id() != lead).findFirst().orElseThrow();
        Api stranger = Api.session(port, outsider.email(), PASSWORD);
        assertThat(stranger.form("/interviews/" + round + "/decline", Map.of("interviewerId", String.valueOf(lead), "reason", "no"))
                .status()).isEqualTo(403);

        Person recruiter = person("RECRUITER");
        Api page = Api.session(port, recruiter.email(), PASSWORD);
        assertThat(page.get("/applications/" + app + "/schedule?lang=fr").body()).contains("data-testid=\"published\"")
                .contains("data-testid=\"decline-" + round + "\"").contains("Je ne peux pas venir");
        Map<String, String> blank = Map.of("interviewerId", String.valueOf(lead), "reason", "", "applicationId", String.valueOf(app));
        Api.Response refused = page.form("/interviews/" + round + "/decline", blank);
        assertThat(refused.header("Location")).endsWith("/applications/" + app + "/schedule");
        assertThat(follow(page, refused)).contains("Indiquez pourquoi.");
        assertThat(leadOf(app, round)).isEqualTo(lead);

        Api.Response declined = page.form("/interviews/" + round + "/decline", Map.of("interviewerId", String.valueOf(lead),
                "reason", "malade", "applicationId", String.valueOf(app)));
        assertThat(follow(page, declined)).contains("1 entretien(s) déplacé(s)");
        assertThat(leadOf(app, round)).isNotEqualTo(lead);
    }

    /** The page a form's redirect leads to, in the same session. */
    private String follow(Api page, Api.Response redirect) {
        assertThat(redirect.status()).isEqualTo(302);
        return page.get(java.net.URI.create(redirect.header("Location")).getRawPath() + "?"
                + java.util.Objects.requireNonNullElse(java.net.URI.create(redirect.header("Location")).getRawQuery(), "")).body();
    }

    private long leadOf(long app, long round) {
        for (JsonNode i : admin().get("/api/v1/applications/" + app + "/interviews").json()) {
            if (i.get("id").asLong() == round) return i.get("panel").get(0).get("id").asLong();
        }
        throw new AssertionError("no round " + round);
    }

    /** Every person the tests create signs in with the same password. */
    private Person someone(long id) {
        for (JsonNode user : admin().get("/api/v1/users").json()) {
            if (user.get("id").asLong() == id) return new Person(id, user.get("email").asString(), null);
        }
        throw new IllegalStateException("no user " + id);
    }
}
