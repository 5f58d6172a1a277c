package dev.boucle.judge.submission;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JavaSourceScanTest {
    @Test
    void findsPackagePublicTypeAndMainTypesIgnoringCommentsAndLiterals() {
        JavaSourceScan scan = JavaSourceScan.of("""
                /* class Fake { public static void main(String[] a) {} } */
                package org.example . contest;
                import java.util.*;
                // public class Comment
                class Helper { String s = "class Quoted { static void main(String[] x) {} }"; char c = '{'; }
                public final class Solver {
                    static class Inner { public static void main(String... args) { } }
                    Object o = new Object() { };
                    String block = \"""
                        void main(String[] a) }
                        \""";
                }
                """);
        assertThat(scan.packageName()).isEqualTo("org.example.contest");
        assertThat(scan.publicType()).contains("Solver");
        assertThat(scan.mainTypes()).containsExactly("org.example.contest.Solver$Inner");
    }

    @Test
    void topLevelMainsInTheirOwnClassesAndJdk25InstanceMain() {
        JavaSourceScan scan = JavaSourceScan.of("""
                class A { public static void main(String args[]) {} }
                class B { void main() { System.out.println(Foo.class); } }
                """);
        assertThat(scan.packageName()).isEmpty();
        assertThat(scan.publicType()).isEmpty();
        assertThat(scan.mainTypes()).containsExactly("A", "B");
    }
}
