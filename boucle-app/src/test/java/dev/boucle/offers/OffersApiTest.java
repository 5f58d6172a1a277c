package dev.boucle.offers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boucle.Api;
import dev.boucle.BoucleIntegrationTest;
import dev.boucle.comp.NetEngine;
import dev.boucle.comp.api.NetResult;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Offers through the API on the real database: building, approving, moving and comparing them. */
class OffersApiTest extends BoucleIntegrationTest {

    static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder().build();

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CompBands bands;

    long parisJob(long managerId) {
        return createJob("software-engineer", managerId);
    }

    Api.Response submit(long offer) {
        return admin().post("/api/v1/offers/" + offer + "/transitions", Map.of("action", "submit"));
    }

    JsonNode offer(long id) {
        return admin().get("/api/v1/offers/" + id).json();
    }

    @Test
    @DisplayName("a bad offer is refused as problem+json naming every field at fault, and nothing is stored")
    void validation() {
        Person manager = person("HIRING_MANAGER");
        long app = OfferFixtures.applicationAtOffer(admin(), parisJob(manager.id()), "Valid Ation");
        Map<String, Object> body = OfferFixtures.parisOffer("lots");
        body.put("startDate", "2001-01-01");
        body.put("bonusTargetPercent", "300");
        @SuppressWarnings("unchecked") Map<String, Object> equity = new HashMap<>((Map<String, Object>) body.get("equity"));
        equity.remove("strike");
        equity.put("liquidityNote", "");
        equity.put("cliffMonths", "60");
        body.put("equity", equity);
        Api.Response r = admin().post("/api/v1/applications/" + app + "/offers", body);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().get("errors").propertyNames()).containsExactlyInAnyOrder("base", "bonusTargetPercent", "startDate",
                "equity.strike", "equity.liquidityNote", "equity.cliffMonths");
        assertThat(r.json().get("detail").asString()).contains("base");

        Map<String, Object> emi = OfferFixtures.parisOffer("95000");
        @SuppressWarnings("unchecked") Map<String, Object> e2 = new HashMap<>((Map<String, Object>) emi.get("equity"));
        e2.put("instrument", "EMI");
        emi.put("equity", e2);
        Api.Response french = admin().sendWithLanguage("POST", "/api/v1/applications/" + app + "/offers", JSON.writeValueAsString(emi), "fr");
        assertThat(french.status()).isEqualTo(400);
        assertThat(french.json().get("errors").get("equity.instrument").asString()).contains("Londres");
        assertThat(admin().get("/api/v1/applications/" + app + "/offers").json()).isEmpty();

