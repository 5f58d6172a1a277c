package dev.boucle.judge.kattis;

import java.nio.file.Path;

/** A package imported as the Boucle problem {@code id} in {@code directory}, with its self-test. */
public record ImportResult(String id, String title, Path directory, SelfTestReport report) {
}
