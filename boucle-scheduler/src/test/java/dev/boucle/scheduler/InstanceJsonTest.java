package dev.boucle.scheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class InstanceJsonTest {

    private static final String VALID = """
            {"grainMinutes": 15,
             "interviewers": [{"id": "i1", "zone": "Europe/Paris", "languages": ["en","fr"],
               "roundTypes": ["CODING"], "maxPerWeek": 4, "trainee": false,
               "workHours": {"start": "09:00", "end": "18:00"},
               "busy": [{"start": "2026-12-07T10:00:00Z", "end": "2026-12-07T11:00:00Z"}]}],
             "loops": [{"candidate": "c1", "zone": "Europe/London", "language": "en",
               "available": [{"start": "2026-12-08T08:00:00Z", "end": "2026-12-08T17:00:00Z"}],
               "excludedInterviewers": ["i7"], "minBreakMinutes": 15,
               "rounds": [{"id": "c1-1", "type": "CODING", "minutes": 60,
                           "published": {"interviewer": "i1", "start": "2026-12-08T09:00:00Z"}}]}]}
            """;

    @Test
    void theReadmeExampleFileReadsIntoTheInstanceItDescribes() throws Exception {
        Instance instance = InstanceJson.parse(Files.readString(Path.of("examples/week.json")));
        assertThat(instance.grainMinutes()).isEqualTo(15);
        assertThat(instance.interviewers()).extracting(InterviewerSpec::id).containsExactly("i1", "i2", "i3", "i4", "t1");
        InterviewerSpec i1 = instance.interviewers().getFirst();
        assertThat(i1.zone()).isEqualTo(ZoneId.of("Europe/Paris"));
        assertThat(i1.workStart()).isEqualTo(LocalTime.of(9, 0));
        assertThat(i1.busy()).containsExactly(new Interval(Instant.parse("2026-12-08T10:00:00Z"), Instant.parse("2026-12-08T11:00:00Z")));
        assertThat(instance.interviewers().get(4).trainee()).isTrue();
        assertThat(instance.loops()).extracting(LoopSpec::candidate).containsExactly("c1", "c2", "c3");
        assertThat(instance.loops().getFirst().excludedInterviewers()).containsExactly("i4");
        assertThat(instance.loops().get(1).excludedInterviewers()).isEmpty();
    }

    @Test
    void optionalFieldsHaveDefaultsAndPublishedIsRead() {
        Instance instance = InstanceJson.parse(VALID.replace("\"trainee\": false,", "").replace("\"minBreakMinutes\": 15,", ""));
        assertThat(instance.interviewers().getFirst().trainee()).isFalse();
        assertThat(instance.interviewers().getFirst().booked()).isEmpty();
        assertThat(instance.loops().getFirst().minBreakMinutes()).isZero();
        RoundSpec round = instance.loops().getFirst().rounds().getFirst();
        assertThat(round.published()).isEqualTo(new Placement("i1", Instant.parse("2026-12-08T09:00:00Z")));
        assertThat(round.pinned()).isNull();
    }

    @Test
    void bookedInterviewsAreRead() {
        Instance instance = InstanceJson.parse(VALID.replace("\"busy\":",
                "\"booked\": [{\"start\": \"2026-12-09T10:00:00Z\", \"end\": \"2026-12-09T11:00:00Z\"}], \"busy\":"));
        assertThat(instance.interviewers().getFirst().booked())
                .containsExactly(new Interval(Instant.parse("2026-12-09T10:00:00Z"), Instant.parse("2026-12-09T11:00:00Z")));
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', value = {
        "\"minutes\": 60|\"minutes\": 50|loops[0].rounds[0].minutes: must be a positive multiple of grainMinutes",
        "\"minutes\": 60|\"minutes\": \"sixty\"|loops[0].rounds[0].minutes: must be an integer",
        "\"zone\": \"Europe/Paris\"|\"zone\": \"Mars/Olympus\"|interviewers[0].zone: unknown time zone 'Mars/Olympus'",
        "\"maxPerWeek\": 4,|\"maxPerWeek\": -1,|interviewers[0].maxPerWeek: must not be negative",
        "\"end\": \"18:00\"|\"end\": \"08:00\"|interviewers[0].workHours: start must be before end (same local day)",
        "\"start\": \"09:00\"|\"start\": \"9h\"|interviewers[0].workHours.start: must be a local time such as 09:00",
        "\"grainMinutes\": 15|\"grainMinutes\": 7|grainMinutes: must be a positive divisor of 60 (e.g. 15)",
        "\"language\": \"en\",|\"lang\": \"en\",|loops[0].lang: unknown field",
        "\"candidate\": \"c1\",|\"candidate\": \"\",|loops[0].candidate: must be a non-empty string",
        "\"end\": \"2026-12-08T17:00:00Z\"|\"end\": \"2026-12-08T07:00:00Z\"|loops[0].available[0]: start must be before end",
        "\"start\": \"2026-12-08T09:00:00Z\"|\"start\": \"2026-12-08T09:05:00Z\"|loops[0].rounds[0].published.start: must fall on the 15-minute grain",
        "\"interviewer\": \"i1\"|\"interviewer\": \"i9\"|loops[0].rounds[0].published.interviewer: unknown interviewer 'i9'",
        "\"roundTypes\": [\"CODING\"],|\"roundTypes\": \"CODING\",|interviewers[0].roundTypes: must be an array",
    })
    void aBadValueIsReportedWithThePathOfItsField(String good, String bad, String message) {
        String json = VALID.replace(good, bad);
        assertThat(json).isNotEqualTo(VALID);
        assertThatThrownBy(() -> InstanceJson.parse(json)).isInstanceOf(InstanceException.class).hasMessage(message);
    }

    @Test
    void aMissingFieldIsNamed() {
        assertThatThrownBy(() -> InstanceJson.parse(VALID.replace("\"id\": \"c1-1\", ", "")))
                .isInstanceOf(InstanceException.class).hasMessage("loops[0].rounds[0].id: is required");
    }

    @Test
    void brokenJsonSaysWhere() {
        assertThatThrownBy(() -> InstanceJson.parse("{\"grainMinutes\": 15,\n \"loops\": [}"))
                .isInstanceOf(InstanceException.class).hasMessageStartingWith("$: not valid JSON (line 2");
    }

    @Test
    void aPlanIsWrittenWithTheDocumentedKeys() {
        Plan plan = new Plan(List.of(new Assignment("c1-1", "i1", Instant.parse("2026-12-08T09:00:00Z"),
                Instant.parse("2026-12-08T10:00:00Z"), "t1"), new Assignment("c1-2", "i2", Instant.parse("2026-12-08T10:15:00Z"),
                Instant.parse("2026-12-08T11:15:00Z"), null)), List.of("c1-3"), new Score(0, -1, -250), "greedy", 12,
                List.of(new Unplaced("c1-3", Unplaced.Reason.WEEKLY_CAPS, "the 2 free have reached their weekly cap")),
                List.of(new SpreadLoop("c1", 2, SpreadLoop.Reason.AVAILABILITY, "275 minutes needed, 180 the longest day")));
        JsonNode json = JsonMapper.builder().build().readTree(PlanJson.write(plan));
        assertThat(json.propertyNames()).containsExactly("assignments", "unassigned", "score", "solver", "millis", "why", "spread");
        assertThat(json.get("why").get(0).get("round").asString()).isEqualTo("c1-3");
        assertThat(json.get("why").get(0).get("reason").asString()).isEqualTo("WEEKLY_CAPS");
        assertThat(json.get("spread").get(0).get("days").asInt()).isEqualTo(2);
        assertThat(json.get("spread").get(0).get("reason").asString()).isEqualTo("AVAILABILITY");
        assertThat(json.get("assignments").get(0).get("start").asString()).isEqualTo("2026-12-08T09:00:00Z");
        assertThat(json.get("assignments").get(0).get("shadow").asString()).isEqualTo("t1");
        assertThat(json.get("assignments").get(1).has("shadow")).isFalse();
        assertThat(json.get("unassigned").get(0).asString()).isEqualTo("c1-3");
        assertThat(json.get("score").get("medium").asLong()).isEqualTo(-1);
        assertThat(json.get("solver").asString()).isEqualTo("greedy");
    }
}
