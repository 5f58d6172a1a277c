package dev.boucle.people;

import dev.boucle.platform.BoucleProperties;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The first admin outside demo mode: BOUCLE_ADMIN_TOKEN becomes a bearer token of a
 * "Bootstrap admin" user, who can then create people with passwords through the API. It is
 * the only bootstrap token: changing the variable replaces it, unsetting it revokes it.
 */
@Component
class AdminBootstrap {

    static final String BOOTSTRAP_EMAIL = "bootstrap-admin@boucle.local";
    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);
    private final BoucleProperties props;
    private final Users users;
    private final ApiTokens tokens;

    AdminBootstrap(BoucleProperties props, Users users, ApiTokens tokens) {
        this.props = props;
        this.users = users;
        this.tokens = tokens;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    @Transactional
    public void bootstrap() {
        String token = props.adminToken();
        if (token == null || token.isBlank()) {
            // Unset: the token of an earlier start stops working too.
            tokens.replaceBootstrap(null, null);
            return;
        }
        if (token.length() < 20) {
            log.warn("BOUCLE_ADMIN_TOKEN is shorter than 20 characters and was ignored; no bootstrap token is active");
            tokens.replaceBootstrap(null, null);
            return;
        }
        long id = users.byEmail(BOOTSTRAP_EMAIL).map(CurrentUser::id)
                .orElseGet(() -> users.insert(BOOTSTRAP_EMAIL, "Bootstrap admin", Set.of(Role.ADMIN), "en", null));
        tokens.replaceBootstrap(id, token.strip());
        log.info("The admin token from BOUCLE_ADMIN_TOKEN is active (any earlier bootstrap token is revoked)");
    }
}
