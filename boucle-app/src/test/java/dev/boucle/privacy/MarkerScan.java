package dev.boucle.privacy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Looks for markers everywhere a candidate's data could stay: every column of every table of the
 * database, every file of a directory, lines of a log. Case-insensitive, and blind to what the
 * modules declare: a table or column added later is scanned without anyone telling the scan.
 */
final class MarkerScan {

    /** A place that holds a marker: {@code table.column}, a file's path, or a log. */
    record Hit(String place, String marker) {
        @Override
        public String toString() {
            return place + ": " + marker;
        }
    }

    /**
     * Types that cannot hold a marker (numbers, instants, booleans, ids). Every other type is read
     * as text, so a column of a type nobody thought of (xml, tsvector, an enum, a composite) is
     * scanned rather than skipped.
     */
    static final Set<String> NOT_TEXT = Set.of("smallint", "integer", "bigint", "numeric", "real", "double precision", "boolean",
            "date", "time without time zone", "time with time zone", "timestamp without time zone", "timestamp with time zone",
            "interval", "uuid", "oid");

    private MarkerScan() {}

    /** Every table.column of every schema but PostgreSQL's own that holds one of the markers. */
    static List<Hit> database(JdbcClient jdbc, Collection<String> markers) {
        record Column(String schema, String table, String column, String type) {}
        List<Column> columns = jdbc.sql("""
                select c.table_schema, c.table_name, c.column_name, c.data_type from information_schema.columns c
                  join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
                 where t.table_type = 'BASE TABLE' and c.table_schema not in ('pg_catalog', 'information_schema')
                 order by 1, 2, 3""").query((rs, n) -> new Column(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4))).list();
        String[] wanted = markers.stream().map(m -> m.toLowerCase(Locale.ROOT)).toArray(String[]::new);
        List<Hit> hits = new ArrayList<>();
        for (Column c : columns) {
            if (NOT_TEXT.contains(c.type())) continue;
            String column = quote(c.column());
            // bytea as its bytes (ASCII markers survive the escape form); an .ics attachment's folded lines unfolded first.
            String text = c.type().equals("bytea")
                    ? "replace(replace(encode(" + column + ", 'escape'), chr(13) || chr(10) || ' ', ''), chr(13) || chr(10) || chr(9), '')"
                    : column + "::text";
            String where = c.schema().equals("public") ? c.table() : c.schema() + "." + c.table();
            jdbc.sql("select m from unnest(?::text[]) as m where exists (select 1 from " + quote(c.schema()) + "." + quote(c.table())
                            + " where strpos(lower(" + text + "), m) > 0)")
                    .param(wanted).query(String.class).list()
                    .forEach(m -> hits.add(new Hit(where + "." + c.column(), original(markers, m))));
        }
        return hits;
    }

    /** The places of the hits, {@code table.column}, without the markers. */
    static Set<String> places(List<Hit> hits) {
        return new java.util.TreeSet<>(hits.stream().map(Hit::place).toList());
    }

    /**
     * Every regular file under {@code root} (but the excluded directories) holding a marker, read as
     * bytes. Files that vanish during the walk (another process's scratch directories) are skipped.
     */
    static List<Hit> files(Path root, Set<Path> excluded, Collection<String> markers) {
        List<Hit> hits = new ArrayList<>();
        if (!Files.isDirectory(root)) return hits;
        try {
            Files.walkFileTree(root, new java.nio.file.SimpleFileVisitor<>() {
                @Override
                public java.nio.file.FileVisitResult preVisitDirectory(Path dir, java.nio.file.attribute.BasicFileAttributes attrs) {
                    return excluded.contains(dir) ? java.nio.file.FileVisitResult.SKIP_SUBTREE : java.nio.file.FileVisitResult.CONTINUE;
                }

                @Override
                public java.nio.file.FileVisitResult visitFile(Path file, java.nio.file.attribute.BasicFileAttributes attrs) throws IOException {
                    if (!attrs.isRegularFile()) return java.nio.file.FileVisitResult.CONTINUE;
                    String content;
                    try {
                        content = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
                    } catch (NoSuchFileException gone) {
                        return java.nio.file.FileVisitResult.CONTINUE;
                    }
                    for (String m : markers) if (content.contains(m.toLowerCase(Locale.ROOT))) hits.add(new Hit(file.toString(), m));
                    return java.nio.file.FileVisitResult.CONTINUE;
                }

                @Override
                public java.nio.file.FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                    if (e instanceof NoSuchFileException) return java.nio.file.FileVisitResult.CONTINUE; // gone meanwhile
                    throw e;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return hits;
    }

    /** The lines that hold a marker, named by where they come from. */
    static List<Hit> lines(String where, Stream<String> lines, Collection<String> markers) {
        List<Hit> hits = new ArrayList<>();
        lines.forEach(line -> {
            String lower = line.toLowerCase(Locale.ROOT);
            for (String m : markers) if (lower.contains(m.toLowerCase(Locale.ROOT))) hits.add(new Hit(where + " [" + line.strip() + "]", m));
        });
        return hits;
    }

    private static String original(Collection<String> markers, String lower) {
        return markers.stream().filter(m -> m.toLowerCase(Locale.ROOT).equals(lower)).findFirst().orElse(lower);
    }

    private static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
