package dev.boucle.judge.checker;

/**
 * A problem author's checker program. Running it needs the sandbox, which this package does not
 * know about, so the engine supplies the runner.
 */
public final class ProgramChecker implements Checker {

    /** Runs the author's checker on one test; throws {@link CheckerFailure} when the checker itself breaks. */
    @FunctionalInterface
    public interface Runner {
        CheckResult run(byte[] input, byte[] output, byte[] expected);
    }

    /** The checker crashed or timed out: the judge's (author's) fault, reported as SE. */
    public static final class CheckerFailure extends RuntimeException {
        public CheckerFailure(String message) {
            super(message);
        }
    }

    private final Runner runner;

    public ProgramChecker(Runner runner) {
        this.runner = runner;
    }

    @Override
    public CheckResult check(byte[] input, byte[] output, byte[] expected) {
        return runner.run(input, output, expected);
    }
}
