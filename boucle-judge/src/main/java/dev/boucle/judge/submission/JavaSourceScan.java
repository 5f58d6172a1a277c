package dev.boucle.judge.submission;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the host needs to know of one Java source before javac sees it: its package, its public
 * top-level type (which decides the file's name) and the types that declare a main method. A scan
 * of the text, not a parse: comments and literals are blanked first so that a "class" or a
 * "main(" inside them counts for nothing. The host never loads or reads compiled classes (they
 * are written by a sandbox), so this is done from the source the caller sent.
 */
final class JavaSourceScan {
    private static final Pattern PACKAGE = Pattern.compile("^\\s*(?:@[\\w.]+(?:\\([^)]*\\))?\\s*)*package\\s+([\\w$]+(?:\\s*\\.\\s*[\\w$]+)*)\\s*;");
    private static final Pattern TOKENS = Pattern.compile(
            "(?<open>\\{)|(?<close>})"
            + "|(?<![.\\w$@])(?<kind>class|interface|enum|record)\\s+(?<name>[A-Za-z_$][\\w$]*)"
            // static void main(String[] a), (String... a), (String a[]) and JDK 25's main(): the
            // launcher's own rules, minus the visibility it no longer insists on.
            + "|(?<main>\\bvoid\\s+main\\s*\\(\\s*(?:(?:final\\s+)?(?:java\\s*\\.\\s*lang\\s*\\.\\s*)?String"
            + "(?:\\s*(?:\\[\\s*]|\\.\\.\\.)\\s*[\\w$]+|\\s+[\\w$]+\\s*\\[\\s*])\\s*)?\\))");
    private static final Pattern PUBLIC = Pattern.compile("\\bpublic\\b");

    private final String packageName;
    private final Optional<String> publicType;
    private final List<String> mainTypes;

    private JavaSourceScan(String packageName, Optional<String> publicType, List<String> mainTypes) {
        this.packageName = packageName;
        this.publicType = publicType;
        this.mainTypes = mainTypes;
    }

    private record Open(String binaryName, int depth) {
    }

    static JavaSourceScan of(String source) {
        String code = blank(source);
        Matcher pkg = PACKAGE.matcher(code);
        String packageName = pkg.find() ? pkg.group(1).replaceAll("\\s", "") : "";
        Deque<Open> types = new ArrayDeque<>();
        List<String> mains = new ArrayList<>();
        Optional<String> publicType = Optional.empty();
        String pending = null;
        int depth = 0;
        int lastBoundary = 0;
        Matcher m = TOKENS.matcher(code);
        while (m.find()) {
            if (m.group("open") != null) {
                depth++;
                if (pending != null) {
                    types.push(new Open(pending, depth));
                    pending = null;
                }
                lastBoundary = m.end();
            } else if (m.group("close") != null) {
                if (!types.isEmpty() && types.peek().depth() == depth) {
                    types.pop();
                }
                depth = Math.max(0, depth - 1);
                lastBoundary = m.end();
            } else if (m.group("kind") != null) {
                String name = m.group("name");
                if (depth == 0 && publicType.isEmpty()
                        && PUBLIC.matcher(code.substring(boundaryBefore(code, m.start(), lastBoundary), m.start())).find()) {
                    publicType = Optional.of(name);
                }
                pending = types.isEmpty() ? name : types.peek().binaryName() + "$" + name;
            } else if (m.group("main") != null && !types.isEmpty()) {
                String type = types.peek().binaryName();
                if (!mains.contains(type)) {
                    mains.add(type);
                }
            }
        }
        String prefix = packageName.isEmpty() ? "" : packageName + ".";
        return new JavaSourceScan(packageName, publicType, mains.stream().map(t -> prefix + t).toList());
    }

    String packageName() {
        return packageName;
    }

    /** The public top-level type, whose file javac insists be named after it. */
    Optional<String> publicType() {
        return publicType;
    }

    /** Binary names (package.Outer$Inner) of the types that declare a main method. */
    List<String> mainTypes() {
        return mainTypes;
    }

    /** Modifiers of a type start after the previous statement or block boundary. */
    private static int boundaryBefore(String code, int at, int lastBrace) {
        int semicolon = code.lastIndexOf(';', at);
        return Math.max(semicolon + 1, lastBrace);
    }

    /** The source with comments, string, text-block and char literals replaced by spaces. */
    static String blank(String source) {
        StringBuilder out = new StringBuilder(source.length());
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (c == '/' && i + 1 < n && source.charAt(i + 1) == '/') {
                while (i < n && source.charAt(i) != '\n') {
                    out.append(' ');
                    i++;
                }
            } else if (c == '/' && i + 1 < n && source.charAt(i + 1) == '*') {
                int end = source.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                out.append(spaces(source, i, end));
                i = end;
            } else if (source.startsWith("\"\"\"", i)) {
                int end = closing(source, i + 3, "\"\"\"");
                out.append(spaces(source, i, end));
                i = end;
            } else if (c == '"' || c == '\'') {
                int end = closing(source, i + 1, String.valueOf(c));
                out.append(spaces(source, i, end));
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** Index just past the closing delimiter, skipping backslash escapes; the end when unclosed. */
    private static int closing(String source, int from, String delimiter) {
        int i = from;
        while (i < source.length()) {
            if (source.charAt(i) == '\\') {
                i += 2;
            } else if (source.startsWith(delimiter, i)) {
                return i + delimiter.length();
            } else if (delimiter.length() == 1 && source.charAt(i) == '\n') {
                return i;
            } else {
                i++;
            }
        }
        return source.length();
    }

    /** Blanks keep newlines, so that nothing shifts between lines. */
    private static String spaces(String source, int from, int to) {
        StringBuilder out = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            out.append(source.charAt(i) == '\n' ? '\n' : ' ');
        }
        return out.toString();
    }
}
