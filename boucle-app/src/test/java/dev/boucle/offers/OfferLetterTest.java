package dev.boucle.offers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boucle.Api;
import dev.boucle.BoucleIntegrationTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The offer letter read back from the PDF, as a candidate's PDF reader would. */
class OfferLetterTest extends BoucleIntegrationTest {

    @Test
    @DisplayName("the letter names the candidate and the base salary, in English and in French with its accents")
    void letterInBothLanguages() throws Exception {
        Person manager = person("HIRING_MANAGER");
        long app = OfferFixtures.applicationAtOffer(admin(), createJob("software-engineer", manager.id()), "Élodie Lefèvre");
        long offer = OfferFixtures.createOffer(admin(), app, "95000");

        String english = text(offer, "en");
        assertThat(english).contains("Élodie Lefèvre").contains("€95,000").contains("BSPCE").contains("Liquidity");
        String french = text(offer, "fr");
        assertThat(french).contains("Élodie Lefèvre").contains("95 000 €").contains("Nous avons le plaisir de vous proposer le poste")
                .contains("période d’attente");
        Api.Response asPage = Api.session(port, manager.email(), PASSWORD).get("/offers/" + offer + "/letter.pdf?lang=fr");
        assertThat(asPage.status()).isEqualTo(200);
        assertThat(asPage.contentType()).isEqualTo("application/pdf");
    }

    private String text(long offer, String lang) throws IOException, InterruptedException {
        return text(port, offer, lang);
    }

    /** The letter's text as the admin downloads it through the API. */
    static String text(int port, long offer, String lang) throws IOException, InterruptedException {
        HttpResponse<byte[]> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/v1/offers/" + offer + "/letter.pdf?lang=" + lang))
                .header("Authorization", "Bearer " + ADMIN_TOKEN).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).isEqualTo(200);
        try (PDDocument doc = Loader.loadPDF(r.body())) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
