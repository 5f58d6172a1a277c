package dev.boucle.judge.sandbox;

/** Which limit, if any, made the supervisor (or the kernel) stop a run. */
public enum LimitHit {
    CPU, WALL, MEMORY, OUTPUT
}
