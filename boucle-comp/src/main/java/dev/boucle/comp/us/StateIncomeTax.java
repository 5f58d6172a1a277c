package dev.boucle.comp.us;

import dev.boucle.comp.api.Filing;
import dev.boucle.comp.api.Ledger;
import java.math.BigDecimal;
import java.util.List;

/** The state (and city) taxes modelled: a closed set. Each adds its lines and returns the estimate reasons of its rule file. */
sealed interface StateIncomeTax permits California, NewYork {

    /** Result of loading the state's figures: which file, and why it is an estimate if it is. */
    record Provenance(String file, List<String> estimateReasons) { }

    Provenance apply(int year, BigDecimal wages, Filing filing, Ledger ledger);
}
