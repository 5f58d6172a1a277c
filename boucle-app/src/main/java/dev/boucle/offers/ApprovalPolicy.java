package dev.boucle.offers;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who approves an offer that leaves its band or passes the threshold of its currency, and how:
 * every approver in order, or any {@code required} of them.
 */
public record ApprovalPolicy(Mode mode, int required, List<Approver> approvers, Map<String, BigDecimal> thresholds) {

    public enum Mode { IN_ORDER, N_OF_M }

    /** One approver of the policy, resolved into a person or a role when an offer is submitted. */
    public sealed interface Approver {
        /** The hiring manager of the offer's job. */
        record HiringManager() implements Approver {}

        /** Anyone holding this role (ADMIN, RECRUITER, COMMITTEE...). */
        record AnyWithRole(String role) implements Approver {}

        /** One named user, by e-mail. */
        record Named(String email) implements Approver {}
    }

    public Optional<BigDecimal> threshold(String currency) {
        return Optional.ofNullable(thresholds.get(currency));
    }
}
