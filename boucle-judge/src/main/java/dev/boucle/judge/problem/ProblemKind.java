package dev.boucle.judge.problem;

/** How a problem talks to the submission. */
public enum ProblemKind {
    /** The program reads a test's input on stdin and writes its answer on stdout. */
    STDIO,
    /** LeetCode-style: a per-language harness calls a method of a fresh Solution object per test. */
    FUNCTION,
    /** The program talks with the problem's interactor, its stdin and stdout cross-connected. */
    INTERACTIVE
}
