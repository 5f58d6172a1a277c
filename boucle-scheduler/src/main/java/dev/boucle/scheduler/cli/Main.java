package dev.boucle.scheduler.cli;

import dev.boucle.scheduler.Instance;
import dev.boucle.scheduler.InstanceException;
import dev.boucle.scheduler.InstanceJson;
import dev.boucle.scheduler.Plan;
import dev.boucle.scheduler.PlanJson;
import dev.boucle.scheduler.Scheduler;
import dev.boucle.scheduler.bench.Bench;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * {@code boucle-scheduler solve --instance FILE.json --seconds N [--greedy] [--json]} and
 * {@code boucle-scheduler bench [--only FAMILY] [--seeds N] [--json]}. Exit status: 0 ok (an infeasible instance included:
 * what cannot be placed is listed as unassigned), 2 bad input with one line on stderr.
 */
public final class Main {

    static final String USAGE = "usage: boucle-scheduler solve --instance FILE.json [--seconds N] [--greedy] [--json]"
            + " | boucle-scheduler bench [--only FAMILY] [--seeds N] [--json]";
    private static final double MAX_SECONDS = 3600;

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
                case "solve" -> solve(Options.parse(rest, Set.of("instance", "seconds", "greedy", "json")), out);
                case "bench" -> bench(Options.parse(rest, Set.of("json", "only", "seeds")), out);
                case "--help", "help" -> out.println(USAGE);
                default -> throw new UsageException("unknown command '" + args[0] + "'; " + USAGE);
            }
            return 0;
        } catch (UsageException | InstanceException e) {
            err.println("boucle-scheduler: " + e.getMessage());
            return 2;
        }
    }

    private static void solve(Options options, PrintStream out) {
        Path file = Path.of(options.require("instance"));
        double seconds = options.seconds("seconds", 10, MAX_SECONDS);
        String json;
        try {
            json = Files.readString(file);
        } catch (IOException e) {
            throw new UsageException("--instance: cannot read " + file);
        }
        Instance instance = InstanceJson.parse(json);
        Plan plan = options.has("greedy")
                ? Scheduler.greedy(instance)
                : Scheduler.solve(instance, Duration.ofMillis((long) (seconds * 1000)), p -> { });
        out.println(options.has("json") ? PlanJson.write(plan) : PlanText.write(plan));
    }

    private static void bench(Options options, PrintStream out) {
        int seeds = options.count("seeds", 100, 100);
        Bench.Report report = Bench.run(options.has("only") ? options.require("only") : null, seeds, System.err::println);
        out.println(options.has("json") ? report.json() : report.text());
    }
}
