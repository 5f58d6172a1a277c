package dev.boucle.offers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boucle.ModuleTestSupport;
import dev.boucle.hiring.HiringFixtures;
import dev.boucle.hiring.process.StageKind;
import dev.boucle.people.CurrentUser;
import dev.boucle.people.Role;
import dev.boucle.people.Users;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

/**
 * Offers with only the modules it declares (hiring, people, platform): an offer is drafted on
 * an application at OFFER, within the band, and each change is published as {@link OfferChanged}.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES, verifyAutomatically = false)
class OffersModuleTest extends ModuleTestSupport {

    @Autowired ApplicationContext context;
    @Autowired Users users;
    @Autowired MakingOffers making;

    @Test
    void draftingAnOfferIsPublishedAsOfferChanged(Scenario scenario) {
        CurrentUser admin = users.withRole(Role.ADMIN).getFirst();
        HiringFixtures hiring = new HiringFixtures(context);
        long application = hiring.application("software-engineer", "L5", "paris", admin);
        hiring.walkTo(application, StageKind.OFFER, admin);
        OfferForm form = new OfferForm("paris", "95000", "10", "5000", "0", LocalDate.now().plusDays(40).toString(),
                new OfferForm.EquityForm("BSPCE", "4000", "10", "40", "48", "12", "Private company: sale only at an exit."));

        Offer[] offer = new Offer[1];
        scenario.stimulate(() -> offer[0] = making.create(application, form, admin))
                .andWaitForEventOfType(OfferChanged.class)
                .toArriveAndVerify(e -> {
                    assertThat(e.offer()).isEqualTo(new OfferId(offer[0].id()));
                    assertThat(e.type()).isEqualTo(OfferEventType.CREATED);
                    assertThat(e.from()).isNull();
                    assertThat(e.to()).isEqualTo(OfferState.DRAFT);
                });
        assertThat(offer[0].applicationId()).isEqualTo(application);
    }
}
