package dev.boucle.offers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boucle.Api;
import dev.boucle.BoucleIntegrationTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/** An extended offer's respond-by date, and Boucle expiring the offers nobody answered in time, on the real database. */
class OfferExpiryTest extends BoucleIntegrationTest {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Autowired
    OfferExpiry expiry;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    /** An in-band Paris offer, submitted and so approved, ready to extend. */
    long approvedOffer(String candidate) {
        Person manager = person("HIRING_MANAGER");
        long app = OfferFixtures.applicationAtOffer(admin(), createJob("software-engineer", manager.id()), candidate);
        long offer = OfferFixtures.createOffer(admin(), app, "95000");
        admin().post("/api/v1/offers/" + offer + "/transitions", Map.of("action", "submit"));
        return offer;
    }

    Api.Response extend(long offer, String respondBy) {
        return admin().post("/api/v1/offers/" + offer + "/transitions", Map.of("action", "extend", "respondBy", respondBy));
    }

    JsonNode offer(long id) {
        return admin().get("/api/v1/offers/" + id).json();
    }

    List<JsonNode> expiredEvents(long offer) {
        return offer(offer).get("events").valueStream().filter(e -> e.get("type").asString().equals("EXPIRED")).toList();
    }

    void answerBy(long offer, LocalDate date) {
        jdbc.sql("update offers set respond_by = ? where id = ?").params(java.sql.Date.valueOf(date), offer).update();
    }

    @Test
    @DisplayName("a respond-by date in the past, beyond 60 days, unreadable, or given with another action is a 400 naming respondBy, and nothing changes")
    void badRespondBy() {
        long offer = approvedOffer("Paula Past");
        LocalDate today = LocalDate.now(PARIS);
        for (String bad : List.of(today.minusDays(1).toString(), today.plusDays(61).toString(), "next friday")) {
            Api.Response r = extend(offer, bad);
            assertThat(r.status()).as(bad).isEqualTo(400);
            assertThat(r.contentType()).startsWith("application/problem+json");
            assertThat(r.json().get("errors").propertyNames()).as(bad).containsExactly("respondBy");
        }
        Api.Response french = admin().sendWithLanguage("POST", "/api/v1/offers/" + offer + "/transitions",
                "{\"action\": \"extend\", \"respondBy\": \"" + today.minusDays(3) + "\"}", "fr");
        assertThat(french.json().get("errors").get("respondBy").asString()).isEqualTo("La date limite de réponse est passée.");
        Api.Response withAccept = admin().post("/api/v1/offers/" + offer + "/transitions",
                Map.of("action", "accept", "respondBy", today.plusDays(3).toString()));
        assertThat(withAccept.status()).isEqualTo(400);
        assertThat(withAccept.json().get("errors").has("respondBy")).isTrue();

        JsonNode unchanged = offer(offer);
        assertThat(unchanged.get("state").asString()).isEqualTo("APPROVED");
        assertThat(unchanged.get("respondBy").isNull()).isTrue();
        assertThat(OfferFixtures.states(unchanged)).containsExactly("DRAFT", "APPROVED");

        JsonNode lastDay = extend(offer, today.plusDays(60).toString()).json();
        assertThat(lastDay.get("state").asString()).isEqualTo("EXTENDED");
        assertThat(lastDay.get("respondBy").asString()).isEqualTo(today.plusDays(60).toString());
    }

