package dev.boucle.offers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boucle.Api;
import dev.boucle.BoucleIntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Why a candidate declined: recorded from a closed set through the API and the offer page, refused by name when bad. */
class OfferDeclineReasonTest extends BoucleIntegrationTest {

    @Autowired
    JdbcClient jdbc;

    /** An in-band Paris offer, submitted (so approved) and extended: the candidate can now answer. */
    long extendedOffer(String candidate) {
        long app = OfferFixtures.applicationAtOffer(admin(), createJob("software-engineer", null), candidate);
        long offer = OfferFixtures.createOffer(admin(), app, "95000");
        assertThat(move(offer, Map.of("action", "submit")).status()).isEqualTo(200);
        assertThat(move(offer, Map.of("action", "extend")).status()).isEqualTo(200);
        return offer;
    }

    Api.Response move(long offer, Map<String, Object> body) {
        return admin().post("/api/v1/offers/" + offer + "/transitions", body);
    }

    JsonNode offer(long id) {
        return admin().get("/api/v1/offers/" + id).json();
    }

    @Test
    @DisplayName("a decline reason outside the set, or with another action than decline, is a 400 naming declineReason, and nothing changes")
    void badDeclineReason() {
        long offer = extendedOffer("Bruno Bad Reason");
        Api.Response unknown = move(offer, Map.of("action", "decline", "declineReason", "BORED"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(unknown.json().get("errors").propertyNames()).containsExactly("declineReason");
        Api.Response withAccept = move(offer, Map.of("action", "accept", "declineReason", "COMPENSATION"));
        assertThat(withAccept.status()).isEqualTo(400);
        assertThat(withAccept.json().get("errors").propertyNames()).containsExactly("declineReason");
        Api.Response french = admin().sendWithLanguage("POST", "/api/v1/offers/" + offer + "/transitions",
                "{\"action\": \"expire\", \"declineReason\": \"TIMING\"}", "fr");
        assertThat(french.status()).isEqualTo(400);
        assertThat(french.json().get("errors").get("declineReason").asString())
                .isEqualTo("Un motif de refus ne s’indique que lorsque le candidat refuse l’offre.");
        Api.Response number = admin().send("POST", "/api/v1/offers/" + offer + "/transitions", "application/json",
                "{\"action\": \"decline\", \"declineReason\": 7}");
        assertThat(number.status()).isEqualTo(400);

        JsonNode unchanged = offer(offer);
        assertThat(unchanged.get("state").asString()).isEqualTo("EXTENDED");
        assertThat(unchanged.get("declineReason").isNull()).isTrue();
        assertThat(OfferFixtures.states(unchanged)).containsExactly("DRAFT", "APPROVED", "EXTENDED");
        assertThat(jdbc.sql("select count(*) from offer_events where offer_id = ? and decline_reason is not null").param(offer)
                .query(Long.class).single()).isZero();
    }

    @Test
    @DisplayName("a decline keeps its reason on the offer and on its DECLINED history row; a decline without one (an older client) keeps none")
    void declineWithAndWithoutReason() {
        long offer = extendedOffer("Chloé Competing");
        JsonNode declined = move(offer, Map.of("action", "decline", "reason", "Took the other lab's offer",
                "declineReason", "competing_offer")).json();
        assertThat(declined.get("state").asString()).isEqualTo("DECLINED");
        assertThat(declined.get("declineReason").asString()).isEqualTo("COMPETING_OFFER");
        JsonNode last = declined.get("events").get(declined.get("events").size() - 1);
        assertThat(last.get("type").asString()).isEqualTo("DECLINED");
        assertThat(last.get("declineReason").asString()).isEqualTo("COMPETING_OFFER");
        assertThat(last.get("reason").asString()).isEqualTo("Took the other lab's offer");
        assertThat(declined.get("events").valueStream().filter(e -> !e.get("declineReason").isNull()).count()).isEqualTo(1);

        long silent = extendedOffer("Sam Silent");
        JsonNode old = move(silent, Map.of("action", "decline", "reason", "No reason given")).json();
        assertThat(old.get("state").asString()).isEqualTo("DECLINED");
        assertThat(old.get("declineReason").isNull()).isTrue();
    }

    @Test
    @DisplayName("the offer page's decline form lists the reasons in the reader's language, keeps the one chosen, and shows a bad one as a field error")
    void onThePage() {
        long offer = extendedOffer("Paula Page");
        Person recruiter = person("RECRUITER");
        Api session = Api.session(port, recruiter.email(), PASSWORD);
        String form = session.get("/offers/" + offer + "?lang=fr").body();
        assertThat(form).contains("name=\"declineReason\"", "Non précisé", "Rémunération", "Offre concurrente",
                "Contre-offre de l’employeur actuel");
        for (DeclineReason r : DeclineReason.values()) assertThat(form).contains("value=\"" + r.name() + "\"");

        Api.Response bad = session.form("/offers/" + offer + "/transitions", Map.of("action", "DECLINE", "declineReason", "BORED"));
        assertThat(bad.status()).isEqualTo(302);
        String refused = session.get("/offers/" + offer).body();
        assertThat(refused).contains("data-testid=\"decline-reason-error\" data-field=\"declineReason\">Motif de refus inconnu de Boucle");
        assertThat(offer(offer).get("state").asString()).isEqualTo("EXTENDED");

        session.form("/offers/" + offer + "/transitions", Map.of("action", "DECLINE", "declineReason", "COUNTER_OFFER"));
        JsonNode declined = offer(offer);
        assertThat(declined.get("state").asString()).isEqualTo("DECLINED");
        assertThat(declined.get("declineReason").asString()).isEqualTo("COUNTER_OFFER");
        assertThat(session.get("/offers/" + offer + "?lang=fr").body())
                .contains("data-testid=\"decline-reason\">Contre-offre de l’employeur actuel");

        // Every button submits the one form: accepting with a reason left selected ignores it.
        long other = extendedOffer("Anna Accepts");
        Api.Response accepted = session.form("/offers/" + other + "/transitions", Map.of("action", "ACCEPT", "declineReason", "TIMING"));
        assertThat(accepted.status()).isEqualTo(302);
        JsonNode hired = offer(other);
        assertThat(hired.get("state").asString()).isEqualTo("ACCEPTED");
        assertThat(hired.get("declineReason").isNull()).isTrue();
    }
}
