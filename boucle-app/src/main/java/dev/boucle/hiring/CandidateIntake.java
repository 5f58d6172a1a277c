package dev.boucle.hiring;

import dev.boucle.platform.BadInput;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Candidates coming in, one by form or many by CSV. A CSV import is all or nothing: every
 * row is checked first and any bad row is reported by line, with nothing saved.
 */
@Service
public class CandidateIntake {

    public static final int MAX_IMPORT_ROWS = 5000;
    public static final int MAX_IMPORT_CHARS = 2 * 1024 * 1024;
    static final Pattern EMAIL = Pattern.compile("^[^@\\s,;<>]{1,64}@[^@\\s,;<>]{1,255}\\.[^@\\s,;<>]{2,}$");
    static final Pattern PHONE = Pattern.compile("^[+0-9 ().-]{5,40}$");
    static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");
    static final Set<String> COLUMNS = Set.of("name", "email", "phone", "location", "source");

    private final Candidates candidates;

    CandidateIntake(Candidates candidates) {
        this.candidates = candidates;
    }

    public record NewCandidate(String name, String email, String phone, String location, String source) {
        NewCandidate normalised() {
            return new NewCandidate(trim(name), trim(email), emptyToNull(phone), emptyToNull(location), emptyToNull(source));
        }
    }

    /** One error in an import: the CSV line (1 is the header), the field, and a message key. */
    public record RowError(int line, String field, String messageKey) {}

    /** Thrown when an import is refused; carries every row error found. */
    public static class ImportRefused extends BadInput {
        private final List<RowError> rows;

        ImportRefused(List<RowError> rows) {
            super("import.refused", rows.size());
            this.rows = List.copyOf(rows);
        }

        public List<RowError> rows() {
            return rows;
        }
    }

    @Transactional
    public long add(NewCandidate input, long actorId) {
        NewCandidate c = input.normalised();
        Map<String, String> errors = check(c);
        if (!errors.containsKey("email") && !candidates.existingEmails(List.of(c.email())).isEmpty()) {
            errors.put("email", "candidate.email.taken");
        }
        if (!errors.isEmpty()) throw new BadInput(errors, "problem.invalid-fields", String.join(", ", errors.keySet()));
        return candidates.insert(c, actorId);
    }

    @Transactional
    public List<Long> importCsv(String csv, long actorId) {
        if (csv.length() > MAX_IMPORT_CHARS) throw new BadInput(Map.of("file", "import.too-large"), "import.too-large", MAX_IMPORT_CHARS / 1024 / 1024);
        List<NewCandidate> rows = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(stripBom(csv)), format)) {
            Map<String, Integer> header = new LinkedHashMap<>();
            parser.getHeaderMap().forEach((k, v) -> header.put(k.strip().toLowerCase(Locale.ROOT), v));
            for (String column : header.keySet()) {
                if (!COLUMNS.contains(column)) errors.add(new RowError(1, column, "import.unknown-column"));
            }
            for (String needed : List.of("name", "email")) {
                if (!header.containsKey(needed)) errors.add(new RowError(1, needed, "import.missing-column"));
            }
            if (!errors.isEmpty()) throw new ImportRefused(errors);
            for (CSVRecord record : parser) {
                int line = (int) parser.getCurrentLineNumber();
                if (rows.size() >= MAX_IMPORT_ROWS) throw new BadInput(Map.of("file", "import.too-many-rows"), "import.too-many-rows", MAX_IMPORT_ROWS);
                if (!record.isConsistent()) {
                    errors.add(new RowError(line, "-", "import.column-count"));
                    continue;
                }
                NewCandidate c = new NewCandidate(get(record, header, "name"), get(record, header, "email"),
                        get(record, header, "phone"), get(record, header, "location"), get(record, header, "source"))
                        .normalised();
                check(c).forEach((field, key) -> errors.add(new RowError(line, field, key)));
                rows.add(c);
                lines.add(line);
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            throw new ImportRefused(List.of(new RowError(1, "-", "import.unreadable")));
        }
        if (rows.isEmpty() && errors.isEmpty()) throw new BadInput(Map.of("file", "import.empty"), "import.empty");
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            String email = rows.get(i).email() == null ? "" : rows.get(i).email().toLowerCase(Locale.ROOT);
            if (!email.isEmpty() && !seen.add(email)) errors.add(new RowError(lines.get(i), "email", "import.duplicate-in-file"));
        }
        Set<String> existing = candidates.existingEmails(seen);
        for (int i = 0; i < rows.size(); i++) {
            String email = rows.get(i).email();
            if (email != null && existing.contains(email.toLowerCase(Locale.ROOT))) {
                errors.add(new RowError(lines.get(i), "email", "candidate.email.taken"));
            }
        }
        if (!errors.isEmpty()) {
            errors.sort(java.util.Comparator.comparingInt(RowError::line));
            throw new ImportRefused(errors);
        }
        List<Long> ids = new ArrayList<>(rows.size());
        for (NewCandidate c : rows) ids.add(candidates.insert(c, actorId));
        return ids;
    }

    static Map<String, String> check(NewCandidate c) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (c.name() == null || c.name().isEmpty()) errors.put("name", "candidate.name.missing");
        else if (c.name().length() > 200) errors.put("name", "candidate.name.too-long");
        else if (CONTROL.matcher(c.name()).find()) errors.put("name", "candidate.name.invalid");
        if (c.email() == null || c.email().isEmpty()) errors.put("email", "candidate.email.missing");
        else if (c.email().length() > 254 || !EMAIL.matcher(c.email()).matches()) errors.put("email", "candidate.email.invalid");
        if (c.phone() != null && !PHONE.matcher(c.phone()).matches()) errors.put("phone", "candidate.phone.invalid");
        if (c.location() != null && c.location().length() > 200) errors.put("location", "candidate.field.too-long");
        if (c.source() != null && c.source().length() > 100) errors.put("source", "candidate.field.too-long");
        return errors;
    }

    private static String get(CSVRecord record, Map<String, Integer> header, String column) {
        Integer index = header.get(column);
        return index == null || index >= record.size() ? null : record.get(index);
    }

    private static String stripBom(String s) {
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    private static String trim(String s) {
        return s == null ? null : s.strip();
    }

    private static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
