package dev.boucle.portal;

import dev.boucle.hiring.process.ProcessCatalog;
import dev.boucle.people.CurrentUser;
import dev.boucle.people.Role;
import dev.boucle.platform.ClasspathText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The guides in force: the shipped file until an admin loads another (kept as versions in
 * {@code portal_guide_versions}); read on first use, not at start-up. A file that does not
 * validate is refused with its line and field and changes nothing.
 */
@Service
class Guides {

    static final String SHIPPED = "portal/guides.yaml";
    private final JdbcClient jdbc;
    private final ProcessCatalog catalog;
    private volatile Guide current;

    Guides(JdbcClient jdbc, ProcessCatalog catalog) {
        this.jdbc = jdbc;
        this.catalog = catalog;
    }

    Guide current() {
        Guide guide = current;
        if (guide == null) {
            guide = GuideParser.parse("guides.yaml", source(), catalog.current());
            current = guide;
        }
        return guide;
    }

    String source() {
        return jdbc.sql("select yaml from portal_guide_versions order by version desc limit 1").query(String.class).optional()
                .orElseGet(() -> ClasspathText.read(SHIPPED));
    }

    @Transactional
    Guide replace(String yaml, CurrentUser admin) {
        if (!admin.has(Role.ADMIN)) throw new AccessDeniedException("admins replace the guides");
        Guide parsed = GuideParser.parse("guides.yaml", yaml, catalog.current());
        jdbc.sql("insert into portal_guide_versions (yaml, loaded_by) values (?, ?)").params(yaml, admin.id()).update();
        current = parsed;
        return parsed;
    }
}
