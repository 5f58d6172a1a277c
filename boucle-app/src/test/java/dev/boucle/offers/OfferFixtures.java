package dev.boucle.offers;

import dev.boucle.Api;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Applications walked to OFFER through the API, and offers on them, for the offer tests and the matrix. */
public final class OfferFixtures {

    private OfferFixtures() {}

    /** A new candidate on {@code jobId}, advanced stage by stage (rounds completed) to OFFER. */
    public static long applicationAtOffer(Api admin, long jobId, String candidateName) {
        long candidate = admin.post("/api/v1/candidates", Map.of("name", candidateName,
                "email", "offer-" + System.nanoTime() + "@example.com")).json().get("id").asLong();
        long app = admin.post("/api/v1/applications", Map.of("candidateId", candidate, "jobId", jobId)).json().get("id").asLong();
        for (int i = 0; i < 10; i++) {
            JsonNode a = admin.get("/api/v1/applications/" + app).json();
            if (a.get("stage").asString().equals("OFFER")) return app;
            for (JsonNode round : a.get("rounds")) {
                if (round.get("status").asString().equals("OPEN") && round.get("stage").asString().equals(a.get("stage").asString())) {
                    admin.post("/api/v1/applications/" + app + "/rounds/" + round.get("id").asLong() + "/complete", Map.of());
                }
            }
            Api.Response moved = admin.post("/api/v1/applications/" + app + "/transitions", Map.of("action", "advance"));
            if (moved.status() != 200) throw new IllegalStateException(moved.body());
        }
        throw new IllegalStateException("application " + app + " did not reach OFFER");
    }

    /**
     * An offer body for a Paris software-engineer L5 (band 81k-95k-109k EUR, 10 %, equity 80k-160k):
     * {@code base} decides whether it is in the band. BSPCE with a strike, so the equity is in band.
     */
    public static Map<String, Object> parisOffer(String base) {
        Map<String, Object> equity = new HashMap<>(Map.of("instrument", "BSPCE", "units", "4000", "strike", "10", "valuation", "40",
                "vestingMonths", "48", "cliffMonths", "12", "liquidityNote", "Private company: sale only at an exit or a company-run secondary."));
        Map<String, Object> body = new HashMap<>(Map.of("office", "paris", "base", base, "bonusTargetPercent", "10", "signOn", "5000",
                "relocation", "0", "startDate", LocalDate.now().plusDays(40).toString(), "equity", equity));
        return body;
    }

    public static long createOffer(Api admin, long app, String base) {
        Api.Response r = admin.post("/api/v1/applications/" + app + "/offers", parisOffer(base));
        if (r.status() != 201) throw new IllegalStateException(r.body());
        return r.json().get("id").asLong();
    }

    /** An offer above its band, submitted: it waits for the job's hiring manager, then an admin. */
    public static long pendingOffer(Api admin, long jobId) {
        long app = applicationAtOffer(admin, jobId, "Pending Offer Candidate");
        long offer = createOffer(admin, app, "130000");
        Api.Response r = admin.post("/api/v1/offers/" + offer + "/transitions", Map.of("action", "submit"));
        if (r.status() != 200 || !r.json().get("state").asString().equals("PENDING_APPROVAL")) throw new IllegalStateException(r.body());
        return offer;
    }

    public static List<String> states(JsonNode offer) {
        return offer.get("events").valueStream().map(e -> e.get("to").isNull() ? "" : e.get("to").asString()).toList();
    }
}
