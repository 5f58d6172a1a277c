package dev.boucle.judge.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SourceFilesTest {
    private static final byte[] X = "x".getBytes();

    @Test
    void onlyPlainNamesPass() {
        for (String bad : new String[] {"../main.py", "a/b.py", "/etc/passwd", "..", "-o", ".hidden", "a..b", "a b.c",
                "main.py\n", ""}) {
            assertThatThrownBy(() -> SourceFiles.of(Map.of(bad, X))).as(bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("bad source file name").hasMessageContaining("no '/' or '..'");
        }
        SourceFiles ok = SourceFiles.of(Map.of("util.h", X, "main.cpp", X, "g++-fix_1.cc", X));
        assertThat(ok.names()).containsExactly("g++-fix_1.cc", "main.cpp", "util.h");
        assertThat(ok.named()).isTrue();
    }

    @Test
    void boundedInNumber() {
        Map<String, byte[]> many = new java.util.HashMap<>();
        for (int i = 0; i <= SourceFiles.MAX_FILES; i++) {
            many.put("f" + i + ".c", X);
        }
        assertThatThrownBy(() -> SourceFiles.of(many)).hasMessageContaining("at most " + SourceFiles.MAX_FILES);
        assertThatThrownBy(() -> SourceFiles.of(Map.of())).hasMessageContaining("at least one");
    }
}
