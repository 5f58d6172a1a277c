package dev.boucle.offers;

import dev.boucle.hiring.ApplicationDetails;
import dev.boucle.hiring.ApplicationIndex;
import dev.boucle.hiring.ApplicationStatus;
import dev.boucle.hiring.process.StageKind;
import dev.boucle.people.CurrentUser;
import dev.boucle.people.Users;
import dev.boucle.platform.BoucleProperties;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo's offer: after the hiring demo has walked its candidates, one waiting at OFFER (on a
 * job of the demo's hiring manager when there is one) gets an offer above its band, submitted,
 * so that it waits for its hiring manager's approval, then an admin's.
 */
@Component
@Order(30)
class OffersDemo implements ApplicationRunner {

    private final BoucleProperties props;
    private final Users users;
    private final MakingOffers making;
    private final CompBands bands;
    private final ApplicationDetails details;
    private final JdbcClient jdbc;
    private final ApplicationIndex index;
    private final TransactionTemplate tx;
    private final Clock clock;

    OffersDemo(BoucleProperties props, Users users, MakingOffers making, CompBands bands, ApplicationDetails details,
            JdbcClient jdbc, ApplicationIndex index, TransactionTemplate tx, Clock clock) {
        this.props = props;
        this.users = users;
        this.making = making;
        this.bands = bands;
        this.details = details;
        this.jdbc = jdbc;
        this.index = index;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!props.demo() || jdbc.sql("select exists(select 1 from offers)").query(Boolean.class).single()) return;
        CurrentUser recruiter = users.byEmail("recruiter@boucle.test").orElse(null);
        if (recruiter == null) return;
        // Prefer a job of manager@boucle.test, the hiring manager the sign-in page lists, so the demo can approve it.
        Long manager = users.byEmail("manager@boucle.test").map(CurrentUser::id).orElse(null);
        List<Long> atOffer = index.at(StageKind.OFFER, ApplicationStatus.ACTIVE).stream()
                .map(placed -> placed.application().value()).toList();
        atOffer.stream().filter(app -> Objects.equals(details.application(app, recruiter).job().hiringManagerId(), manager))
                .findFirst().or(() -> atOffer.stream().findFirst())
                .ifPresent(app -> tx.executeWithoutResult(status -> load(app, recruiter)));
    }

    private void load(long applicationId, CurrentUser recruiter) {
        var job = details.application(applicationId, recruiter).job();
        Band band = bands.current().band(job.track(), job.level(), job.office()).orElseThrow();
        // Above the band's top by 8 %: the candidate holds a competing offer, so approval is needed.
        BigDecimal base = band.baseMax().multiply(new BigDecimal("1.08")).setScale(-3, RoundingMode.HALF_UP);
        String country = bands.current().offices().get(job.office()).country();
        String instrument = switch (country) {
            case "FR" -> "BSPCE";
            case "UK" -> "EMI";
            default -> "OPTIONS";
        };
        BigDecimal valuation = new BigDecimal("42.00");
        long units = band.equityMax().divide(valuation.subtract(new BigDecimal("12.00")), 0, RoundingMode.DOWN).longValue();
        OfferForm form = new OfferForm(job.office(), base.toPlainString(), band.bonusTargetPercent().toPlainString(), "15000", "8000",
                LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(45).toString(),
                new OfferForm.EquityForm(instrument, String.valueOf(units), "12.00", valuation.toPlainString(), "48", "12",
                        "Shares of a private company: no public market. Liquidity only through a sale of the company, an IPO "
                                + "or a company-run secondary sale, none of which is promised."));
        Offer offer = making.create(applicationId, form, recruiter);
        making.move(offer.id(), OfferAction.SUBMIT, "Competing offer from another lab; counter-offer agreed with the manager",
                recruiter);
    }
}
