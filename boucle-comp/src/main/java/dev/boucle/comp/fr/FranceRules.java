package dev.boucle.comp.fr;

import dev.boucle.comp.rules.RuleFile;
import dev.boucle.comp.rules.Scale;
import dev.boucle.comp.rules.Section;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** France's figures for one income year, read from {@code rules/fr-<year>.yaml}. */
public record FranceRules(
        BigDecimal pass,
        List<ContributionRule> contributions,
        Csg csg,
        ProfessionalExpenses expenses,
        IncomeTax incomeTax,
        Scale cehrSingle,
        Scale cehrCouple,
        Cdhr cdhr) {

    /** CSG and CRDS: on gross pay less a 1.75 % abatement for expenses, the abatement capped at 4 PASS. */
    public record Csg(BigDecimal abatement, BigDecimal abatementCapPass, BigDecimal deductible, BigDecimal nonDeductible, BigDecimal crds) { }

    /** The 10 % flat deduction for professional expenses, with its floor and ceiling (CGI art. 83, 3°). */
    public record ProfessionalExpenses(BigDecimal rate, BigDecimal minimum, BigDecimal maximum) { }

    /** The scale (CGI art. 197), quotient familial caps and décote. */
    public record IncomeTax(Scale scale, BigDecimal halfPartCap, BigDecimal singleParentFirstChildCap,
                            BigDecimal decoteSingle, BigDecimal decoteCouple, BigDecimal decoteRate,
                            BigDecimal collectionThreshold) { }

    /** Contribution différentielle sur les hauts revenus (CGI art. 224). */
    public record Cdhr(boolean applies, BigDecimal rate, BigDecimal thresholdSingle, BigDecimal thresholdCouple,
                       BigDecimal decoteCeilingSingle, BigDecimal decoteCeilingCouple, BigDecimal decoteRate,
                       BigDecimal allowanceCouple, BigDecimal allowancePerDependant) { }

    public static FranceRules from(RuleFile file) {
        Section ceiling = file.section("socialSecurityCeiling");
        BigDecimal pass = ceiling.money("annual");
        ceiling.close();
        Section cehr = file.section("cehr");
        Scale cehrSingle = cehr.scale("single");
        Scale cehrCouple = cehr.scale("couple");
        cehr.close();
        return new FranceRules(pass, contributions(file.section("contributions")), csg(file.section("csg")),
                expenses(file.section("professionalExpenses")), incomeTax(file.section("incomeTax")),
                cehrSingle, cehrCouple, cdhr(file.section("cdhr")));
    }

    private static List<ContributionRule> contributions(Section section) {
        List<ContributionRule> out = new ArrayList<>();
        for (Section item : section.sections("items")) {
            BigDecimal to = item.has("toPass") ? item.money("toPass") : null;
            boolean onlyAbove = item.has("onlyAbovePass") && item.bool("onlyAbovePass");
            boolean cadreOnly = item.has("cadreOnly") && item.bool("cadreOnly");
            out.add(new ContributionRule(item.text("code"), item.text("label"), item.rate("rate"), item.money("fromPass"), to, onlyAbove, cadreOnly));
            item.close();
        }
        section.close();
        return out;
    }

    private static Csg csg(Section s) {
        Csg csg = new Csg(s.rate("abatement"), s.money("abatementCapPass"), s.rate("deductible"), s.rate("nonDeductible"), s.rate("crds"));
        s.close();
        return csg;
    }

    private static ProfessionalExpenses expenses(Section s) {
        ProfessionalExpenses e = new ProfessionalExpenses(s.rate("rate"), s.money("minimum"), s.money("maximum"));
        s.close();
        return e;
    }

    private static IncomeTax incomeTax(Section s) {
        Section decote = s.section("decote");
        IncomeTax tax = new IncomeTax(s.scale("scale"), s.money("halfPartCap"), s.money("singleParentFirstChildCap"),
                decote.money("single"), decote.money("couple"), decote.rate("rate"), s.money("collectionThreshold"));
        decote.close();
        s.close();
        return tax;
    }

    private static Cdhr cdhr(Section s) {
        boolean applies = s.bool("applies");
        Section threshold = s.section("threshold");
        Section ceiling = s.section("decoteCeiling");
        Section allowance = s.section("allowance");
        Cdhr cdhr = new Cdhr(applies, s.rate("rate"), threshold.money("single"), threshold.money("couple"),
                ceiling.money("single"), ceiling.money("couple"), s.rate("decoteRate"),
                allowance.money("couple"), allowance.money("perDependant"));
        threshold.close();
        ceiling.close();
        allowance.close();
        s.close();
        return cdhr;
    }
}
