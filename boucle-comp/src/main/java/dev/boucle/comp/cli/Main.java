package dev.boucle.comp.cli;

import dev.boucle.comp.NetEngine;
import dev.boucle.comp.api.NetResult;
import dev.boucle.comp.rules.RuleFileException;
import dev.boucle.comp.rules.RuleLibrary;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * {@code boucle-comp net ...} and {@code boucle-comp bench ...}. Exit status: 0 ok, 2 bad input
 * (one line on stderr), 3 a broken rule file (file:line: field problem).
 */
public final class Main {

    static final String USAGE = "usage: boucle-comp net --country FR|UK|US --year YEAR (--gross AMOUNT | --taxable AMOUNT)"
            + " [--household single|couple] [--children N] [--status cadre|non-cadre] [--partner-gross AMOUNT] [--partner-status cadre|non-cadre]"
            + " [--region ENG|SCT] [--student-loan plan1|plan2|plan4|plan5|postgraduate] [--pension-sacrifice AMOUNT]"
            + " [--state CA|NY] [--city NYC] [--filing single|mfj|hoh] [--dependents N] [--401k AMOUNT] [--hsa AMOUNT] [--section125 AMOUNT] [--json]"
            + " | boucle-comp bench [--year YEAR] [--seconds S] [--json]";

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        try {
            if (args.length == 0) {
                throw new UsageException("no command; " + USAGE);
            }
            List<String> rest = Arrays.asList(args).subList(1, args.length);
            switch (args[0]) {
                case "net" -> net(Options.parse(rest, RequestParser.NET_OPTIONS), out);
                case "bench" -> bench(Options.parse(rest, Set.of("year", "seconds", "json", "help")), out);
                case "--help", "help" -> out.println(USAGE);
                default -> throw new UsageException("unknown command '" + args[0] + "'; " + USAGE);
            }
            return 0;
        } catch (UsageException | IllegalArgumentException | RuleLibrary.UnknownYearException e) {
            err.println("boucle-comp: " + e.getMessage());
            return 2;
        } catch (RuleFileException e) {
            err.println("boucle-comp: rule file error: " + e.getMessage());
            return 3;
        }
    }

    private static void net(Options options, PrintStream out) {
        if (options.has("help")) {
            out.println(USAGE);
            return;
        }
        NetResult result = new NetEngine().net(RequestParser.parse(options));
        out.print(options.has("json") ? ResultJson.write(result) + System.lineSeparator() : ResultText.write(result));
    }

    private static void bench(Options options, PrintStream out) {
        int year = options.has("year") ? Integer.parseInt(options.get("year")) : 2025;
        double seconds = options.has("seconds") ? Double.parseDouble(options.get("seconds")) : 1.0;
        if (!(seconds > 0 && seconds <= 60)) {
            throw new UsageException("--seconds must be between 0 and 60");
        }
        var report = Bench.run(new NetEngine(), year, seconds);
        out.println(options.has("json") ? ResultJson.MAPPER.writeValueAsString(report) : report.toString());
    }
}
