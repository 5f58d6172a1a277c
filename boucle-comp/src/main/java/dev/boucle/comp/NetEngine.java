package dev.boucle.comp;

import dev.boucle.comp.api.NetRequest;
import dev.boucle.comp.api.NetResult;
import dev.boucle.comp.fr.FranceCalculator;
import dev.boucle.comp.rules.RuleLibrary;
import dev.boucle.comp.uk.UkCalculator;
import dev.boucle.comp.us.UsCalculator;

/** Entry point for callers (CLI, later the app): one request in, one explained result out. Thread-safe. */
public final class NetEngine {

    private final FranceCalculator france;
    private final UkCalculator uk;
    private final UsCalculator us;

    public NetEngine() {
        RuleLibrary library = new RuleLibrary();
        this.france = new FranceCalculator(library);
        this.uk = new UkCalculator(library);
        this.us = new UsCalculator(library);
    }

    public NetResult net(NetRequest request) {
        return switch (request) {
            case NetRequest.France fr -> france.net(fr);
            case NetRequest.Uk gb -> uk.net(gb);
            case NetRequest.Us usa -> us.net(usa);
        };
    }
}
