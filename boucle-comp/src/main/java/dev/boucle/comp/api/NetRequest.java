package dev.boucle.comp.api;

import java.math.BigDecimal;
import java.util.Set;

/**
 * A question "what is left of this pay?", one shape per country (a closed set). {@code partnerGross}
 * is the second earner's gross pay, or null for a single earner; it needs a gross start.
 */
public sealed interface NetRequest {

    int year();

    Start start();

    BigDecimal partnerGross();

    /** France: private-sector employee; a couple files jointly, each member with their own status. */
    record France(int year, Start start, Household household, int children, EmployeeStatus status, BigDecimal partnerGross,
                  EmployeeStatus partnerStatus) implements NetRequest {
        public France {
            if (children < 0) {
                throw new IllegalArgumentException("children must be 0 or more");
            }
            if (partnerGross != null && household != Household.COUPLE) {
                throw new RefusedInput("partner-gross", "--partner-gross needs --household couple (France taxes the couple jointly)");
            }
            status = status == null ? EmployeeStatus.CADRE : status;
            partnerStatus = partnerStatus == null ? status : partnerStatus;
        }

        public France(int year, Start start, Household household, int children) {
            this(year, start, household, children, EmployeeStatus.CADRE, null, null);
        }
    }

    /**
     * United Kingdom: an employee; {@code year} 2026 is the tax year 2026/27. {@code pensionSacrifice}
     * is salary given up for employer pension contributions. The UK taxes each person alone: a
     * partner's pay is computed on its own and only added to the household's totals.
     */
    record Uk(int year, Start start, UkRegion region, Set<StudentLoanPlan> studentLoans, BigDecimal pensionSacrifice,
              BigDecimal partnerGross) implements NetRequest {
        public Uk {
            studentLoans = Set.copyOf(studentLoans);
            pensionSacrifice = pensionSacrifice == null ? BigDecimal.ZERO : pensionSacrifice;
        }

        public Uk(int year, Start start, UkRegion region, Set<StudentLoanPlan> studentLoans) {
            this(year, start, region, studentLoans, BigDecimal.ZERO, null);
        }
    }

    /**
     * United States: a W-2 employee, calendar year. {@code dependents} are qualifying children under
     * 17 (child tax credit, state exemptions); a partner's wages need married filing jointly.
     */
    record Us(int year, Start start, Filing filing, UsState state, boolean newYorkCity, int dependents, UsPreTax preTax,
              BigDecimal partnerGross) implements NetRequest {
        public Us {
            if (newYorkCity && state != UsState.NY) {
                throw new RefusedInput("city", "--city NYC needs --state NY");
            }
            if (dependents < 0) {
                throw new IllegalArgumentException("dependents must be 0 or more");
            }
            if (filing == Filing.HOH && dependents == 0) {
                throw new RefusedInput("filing", "--filing hoh needs at least one dependent (--dependents N)");
            }
            if (partnerGross != null && filing != Filing.MFJ) {
                throw new RefusedInput("partner-gross", "--partner-gross needs --filing mfj (a spouse's wages are on the joint return)");
            }
            preTax = preTax == null ? UsPreTax.NONE : preTax;
        }

        public Us(int year, Start start, Filing filing, UsState state, boolean newYorkCity) {
            this(year, start, filing, state, newYorkCity, 0, UsPreTax.NONE, null);
        }
    }
}
