package dev.boucle.coding;

import dev.boucle.judge.kattis.SelfTestReport;
import java.util.List;

/**
 * One program of an imported package's self-test, as the API and the admin page show it.
 * Serializable: the page passes it as a flash attribute, which lives in the (JDBC) session.
 */
public record PackageSelfTestLine(String file, String language, String expected, String actual, boolean matches,
                                  long slowestMs, String detail) implements java.io.Serializable {

    static List<PackageSelfTestLine> of(SelfTestReport report) {
        return report.entries().stream().map(e -> new PackageSelfTestLine(e.path(), e.language(), e.expected().name(),
                e.actual().name(), e.matches(), e.slowestMs(), e.detail())).toList();
    }
}