        Map<String, Object> numbers = OfferFixtures.parisOffer("0");
        numbers.put("base", 95000);
        numbers.put("bonusTargetPercent", 10);
        Api.Response created = admin().post("/api/v1/applications/" + app + "/offers", numbers);
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("base").decimalValue()).isEqualByComparingTo("95000");
    }

    @Test
    @DisplayName("an offer in band is approved on submission, extended, accepted, and the candidate is hired; illegal moves are 409 and change nothing")
    void withinBandLifecycle() {
        Person manager = person("HIRING_MANAGER");
        long app = OfferFixtures.applicationAtOffer(admin(), parisJob(manager.id()), "Léa Lifecycle");
        long offer = OfferFixtures.createOffer(admin(), app, "95000");
        assertThat(offer(offer).get("state").asString()).isEqualTo("DRAFT");

        Api.Response early = admin().sendWithLanguage("POST", "/api/v1/offers/" + offer + "/transitions", "{\"action\": \"accept\"}", "fr");
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.contentType()).startsWith("application/problem+json");
        assertThat(early.json().get("detail").asString()).contains("Brouillon");
        assertThat(offer(offer).get("state").asString()).isEqualTo("DRAFT");
        assertThat(offer(offer).get("events")).hasSize(1);

        JsonNode submitted = submit(offer).json();
        assertThat(submitted.get("state").asString()).isEqualTo("APPROVED");
        assertThat(submitted.get("approval").get("reasons")).isEmpty();
        assertThat(admin().post("/api/v1/offers/" + offer + "/transitions", Map.of("action", "extend")).json().get("state").asString())
                .isEqualTo("EXTENDED");
        assertThat(admin().post("/api/v1/applications/" + app + "/offers", OfferFixtures.parisOffer("95000")).status()).isEqualTo(409);
        JsonNode accepted = admin().post("/api/v1/offers/" + offer + "/transitions", Map.of("action", "accept", "reason", "Signed")).json();
        assertThat(accepted.get("state").asString()).isEqualTo("ACCEPTED");
        assertThat(OfferFixtures.states(accepted)).containsExactly("DRAFT", "APPROVED", "EXTENDED", "ACCEPTED");
        assertThat(application(app).get("status").asString()).isEqualTo("HIRED");

        assertThat(admin().post("/api/v1/offers/" + offer + "/transitions", Map.of("action", "decline")).status()).isEqualTo(409);
        assertThat(offer(offer).get("events")).hasSize(4);
        assertThat(jdbcUpdateRefused(offer)).isTrue();
    }

    /** True only when the append-only trigger itself refused the update, not for any other error. */
    boolean jdbcUpdateRefused(long offer) {
        try {
            jdbc.sql("update offer_events set reason = 'rewritten' where offer_id = ?").param(offer).update();
            return false;
        } catch (org.springframework.dao.DataAccessException e) {
            Throwable cause = e.getMostSpecificCause();
            return cause instanceof java.sql.SQLException sql && "P0001".equals(sql.getSQLState())
                    && sql.getMessage().contains("offer_events is append-only");
        }
    }

    @Test
    @DisplayName("an offer above its band waits for its approvers in order; each decision is kept with who and why")
    void inOrderApprovals() {
        Person manager = person("HIRING_MANAGER");
        Person otherAdmin = person("ADMIN");
        Person recruiter = person("RECRUITER");
        long app = OfferFixtures.applicationAtOffer(admin(), parisJob(manager.id()), "Hugo Higher");
        long offer = OfferFixtures.createOffer(admin(), app, "130000");
        JsonNode pending = submit(offer).json();
        assertThat(pending.get("state").asString()).isEqualTo("PENDING_APPROVAL");
        assertThat(pending.get("approval").get("reasons").valueStream().map(JsonNode::asString).toList()).containsExactly("BASE_ABOVE_BAND");
        assertThat(pending.get("approval").get("mode").asString()).isEqualTo("IN_ORDER");
        assertThat(pending.get("approval").get("required").asInt()).isEqualTo(2);

        Api.Response adminFirst = otherAdmin.api().post("/api/v1/offers/" + offer + "/approvals", Map.of("decision", "approve"));
        assertThat(adminFirst.status()).isEqualTo(409);
        assertThat(adminFirst.json().get("detail").asString()).contains("Test HIRING_MANAGER");
        assertThat(recruiter.api().post("/api/v1/offers/" + offer + "/approvals", Map.of("decision", "approve")).status()).isEqualTo(403);
        assertThat(manager.api().get("/api/v1/offers/" + offer).status()).isEqualTo(200);

        JsonNode afterManager = manager.api().post("/api/v1/offers/" + offer + "/approvals",
                Map.of("decision", "approve", "reason", "Competing offer, worth it")).json();
        assertThat(afterManager.get("state").asString()).isEqualTo("PENDING_APPROVAL");
        assertThat(manager.api().post("/api/v1/offers/" + offer + "/approvals", Map.of("decision", "approve")).status()).isEqualTo(409);
        JsonNode approved = otherAdmin.api().post("/api/v1/offers/" + offer + "/approvals", Map.of("decision", "approve")).json();
        assertThat(approved.get("state").asString()).isEqualTo("APPROVED");
        JsonNode approvers = approved.get("approval").get("approvers");
        assertThat(approvers.get(0).get("decidedBy").asString()).isEqualTo("Test HIRING_MANAGER");
        assertThat(approvers.get(0).get("reason").asString()).isEqualTo("Competing offer, worth it");
        assertThat(approvers.get(1).get("decision").asString()).isEqualTo("APPROVED");
        assertThat(approvers.get(1).get("decidedBy").asString()).isEqualTo("Test ADMIN");
    }

    @Test
    @DisplayName("a refusal needs a reason, is recorded, and sends the offer back to draft for a new submission")
    void refusal() {
        Person manager = person("HIRING_MANAGER");
        long app = OfferFixtures.applicationAtOffer(admin(), parisJob(manager.id()), "Inès Refused");
        long offer = OfferFixtures.createOffer(admin(), app, "60000");
        assertThat(submit(offer).json().get("approval").get("reasons").get(0).asString()).isEqualTo("BASE_BELOW_BAND");
        Api.Response noReason = manager.api().post("/api/v1/offers/" + offer + "/approvals", Map.of("decision", "refuse"));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().get("errors").has("reason")).isTrue();
        assertThat(offer(offer).get("state").asString()).isEqualTo("PENDING_APPROVAL");

        JsonNode refused = manager.api().post("/api/v1/offers/" + offer + "/approvals",
                Map.of("decision", "refuse", "reason", "Below band for a senior: we would lose her")).json();
        assertThat(refused.get("state").asString()).isEqualTo("DRAFT");
        assertThat(refused.get("approval").get("decisions").get(0).get("approved").asBoolean()).isFalse();
        assertThat(refused.get("approval").get("decisions").get(0).get("reason").asString()).contains("lose her");

        Api.Response edited = admin().send("PUT", "/api/v1/offers/" + offer, "application/json", JSON.writeValueAsString(OfferFixtures.parisOffer("90000")));
        assertThat(edited.status()).isEqualTo(200);
        JsonNode resubmitted = submit(offer).json();
        assertThat(resubmitted.get("state").asString()).isEqualTo("APPROVED");
        assertThat(resubmitted.get("approval").get("submission").asInt()).isEqualTo(2);
        assertThat(resubmitted.get("approval").get("decisions")).hasSize(1);
    }

    @Test
    @DisplayName("with an N-of-M policy any one approver suffices; the policy is data an admin replaces, bad files refused with line and field")
    void nOfMApprovals() {
        String shipped = bands.currentSource();
        try {
            Api.Response bad = admin().send("PUT", "/api/v1/comp/bands", "application/yaml", shipped.replace("mode: IN_ORDER", "mode: SOMETIMES"));
            assertThat(bad.status()).isEqualTo(400);
            assertThat(bad.json().get("field").asString()).isEqualTo("approvals.mode");
            assertThat(bad.json().get("line").asInt()).isGreaterThan(20);
            Api.Response badBand = admin().send("PUT", "/api/v1/comp/bands", "application/yaml",
                    shipped.replace("base: [81000, 95000, 109000]", "base: [81000, 95000, 9000]"));
            assertThat(badBand.status()).isEqualTo(400);
            assertThat(badBand.json().get("field").asString()).matches("bands\\[\\d+]\\.base\\[2]");

            String nOfM = shipped.replace("mode: IN_ORDER\n  required: 2", "mode: N_OF_M\n  required: 1");
            assertThat(admin().send("PUT", "/api/v1/comp/bands", "application/yaml", nOfM).status()).isEqualTo(200);
            Person manager = person("HIRING_MANAGER");
            Person otherAdmin = person("ADMIN");
            long app = OfferFixtures.applicationAtOffer(admin(), parisJob(manager.id()), "Manon Many");
            long offer = OfferFixtures.createOffer(admin(), app, "130000");
            assertThat(submit(offer).json().get("approval").get("mode").asString()).isEqualTo("N_OF_M");
            JsonNode approved = otherAdmin.api().post("/api/v1/offers/" + offer + "/approvals", Map.of("decision", "approve")).json();
            assertThat(approved.get("state").asString()).isEqualTo("APPROVED");
            assertThat(manager.api().post("/api/v1/offers/" + offer + "/approvals", Map.of("decision", "approve")).status()).isEqualTo(409);
        } finally {
            admin().send("PUT", "/api/v1/comp/bands", "application/yaml", shipped);
        }
    }

    @Test
    @DisplayName("the comparison has the four offices, each equal to boucle-comp's own result for the same input")
    void comparison() {
        Person manager = person("HIRING_MANAGER");
        long app = OfferFixtures.applicationAtOffer(admin(), parisJob(manager.id()), "Chloé Compare");
        long offer = OfferFixtures.createOffer(admin(), app, "100000");
        JsonNode single = admin().get("/api/v1/offers/" + offer + "/comparison").json();
        JsonNode family = admin().get("/api/v1/offers/" + offer + "/comparison?household=couple&children=2").json();
        assertThat(single.get("offices").valueStream().map(o -> o.get("office").asString()).toList())
                .containsExactly("paris", "london", "new-york", "san-francisco");
        NetEngine engine = new NetEngine();
        for (JsonNode o : family.get("offices")) {
            Map<String, List<String>> q = new HashMap<>();
            q.put("country", List.of(o.get("country").asString()));
            q.put("year", List.of(o.get("year").asString()));
            q.put("gross", List.of(o.get("gross").asString()));
            for (String f : List.of("region", "state", "city")) if (!o.get(f).isNull()) q.put(f, List.of(o.get(f).asString()));
            if (o.get("country").asString().equals("FR")) {
                q.put("household", List.of("couple"));
                q.put("children", List.of("2"));
            }
            if (o.get("country").asString().equals("US")) {
                q.put("filing", List.of("mfj"));
                q.put("dependents", List.of("2")); // children are dependents in the US (child tax credit, state exemptions)
            }
            NetResult r = engine.net(dev.boucle.comp.NetQuery.parse(q));
            assertThat(o.get("net").decimalValue()).as(o.get("office").asString()).isEqualByComparingTo(r.net());
            assertThat(o.get("incomeTax").decimalValue()).isEqualByComparingTo(r.incomeTax());
            assertThat(o.get("employeeContributions").decimalValue()).isEqualByComparingTo(r.employeeContributions());
            assertThat(o.get("otherTaxes").decimalValue()).isEqualByComparingTo(r.otherTaxes());
        }
        JsonNode paris = single.get("offices").get(0);
        assertThat(paris.get("gross").decimalValue()).isEqualByComparingTo(new BigDecimal("110000"));
        assertThat(paris.get("fxRates")).isEmpty();
        JsonNode london = single.get("offices").get(1);
        assertThat(london.get("currency").asString()).isEqualTo("GBP");
        assertThat(london.get("fxRates").get(0).get("date").asString()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(london.get("gross").decimalValue()).isEqualByComparingTo(new BigDecimal("110000").multiply(london.get("fxRate").decimalValue())
                .setScale(2, java.math.RoundingMode.HALF_UP));
        assertThat(family.get("offices").get(0).get("net").decimalValue()).isGreaterThan(paris.get("net").decimalValue());
        assertThat(admin().get("/api/v1/offers/" + offer + "/comparison?children=many").status()).isEqualTo(400);
    }

    @Test
    @DisplayName("the comparison takes a partner's pay, French status, head of household and pre-tax amounts, each office equal to boucle-comp's result; bad values are problem+json naming the field")
    void comparisonHousehold() {
        Person manager = person("HIRING_MANAGER");
        long app = OfferFixtures.applicationAtOffer(admin(), parisJob(manager.id()), "Hugo Household");
        long offer = OfferFixtures.createOffer(admin(), app, "100000");
        String base = "/api/v1/offers/" + offer + "/comparison";
        JsonNode couple = admin().get(base + "?household=couple&children=1&partner-gross=40000&status=non-cadre&partner-status=cadre"
                + "&401k=10000&hsa=2000&section125=1500&pension-sacrifice=3000").json();
        assertThat(couple.get("partnerGross").decimalValue()).isEqualByComparingTo("40000");
        assertThat(couple.get("status").asString()).isEqualTo("non-cadre");
        NetEngine engine = new NetEngine();
        for (JsonNode o : couple.get("offices")) {
            String country = o.get("country").asString();
            Map<String, List<String>> q = new HashMap<>();
            q.put("country", List.of(country));
            q.put("year", List.of(o.get("year").asString()));
            BigDecimal fx = o.get("fxRate").decimalValue();
            BigDecimal partner = new BigDecimal("40000").multiply(fx).setScale(2, java.math.RoundingMode.HALF_UP);
            // The office's gross is the household's: both salaries in its currency.
            q.put("gross", List.of(o.get("gross").decimalValue().subtract(partner).toPlainString()));
            q.put("partner-gross", List.of(partner.toPlainString()));
            for (String f : List.of("region", "state", "city")) if (!o.get(f).isNull()) q.put(f, List.of(o.get(f).asString()));
            switch (country) {
                case "FR" -> {
                    q.put("household", List.of("couple"));
                    q.put("children", List.of("1"));
                    q.put("status", List.of("non-cadre"));
                    q.put("partner-status", List.of("cadre"));
                }
                case "US" -> {
                    q.put("filing", List.of("mfj"));
                    q.put("dependents", List.of("1"));
                    q.put("401k", List.of("10000.00"));
                    q.put("hsa", List.of("2000.00"));
                    q.put("section125", List.of("1500.00"));
                }
                default -> q.put("pension-sacrifice", List.of("3000.00"));
            }
            NetResult r = engine.net(dev.boucle.comp.NetQuery.parse(q));
            assertThat(o.get("net").decimalValue()).as(o.get("office").asString()).isEqualByComparingTo(r.net());
            assertThat(o.get("incomeTax").decimalValue()).isEqualByComparingTo(r.incomeTax());
            assertThat(o.get("preTaxDeductions").decimalValue()).isEqualByComparingTo(r.preTaxDeductions());
        }
        // A single parent in the US files as head of household, the children as dependents (child tax credit).
        JsonNode parent = admin().get(base + "?children=2").json();
        JsonNode sf = parent.get("offices").valueStream().filter(o -> o.get("office").asString().equals("san-francisco")).findFirst().orElseThrow();
        assertThat(sf.get("lines").valueStream().map(l -> l.get("code").asString())).contains("us.fed.ctc");
        assertThat(sf.get("lines").valueStream().filter(l -> l.get("code").asString().equals("us.fed.income_tax")).findFirst().orElseThrow()
                .get("amount").decimalValue()).isPositive();

        for (var bad : Map.of("partner-gross=30000", "partner-gross", "household=couple&partner-gross=lots", "partner-gross",
                "status=manager", "status", "401k=100000", "401k", "hsa=-1", "hsa", "pension-sacrifice=70000", "pension-sacrifice").entrySet()) {
            Api.Response r = admin().get(base + "?" + bad.getKey());
            assertThat(r.status()).as(bad.getKey()).isEqualTo(400);
            assertThat(r.contentType()).startsWith("application/problem+json");
            assertThat(r.json().get("errors").propertyNames()).as(bad.getKey()).containsExactly(bad.getValue());
        }
        Api.Response fr = admin().sendWithLanguage("GET", base + "?401k=100000", "", "fr");
        assertThat(fr.json().get("errors").get("401k").asString()).contains("plafond");

        // The offer page's household form carries the same fields, and names the one it refuses.
        Api page = Api.session(port, manager.email(), PASSWORD);
        String shown = page.get("/offers/" + offer + "?household=couple&partner-gross=45000&status=non-cadre&401k=1000&lang=en").body();
        assertThat(shown).contains("name=\"partner-gross\"").contains("value=\"45000\"").contains("name=\"pension-sacrifice\"")
                .contains("US 401(k) deferral (USD)");
        String refused = page.get("/offers/" + offer + "?401k=100000&lang=fr").body();
        assertThat(refused).contains("data-field=\"401k\"").contains("plafond").contains("data-testid=\"comparison-table\"");
    }

    @Test
    @DisplayName("GET /api/v1/comp/net answers what the CLI prints, and names the parameter it refuses")
    void compNet() {
        Api.Response r = person("INTERVIEWER").api().get("/api/v1/comp/net?country=US&year=2026&gross=250000&state=NY&city=NYC&filing=single");
        assertThat(r.status()).isEqualTo(200);
        String cli = dev.boucle.comp.NetJson.write(new NetEngine().net(dev.boucle.comp.NetQuery.parse(Map.of("country", List.of("US"),
                "year", List.of("2026"), "gross", List.of("250000"), "state", List.of("NY"), "city", List.of("NYC"), "filing", List.of("single")))));
        assertThat(r.json()).isEqualTo(JSON.readTree(cli));

        for (var bad : Map.of("country=XX&year=2026&gross=1", "country", "country=FR&year=twenty&gross=1", "year",
                "country=FR&year=2026", "gross", "country=FR&year=2026&gross=1&state=CA", "state", "country=UK&year=2026&gross=1&shoe=9", "shoe",
                "country=US&year=2026&gross=1&city=NYC", "city").entrySet()) {
            Api.Response refused = admin().get("/api/v1/comp/net?" + bad.getKey());
            assertThat(refused.status()).as(bad.getKey()).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.json().get("errors").has(bad.getValue())).as(bad.getKey()).isTrue();
        }
    }

    @Test
    @DisplayName("interviewers cannot see offers; the committee sees those of candidates at OFFER; another manager sees nothing")
    void whoSees() {
        Person manager = person("HIRING_MANAGER");
        long offer = OfferFixtures.pendingOffer(admin(), parisJob(manager.id()));
        assertThat(person("INTERVIEWER").api().get("/api/v1/offers/" + offer).status()).isEqualTo(403);
        assertThat(person("HIRING_MANAGER").api().get("/api/v1/offers/" + offer).status()).isEqualTo(403);
        assertThat(person("COMMITTEE").api().get("/api/v1/offers/" + offer + "/comparison").status()).isEqualTo(200);
        assertThat(manager.api().get("/api/v1/offers/" + offer + "/comparison").status()).isEqualTo(200);
    }
}
