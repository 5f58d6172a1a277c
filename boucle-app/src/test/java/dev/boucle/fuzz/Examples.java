package dev.boucle.fuzz;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One valid request per operation that takes input, written by hand: the document's schemas
 * carry no enums or required fields, so bodies generated from them rarely get past the first
 * check. The fuzzer sends these as they are and, more often, with one field removed or
 * replaced by a generated value, which reaches the code behind validation. {@code {unique}}
 * becomes a fresh word at each call (e-mail addresses must be new).
 */
record Examples(Map<String, Example> byOperation) {

    record Example(String query, String body) {}

    static Examples of(Map<String, List<Long>> own) {
        long job = own.get("jobs").get(0);
        long candidate = own.get("candidates").get(0);
        long round = own.get("rounds").get(0);
        long user = own.get("users").get(0);
        String start = "2027-03-09T09:00:00Z";
        String end = "2027-03-09T10:00:00Z";
        Map<String, Example> e = new HashMap<>();
        body(e, "POST /api/v1/jobs", "{\"title\":\"Fuzz {unique}\",\"track\":\"software-engineer\",\"level\":\"L5\",\"office\":\"london\"}");
        body(e, "POST /api/v1/candidates", "{\"name\":\"Fuzz {unique}\",\"email\":\"{unique}@fuzz.example\",\"phone\":\"+33 1 23 45 67 89\","
                + "\"location\":\"Lyon\",\"source\":\"referral\"}");
        body(e, "POST /api/v1/users", "{\"email\":\"{unique}@fuzz.example\",\"name\":\"Fuzz\",\"roles\":[\"INTERVIEWER\"],\"locale\":\"fr\","
                + "\"password\":\"a-long-fuzz-password\"}");
        body(e, "POST /api/v1/users/{id}/tokens", "{\"label\":\"ci\"}");
        body(e, "POST /api/v1/applications", "{\"candidateId\":" + candidate + ",\"jobId\":" + job + "}");
        body(e, "POST /api/v1/applications/{id}/transitions", "{\"action\":\"hold\",\"reason\":\"waiting for a visa\"}");
        body(e, "POST /api/v1/applications/{id}/stages/{stage}/close", "{\"reason\":\"enough signal\"}");
        body(e, "POST /api/v1/applications/{id}/rounds/{roundId}/waive", "{\"reason\":\"seen in a previous loop\"}");
        body(e, "POST /api/v1/applications/{id}/rounds/{roundId}/complete", "{}");
        body(e, "POST /api/v1/applications/{id}/votes", "{\"vote\":\"HIRE\",\"rationale\":\"strong loop\"}");
        body(e, "POST /api/v1/applications/{id}/decision", "{\"decision\":\"MORE_DATA\",\"rationale\":\"one more signal\","
                + "\"rounds\":[\"BEHAVIORAL\"]}");
        body(e, "POST /api/v1/applications/{id}/schedule", "{\"stage\":\"PHONE_SCREEN\",\"pins\":[]}");
        body(e, "PUT /api/v1/applications/{id}/candidate-availability", "{\"zone\":\"Europe/Paris\",\"slots\":[{\"start\":\"" + start
                + "\",\"end\":\"" + end + "\"}]}");
        body(e, "PUT /api/v1/interviews/{id}", "{\"interviewers\":[" + user + "],\"start\":\"" + start + "\",\"minutes\":45,"
                + "\"mode\":\"VIRTUAL\",\"language\":\"en\",\"aiPolicy\":\"UNAIDED\"}");
        body(e, "PUT /api/v1/interviews/{id}/notes", "{\"text\":\"asked about trade-offs\"}");
        body(e, "PUT /api/v1/interviews/{roundId}/pad", "{\"problemId\":\"two-sum\"}");
        body(e, "POST /api/v1/interviews/{roundId}/decline", "{\"interviewerId\":" + user + ",\"reason\":\"on leave\"}");
        body(e, "POST /api/v1/interviews/{id}/scorecards", "{\"recommendation\":\"YES\",\"summary\":\"clear\",\"ratings\":{},"
                + "\"evidence\":{}}");
        body(e, "PUT /api/v1/interviewers/{id}/profile", "{\"office\":\"paris\",\"zone\":\"Europe/Paris\",\"languages\":[\"en\",\"fr\"],"
                + "\"roundTypes\":[\"BEHAVIORAL\"],\"workStart\":\"09:00\",\"workEnd\":\"18:00\",\"maxPerWeek\":5,\"trainee\":false}");
        body(e, "PUT /api/v1/interviewers/{id}/calendar-feed", "{\"url\":\"https://calendar.example/feed.ics\"}");
        body(e, "POST /api/v1/interviewers/{id}/blocks", "{\"start\":\"" + start + "\",\"end\":\"" + end + "\"}");
        body(e, "POST /api/v1/interviewers/{id}/unavailable", "{\"from\":\"" + start + "\",\"to\":\"" + end + "\",\"reason\":\"ill\"}");
        body(e, "POST /api/v1/submissions", "{\"problemId\":\"two-sum\",\"language\":\"python\",\"source\":\"print(1)\",\"roundId\":"
                + round + "}");
        body(e, "PUT /api/v1/questions/{id}", "{\"roundType\":\"BEHAVIORAL\",\"body\":{\"title\":{\"en\":\"T\",\"fr\":\"T\"},"
                + "\"prompt\":{\"en\":\"P\",\"fr\":\"P\"},\"guide\":{\"en\":\"G\",\"fr\":\"G\"},\"competencies\":[],"
                + "\"tracks\":[\"software-engineer\"],\"levels\":[\"L5\"],\"difficulty\":\"MEDIUM\"}}");
        body(e, "POST /api/v1/applications/{id}/offers", "{\"office\":\"paris\",\"base\":\"65000\",\"bonusTargetPercent\":\"10\","
                + "\"signOn\":\"0\",\"relocation\":\"0\",\"startDate\":\"2027-04-01\"}");
        body(e, "POST /api/v1/offers/{id}/transitions", "{\"action\":\"send\"}");
        body(e, "POST /api/v1/offers/{id}/approvals", "{\"decision\":\"APPROVE\",\"reason\":\"in band\"}");
        // A host that never resolves: the body gets past every other check, and no endpoint is stored.
        body(e, "POST /api/v1/webhooks", "{\"url\":\"https://hooks.fuzz.invalid/boucle\",\"events\":[\"candidate.erased\"],"
                + "\"description\":\"fuzz\"}");
        body(e, "PUT /api/v1/webhooks/{id}", "{\"url\":\"https://hooks.fuzz.invalid/boucle\",\"events\":[\"offer.changed\"],"
                + "\"description\":\"fuzz\",\"active\":false}");
        e.put("GET /api/v1/comp/net", new Example("country=FR&year=2026&gross=65000&household=single", null));
        e.put("GET /api/v1/jobs/{id}/pipeline", new Example("limit=25", null));
        e.put("GET /api/v1/candidates", new Example("q=Fuzz&limit=10&offset=0", null));
        e.put("GET /api/v1/offers/{id}/comparison", new Example("household=single&children=0", null));
        // Random filter values are almost always refused (an unknown job, an unreadable date): a good cut reaches the report.
        for (String report : List.of("funnel", "time-to-hire", "sources", "offers", "decline-reasons", "interviewer-load",
                "scorecard-latency", "questions", "calibration", "verdicts")) {
            e.put("GET /api/v1/analytics/" + report, new Example("jobId=" + job + "&track=software-engineer&from=2026-01-01&to=2026-03-31",
                    null));
        }
        return new Examples(Map.copyOf(e));
    }

    private static void body(Map<String, Example> examples, String operation, String json) {
        examples.put(operation, new Example(null, json));
    }

    Example of(String operation) {
        return byOperation.get(operation);
    }
}
