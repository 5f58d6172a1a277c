package dev.boucle.hiring.process;

import dev.boucle.platform.BoucleProperties;
import dev.boucle.platform.ClasspathText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The process in force. Where it comes from, first match wins: BOUCLE_PROCESS_FILE, the last
 * version an admin uploaded (kept in the database with who and when), the shipped default.
 */
@Component
public class ProcessCatalog {

    static final String DEFAULT = "processes/default.yaml";
    private static final Logger log = LoggerFactory.getLogger(ProcessCatalog.class);
    private final JdbcClient jdbc;
    private final BoucleProperties props;
    private volatile HiringProcess current;

    ProcessCatalog(JdbcClient jdbc, BoucleProperties props) {
        this.jdbc = jdbc;
        this.props = props;
    }

    public HiringProcess current() {
        HiringProcess process = current;
        if (process == null) {
            synchronized (this) {
                if (current == null) current = load();
                process = current;
            }
        }
        return process;
    }

    /** Loads at start so that a bad process file stops Boucle with its file, line and field. */
    @EventListener(ApplicationReadyEvent.class)
    void loadAtStart() {
        HiringProcess process = current();
        log.info("Hiring process in force: {} tracks, {} offices", process.tracks().size(), process.offices().size());
    }

    /** The YAML text in force, for admins to download and edit. */
    public String currentSource() {
        if (props.processFile() != null && !props.processFile().isBlank()) return read(Path.of(props.processFile()));
        return jdbc.sql("select yaml from process_versions order by id desc limit 1").query(String.class).optional()
                .orElseGet(ProcessCatalog::shipped);
    }

    /**
     * Swaps in a new process after validating it; callers check that jobs still fit it.
     * Runs in the caller's transaction, so a refusal further on keeps the old version.
     */
    public HiringProcess replace(String fileName, String yaml, long actorId) {
        HiringProcess parsed = ProcessParser.parse(fileName, yaml);
        jdbc.sql("insert into process_versions (source_name, yaml, loaded_by) values (?, ?, ?)")
                .params(fileName, yaml, actorId).update();
        current = parsed;
        return parsed;
    }

    /** After a rolled-back replacement, forget the in-memory copy; the next read reloads. */
    public void reset() {
        current = null;
    }

    private HiringProcess load() {
        if (props.processFile() != null && !props.processFile().isBlank()) {
            Path file = Path.of(props.processFile());
            return ProcessParser.parse(file.getFileName().toString(), read(file));
        }
        return jdbc.sql("select source_name, yaml from process_versions order by id desc limit 1")
                .query((rs, n) -> ProcessParser.parse(rs.getString(1), rs.getString(2))).optional()
                .orElseGet(() -> ProcessParser.parse("default.yaml", shipped()));
    }

    static String shipped() {
        return ClasspathText.read(DEFAULT);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the process file " + file, e);
        }
    }
}