    @Test
    @DisplayName("extending without a date gives the candidate 7 days from today in the office, shown on the page and in the letter")
    void defaultSevenDays() throws Exception {
        long offer = approvedOffer("Denis Default");
        JsonNode extended = admin().post("/api/v1/offers/" + offer + "/transitions", Map.of("action", "extend")).json();
        LocalDate due = LocalDate.parse(extended.get("respondBy").asString());
        assertThat(due).isEqualTo(LocalDate.now(PARIS).plusDays(7));

        Person reader = person("ADMIN");
        String page = Api.session(port, reader.email(), PASSWORD).get("/offers/" + offer + "?lang=fr").body();
        assertThat(page).contains(due.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.FRENCH)));
        assertThat(OfferLetterTest.text(port, offer, "en"))
                .contains("Please reply by " + due.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.ENGLISH)));
        assertThat(OfferLetterTest.text(port, offer, "fr")).contains("Merci de nous répondre au plus tard le "
                + due.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.FRENCH)));
    }

    @Test
    @DisplayName("the date chosen on the offer page is the one kept")
    void chosenOnThePage() {
        long offer = approvedOffer("Paul Page");
        Person recruiter = person("RECRUITER");
        Api session = Api.session(port, recruiter.email(), PASSWORD);
        LocalDate chosen = LocalDate.now(PARIS).plusDays(10);
        Api.Response moved = session.form("/offers/" + offer + "/transitions", Map.of("action", "EXTEND", "respondBy", chosen.toString()));
        assertThat(moved.status()).isLessThan(400);
        assertThat(offer(offer).get("respondBy").asString()).isEqualTo(chosen.toString());
    }

    @Test
    @DisplayName("once its date has passed in the office, Boucle expires the offer once, with its reason; an offer still in time stays extended")
    void expiresOnceWhenOverdue() {
        long overdue = approvedOffer("Olivier Overdue");
        long inTime = approvedOffer("Ines InTime");
        LocalDate today = LocalDate.now(PARIS);
        extend(overdue, today.toString());
        extend(inTime, today.toString());
        answerBy(overdue, today.minusDays(1));

        // Just before midnight in Paris the last day to answer is not over yet; just after, it is
        // (still the day before in UTC: the office's day counts, not the server's).
        var midnight = today.atStartOfDay(PARIS).toInstant();
        assertThat(expiry.expireDue(midnight.minusSeconds(1800))).isZero();
        assertThat(offer(overdue).get("state").asString()).isEqualTo("EXTENDED");
        assertThat(expiry.expireDue(midnight.plusSeconds(1800))).isEqualTo(1);

        JsonNode expired = offer(overdue);
        assertThat(expired.get("state").asString()).isEqualTo("EXPIRED");
        List<JsonNode> events = expiredEvents(overdue);
        assertThat(events).hasSize(1);
        assertThat(events.getFirst().get("actor").asString()).isEqualTo("Boucle");
        assertThat(events.getFirst().get("actorId").isNull()).isTrue();
        assertThat(events.getFirst().get("reason").asString()).isEqualTo("no answer by " + today.minusDays(1));

        assertThat(expiry.expireDue(java.time.Instant.now())).isZero();
        assertThat(expiredEvents(overdue)).hasSize(1);
        assertThat(admin().post("/api/v1/offers/" + overdue + "/transitions", Map.of("action", "accept")).status()).isEqualTo(409);
        assertThat(offer(inTime).get("state").asString()).isEqualTo("EXTENDED");
        assertThat(expiredEvents(inTime)).isEmpty();

        Person reader = person("ADMIN");
        assertThat(Api.session(port, reader.email(), PASSWORD).get("/offers/" + overdue + "?lang=fr").body()).contains("Boucle")
                .contains("pas de réponse au " + today.minusDays(1).format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.FRENCH)));
    }

    @Test
    @DisplayName("an overdue offer another host holds is skipped, not expired twice, and expired by the next run")
    void skipsWhatAnotherHostHolds() throws Exception {
        long offer = approvedOffer("Hector Held");
        LocalDate today = LocalDate.now(PARIS);
        extend(offer, today.toString());
        answerBy(offer, today.minusDays(1));

        Integer whileHeld = transactions.execute(status -> {
            jdbc.sql("select id from offers where id = ? for update").param(offer).query(Long.class).single();
            try {
                // Another connection, as another host would have: it must skip the row, not wait for it.
                return CompletableFuture.supplyAsync(() -> expiry.expireDue(java.time.Instant.now())).get(60, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(whileHeld).isZero();
        assertThat(offer(offer).get("state").asString()).isEqualTo("EXTENDED");
        assertThat(expiry.expireDue(java.time.Instant.now())).isEqualTo(1);
        assertThat(expiredEvents(offer)).hasSize(1);
    }
}
