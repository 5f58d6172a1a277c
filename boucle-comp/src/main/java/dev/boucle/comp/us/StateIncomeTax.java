package dev.boucle.comp.us;

import dev.boucle.comp.api.Filing;
import dev.boucle.comp.api.Ledger;
import java.math.BigDecimal;
import java.util.List;

/** The state (and city) taxes modelled: a closed set. Each adds its lines and returns the estimate reasons of its rule file. */
sealed interface StateIncomeTax permits California, NewYork {

    /** Result of loading the state's figures: which file, and why it is an estimate if it is. */
    record Provenance(String file, List<String> estimateReasons) { }

    /**
     * What a state starts from. {@code federalAgi}: the return's wages after pre-tax deductions;
     * {@code hsa}: HSA contributions excluded federally (a state that does not conform adds them
     * back); {@code sdiWages}: wages a payroll levy such as California SDI applies to (gross less
     * section 125 reductions, both earners).
     */
    record Base(BigDecimal federalAgi, BigDecimal hsa, BigDecimal sdiWages, Filing filing, int dependents) { }

    Provenance apply(int year, Base base, Ledger ledger);
}
