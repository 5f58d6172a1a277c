package dev.boucle.judge.engine;

import dev.boucle.judge.checker.KattisExit;
import dev.boucle.judge.language.Language;
import dev.boucle.judge.sandbox.RunOutcome;
import dev.boucle.judge.sandbox.SandboxLimits;
import dev.boucle.judge.verdict.Verdict;
import java.util.Optional;

/**
 * The verdict of one interactive test, from both runs. The submission's own limits come first (a
 * submission that hangs waiting for the interactor is TLE, whatever the interactor then says);
 * then a submission that crashed before the interactor was done is RE; then the interactor must
 * have ended by the protocol (42 or 43, else SE: the author's bug), and a submission that merely
 * died of the interactor leaving (SIGPIPE, or any exit after a 43) gets its verdict, WA. A crash
 * after a 42 is still RE: the submission must end cleanly.
 */
final class InteractiveVerdict {
    private static final int SIGPIPE = 13;

    private InteractiveVerdict() {
    }

    /**
     * @param submissionEndedFirst whether the submission's stdout closed before the interactor's
     * @param feedback             the first line of the interactor's judgemessage.txt, or ""
     */
    static RunVerdict.Decision decide(RunOutcome submission, RunOutcome interactor, boolean submissionEndedFirst,
                                      String feedback, Language language, SandboxLimits limits) {
        if (interactor.setupFailure().isPresent()) {
            return new RunVerdict.Decision(Verdict.SE, "interactor: " + interactor.setupFailure().get());
        }
        Optional<RunVerdict.Decision> own = RunVerdict.of(submission, language, limits);
        if (own.isPresent() && own.get().verdict() != Verdict.RE) {
            return own.get();
        }
        boolean crashed = own.isPresent();
        boolean diedOfThePeer = submission.signal().filter(s -> s == SIGPIPE).isPresent();
        if (crashed && submissionEndedFirst && !diedOfThePeer) {
            // Its own crash, before the interactor was done: whatever the interactor made of it.
            return own.get();
        }
        KattisExit said = interactor.limitsHit().isEmpty() ? KattisExit.of(interactor.exitCode()) : KattisExit.JUDGE_ERROR;
        if (said == KattisExit.JUDGE_ERROR) {
            String why = interactor.limitsHit().isEmpty() ? "exit " + interactor.exitCode() : "limits " + interactor.limitsHit();
            // The last line: a traceback ends with the exception, starts with boilerplate.
            String stderr = interactor.stderr().lines().filter(l -> !l.isBlank()).reduce((a, b) -> b).orElse("").strip();
            return new RunVerdict.Decision(Verdict.SE, "interactor failed (" + why + ", expected 42 or 43)"
                    + (stderr.isEmpty() ? "" : ": " + clip(stderr)));
        }
        if (crashed && said == KattisExit.ACCEPTED) {
            return own.get();
        }
        if (said == KattisExit.WRONG_ANSWER) {
            return new RunVerdict.Decision(Verdict.WA, feedback.isEmpty() ? "rejected by the interactor" : clip(feedback));
        }
        return new RunVerdict.Decision(Verdict.AC, "");
    }

    private static String clip(String line) {
        return line.length() > 200 ? line.substring(0, 200) : line;
    }
}
