package dev.boucle.comp;

import static dev.boucle.comp.TestRequests.ask;
import static dev.boucle.comp.TestRequests.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.boucle.comp.api.NetResult;
import dev.boucle.comp.api.RefusedInput;
import org.junit.jupiter.api.Test;

/** The new household and pre-tax fields: what each does, and each refusal naming its field. */
class NetQueryTest {

    @Test
    void refusals_nameTheFieldAtFault() {
        assertRefused("filing", "country=US", "year=2025", "gross=90000", "filing=hoh");
        assertRefused("partner-gross", "country=US", "year=2025", "gross=90000", "partner-gross=50000");
        assertRefused("partner-gross", "country=FR", "year=2025", "gross=90000", "partner-gross=50000");
        assertRefused("partner-gross", "country=UK", "year=2025", "taxable=50000", "partner-gross=50000");
        assertRefused("partner-status", "country=FR", "year=2025", "gross=90000", "household=couple", "partner-status=cadre");
        assertRefused("status", "country=FR", "year=2025", "gross=90000", "status=manager");
        assertRefused("status", "country=UK", "year=2025", "gross=90000", "status=cadre");
        assertRefused("401k", "country=UK", "year=2025", "gross=90000", "401k=1000");
        assertRefused("dependents", "country=US", "year=2025", "gross=90000", "dependents=two");
        assertRefused("hsa", "country=US", "year=2025", "gross=90000", "hsa=-5");
        assertRefused("pension-sacrifice", "country=US", "year=2025", "gross=90000", "pension-sacrifice=100");
        assertRefused("401k", "country=US", "year=2025", "taxable=90000", "401k=1000");
    }

    @Test
    void yearLimits_areCheckedByTheCalculator_withTheField() {
        // IRC s.402(g): 23 500 in 2025, 24 500 in 2026 (Notice 2024-80, Notice 2025-67).
        assertRefused("401k", "country=US", "year=2025", "gross=150000", "401k=24000");
        assertThat(line(ask("country=US", "year=2026", "gross=150000", "401k=24000"), "us.pretax.401k")).isEqualByComparingTo("24000");
        // HSA: 4 300 self-only, 8 550 family in 2025 (Rev. Proc. 2024-25); family assumed on a joint return or with dependents.
        assertRefused("hsa", "country=US", "year=2025", "gross=150000", "hsa=5000");
        assertThat(ask("country=US", "year=2025", "gross=150000", "hsa=5000", "filing=mfj").preTaxDeductions()).isEqualByComparingTo("5000");
        assertRefused("section125", "country=US", "year=2025", "gross=10000", "section125=10001");
        // UK annual allowance £60,000 (FA 2004 s.228).
        assertRefused("pension-sacrifice", "country=UK", "year=2025", "gross=200000", "pension-sacrifice=60001");
    }

    @Test
    void usPreTax_401kLowersIncomeTaxNotFica_andNetIsTakeHome() {
        NetResult none = ask("country=US", "year=2025", "gross=110000");
        NetResult k = ask("country=US", "year=2025", "gross=110000", "401k=10000");
        assertThat(k.employeeContributions()).isEqualByComparingTo(none.employeeContributions());
        // 94 250 → 84 250 of taxable income, Tax Table rows in the 22 % bracket: 2 200 less tax.
        assertThat(none.incomeTax().subtract(k.incomeTax())).isEqualByComparingTo("2200.00");
        assertThat(none.net().subtract(k.net())).isEqualByComparingTo("7800.00");
    }

    @Test
    void ukPartner_isTaxedAlone_andAddedToTheHousehold() {
        NetResult alone = ask("country=UK", "year=2025", "gross=60000");
        NetResult partner = ask("country=UK", "year=2025", "gross=30000");
        NetResult both = ask("country=UK", "year=2025", "gross=60000", "partner-gross=30000");
        assertThat(both.incomeTax()).isEqualByComparingTo(alone.incomeTax().add(partner.incomeTax()));
        assertThat(both.net()).isEqualByComparingTo(alone.net().add(partner.net()));
        assertThat(both.taxableIncome()).isEqualByComparingTo(alone.taxableIncome().add(partner.taxableIncome()));
        assertThat(both.lines()).anyMatch(l -> l.code().equals("partner.uk.income_tax"));
    }

    @Test
    void usSpouse_wagesOnTheJointReturn_ficaPerPerson_additionalMedicareOnTheCouple() {
        // Joint wages 200 000 + 150 000: Social Security on each up to 176 100; Additional Medicare on 100 000 above 250 000.
        NetResult r = ask("country=US", "year=2025", "gross=200000", "partner-gross=150000", "filing=mfj");
        assertThat(line(r, "us.fica.social_security")).isEqualByComparingTo("10918.20");
        assertThat(line(r, "partner.us.fica.social_security")).isEqualByComparingTo("9300.00");
        assertThat(line(r, "us.fica.additional_medicare")).isEqualByComparingTo("900.00");
        assertThat(r.gross()).isEqualByComparingTo("350000");
        assertThat(line(r, "us.fed.taxable")).isEqualByComparingTo("318500");
    }

    @Test
    void france2025_professionalExpensesCeiling_14555_cgi83() {
        // CGI art. 83, 3°: 14 426 × 11 600 / 11 497 = 14 555.24 → 14 555 for 2025 income (fr-2024: 14 426).
        assertThat(line(ask("country=FR", "year=2025", "gross=200000"), "fr.expenses")).isEqualByComparingTo("-14555");
        assertThat(line(ask("country=FR", "year=2024", "gross=200000"), "fr.expenses")).isEqualByComparingTo("-14426");
    }

    private static void assertRefused(String field, String... fields) {
        assertThatThrownBy(() -> ask(fields)).isInstanceOf(RefusedInput.class)
                .satisfies(e -> assertThat(((RefusedInput) e).field()).isEqualTo(field));
    }
}
