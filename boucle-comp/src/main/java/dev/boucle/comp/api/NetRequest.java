package dev.boucle.comp.api;

import java.util.Set;

/** A question "what is left of this pay?", one shape per country (a closed set). */
public sealed interface NetRequest {

    int year();

    Start start();

    /** France: salaried cadre in the private sector; a couple's second member has no income. */
    record France(int year, Start start, Household household, int children) implements NetRequest {
        public France {
            if (children < 0) {
                throw new IllegalArgumentException("children must be 0 or more");
            }
        }
    }

    /** United Kingdom: an employee; {@code year} 2026 is the tax year 2026/27. */
    record Uk(int year, Start start, UkRegion region, Set<StudentLoanPlan> studentLoans) implements NetRequest {
        public Uk {
            studentLoans = Set.copyOf(studentLoans);
        }
    }

    /** United States: a W-2 employee, calendar year; MFJ assumes the spouse has no wages. */
    record Us(int year, Start start, Filing filing, UsState state, boolean newYorkCity) implements NetRequest {
        public Us {
            if (newYorkCity && state != UsState.NY) {
                throw new IllegalArgumentException("--city NYC needs --state NY");
            }
        }
    }
}
