package dev.boucle.offers;

import dev.boucle.hiring.process.HiringProcess;
import dev.boucle.hiring.process.ProcessCatalog;
import dev.boucle.people.CurrentUser;
import dev.boucle.people.Role;
import dev.boucle.platform.ClasspathText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The bands file in force: the last version an admin loaded (kept with who and when), else the
 * shipped {@code offers/bands.yaml}. Read once and kept while the process it was checked
 * against is the one in force.
 */
@Component
class CompBands {

    static final String SHIPPED = "offers/bands.yaml";
    private final JdbcClient jdbc;
    private final ProcessCatalog catalog;
    private volatile Loaded loaded;

    private record Loaded(HiringProcess process, BandBook book) {}

    CompBands(JdbcClient jdbc, ProcessCatalog catalog) {
        this.jdbc = jdbc;
        this.catalog = catalog;
    }

    public BandBook current() {
        HiringProcess process = catalog.current();
        Loaded l = loaded;
        if (l == null || l.process() != process) {
            l = new Loaded(process, jdbc.sql("select source_name, yaml from comp_band_versions order by id desc limit 1")
                    .query((rs, n) -> BandFile.parse(rs.getString(1), rs.getString(2), process)).optional()
                    .orElseGet(() -> BandFile.parse("bands.yaml", ClasspathText.read(SHIPPED), process)));
            loaded = l;
        }
        return l.book();
    }

    /** The pay currency of an office of the process in force. */
    public String officeCurrency(String office) {
        return catalog.current().offices().stream().filter(o -> o.key().equals(office)).findFirst()
                .map(o -> o.currency().getCurrencyCode()).orElseThrow();
    }

    /** The YAML in force, for admins to download and edit. */
    public String currentSource() {
        return jdbc.sql("select yaml from comp_band_versions order by id desc limit 1").query(String.class).optional()
                .orElseGet(() -> ClasspathText.read(SHIPPED));
    }

    /** Validates and stores a new bands file; a refused file changes nothing. Admins only. */
    @Transactional
    public BandBook replace(String fileName, String yaml, CurrentUser admin) {
        if (!admin.has(Role.ADMIN)) throw new AccessDeniedException("admins replace the bands");
        HiringProcess process = catalog.current();
        BandBook book = BandFile.parse(fileName, yaml, process);
        jdbc.sql("insert into comp_band_versions (source_name, yaml, loaded_by) values (?, ?, ?)")
                .params(fileName, yaml, admin.id()).update();
        loaded = null;
        return book;
    }
}
