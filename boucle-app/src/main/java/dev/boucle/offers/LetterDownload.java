package dev.boucle.offers;

import dev.boucle.hiring.process.ProcessCatalog;
import dev.boucle.people.CurrentUser;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** The letter as a download, the same for the page and the API: English unless French is asked for. */
@Component
class LetterDownload {

    private final ReadingOffers reading;
    private final ProcessCatalog catalog;
    private final OfferLetter letter;

    LetterDownload(ReadingOffers reading, ProcessCatalog catalog, OfferLetter letter) {
        this.reading = reading;
        this.catalog = catalog;
        this.letter = letter;
    }

    ResponseEntity<byte[]> pdf(long offerId, String lang) {
        Locale locale = "fr".equals(lang) ? Locale.FRENCH : Locale.ENGLISH;
        var file = reading.file(offerId, CurrentUser.get());
        String office = catalog.current().offices().stream().filter(o -> o.key().equals(file.offer().terms().office())).findFirst()
                .map(o -> o.name().in(locale)).orElse(file.offer().terms().office());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("offer-" + offerId + "-" + locale.getLanguage() + ".pdf").build().toString())
                .body(letter.render(file, office, locale));
    }
}
