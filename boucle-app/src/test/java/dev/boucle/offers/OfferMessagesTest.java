package dev.boucle.offers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every value the offer pages name through a key prefix has its text, in both languages. */
class OfferMessagesTest {

    @ParameterizedTest(name = "offers_{0}")
    @DisplayName("states, actions, events, reasons and instruments are all named")
    @ValueSource(strings = {"en", "fr"})
    void enumKeys(String language) throws IOException {
        Properties p = new Properties();
        try (var in = new InputStreamReader(getClass().getResourceAsStream("/i18n/offers_" + language + ".properties"), StandardCharsets.UTF_8)) {
            p.load(in);
        }
        for (var s : OfferState.values()) assertThat(p).containsKey("offer.state." + s.name());
        for (var a : OfferAction.values()) assertThat(p).containsKeys("offer.action." + a.name(), "offer.moved." + a.name());
        for (var e : OfferEventType.values()) assertThat(p).containsKey("offer.event." + e.name());
        for (var r : BandCheck.Reason.values()) assertThat(p).containsKey("offer.reason." + r.name());
        for (var i : EquityInstrument.values()) assertThat(p).containsKey("offer.instrument." + i.name());
        for (var m : ApprovalPolicy.Mode.values()) assertThat(p).containsKey("offer.approvals.mode." + m.name());
        for (var c : java.util.List.of("FR", "UK")) assertThat(p).containsKey("offer.error.instrument-country." + c);
        for (var f : dev.boucle.comp.NetQuery.FIELDS) assertThat(p).containsKey("comp.error." + f);
        for (int i = 0; i < 5; i++) assertThat(p).containsKey("comparison.part." + i);
    }
}
