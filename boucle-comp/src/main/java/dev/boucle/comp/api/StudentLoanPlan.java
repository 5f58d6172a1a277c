package dev.boucle.comp.api;

/** UK income-contingent student loan plans; the postgraduate loan can be repaid alongside one plan. */
public enum StudentLoanPlan {
    PLAN_1("plan1"), PLAN_2("plan2"), PLAN_4("plan4"), PLAN_5("plan5"), POSTGRADUATE("postgraduate");

    private final String key;

    StudentLoanPlan(String key) {
        this.key = key;
    }

    /** The key used in rule files and on the command line. */
    public String key() {
        return key;
    }

    public static StudentLoanPlan fromKey(String key) {
        for (StudentLoanPlan plan : values()) {
            if (plan.key.equalsIgnoreCase(key)) {
                return plan;
            }
        }
        throw new IllegalArgumentException("unknown student loan plan '" + key + "' (plan1, plan2, plan4, plan5, postgraduate)");
    }
}
