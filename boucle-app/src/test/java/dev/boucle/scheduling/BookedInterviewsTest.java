package dev.boucle.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boucle.hiring.ApplicationDetails;
import dev.boucle.hiring.process.StageKind;
import dev.boucle.people.CurrentUser;
import dev.boucle.people.Users;
import dev.boucle.scheduler.Interval;
import dev.boucle.scheduler.InterviewerSpec;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** What the engine is told about interviews people already have when another loop is planned. */
class BookedInterviewsTest extends SchedulingTestSupport {

    @Autowired
    LoopInstances instances;
    @Autowired
    ApplicationDetails details;
    @Autowired
    Users users;

    @Test
    @DisplayName("a published interview reaches the next loop's problem as booked, and the person's weekly cap stays as they set it")
    void bookedNotLoweredCap() throws Exception {
        for (int i = 0; i < 7; i++) interviewer(ONSITE);
        JsonNode slot = publishedOnsite(atOnsite()).get("slots").get(0);
        String lead = slot.get("interviewerId").asString();
        Instant start = Instant.parse(slot.get("start").asString());

        long next = atOnsite();
        assertThat(admin().send("PUT", "/api/v1/applications/" + next + "/candidate-availability", "application/json",
                "{\"zone\": \"Europe/Paris\", \"slots\": " + threeDays() + "}").status()).isEqualTo(200);
        CurrentUser recruiter = users.byId(person("RECRUITER").id()).orElseThrow();
        var problem = instances.build(details.application(next, recruiter), StageKind.ONSITE_LOOP, List.of(), recruiter);

        InterviewerSpec spec = problem.instance().interviewers().stream().filter(i -> i.id().equals(lead)).findFirst().orElseThrow();
        assertThat(spec.maxPerWeek()).isEqualTo(8);
        assertThat(spec.booked()).anySatisfy(b -> assertThat(b.start()).isEqualTo(start));
        assertThat(spec.busy()).extracting(Interval::start).doesNotContain(start);
    }
}
