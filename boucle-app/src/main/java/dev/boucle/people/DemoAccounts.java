package dev.boucle.people;

import dev.boucle.platform.BoucleProperties;
import dev.boucle.platform.Secrets;
import java.io.PrintStream;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo company's accounts sign in only while demo mode is on, and never with a published
 * password: at every start in demo mode each gets a fresh random password, printed once on
 * the console (not through the logger, so it reaches no log file or collector); at a start
 * with demo mode off their passwords and tokens are cleared. Runs after the demo loaders.
 */
@Component
@Order(100)
public class DemoAccounts implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);
    private final BoucleProperties props;
    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final String fixedPassword;
    private final PrintStream console;

    @org.springframework.beans.factory.annotation.Autowired
    DemoAccounts(BoucleProperties props, JdbcClient jdbc, PasswordEncoder encoder,
            @Value("${boucle.demo.password:}") String fixedPassword) {
        this(props, jdbc, encoder, fixedPassword, System.out);
    }

    DemoAccounts(BoucleProperties props, JdbcClient jdbc, PasswordEncoder encoder, String fixedPassword, PrintStream console) {
        this.props = props;
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.fixedPassword = fixedPassword;
        this.console = console;
    }

    /** Marks a user created by a demo loader as a demo account. */
    public void enlist(long userId) {
        jdbc.sql("update users set demo = true where id = ?").param(userId).update();
    }

    private record Account(long id, String email, String roles) {}

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        List<Account> accounts = jdbc.sql("select id, email, array_to_string(roles, ', ') from users where demo and active order by id")
                .query((rs, n) -> new Account(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
        if (accounts.isEmpty()) return;
        if (!props.demo()) {
            int cleared = jdbc.sql("update users set password_hash = null where demo and password_hash is not null").update();
            int revoked = jdbc.sql("update api_tokens set revoked_at = now() where revoked_at is null and user_id in (select id from users where demo)")
                    .update();
            if (cleared + revoked > 0) log.info("Demo mode is off: the {} demo accounts can no longer sign in", accounts.size());
            return;
        }
        StringBuilder table = new StringBuilder("\nDemo accounts for this run (new passwords at every start; sign in at /login):\n");
        for (Account account : accounts) {
            // 16 characters of base64url: 96 random bits, typeable from the console.
            String password = fixedPassword.isBlank() ? Secrets.random().substring(0, 16) : fixedPassword;
            jdbc.sql("update users set password_hash = ? where id = ?").params(encoder.encode(password), account.id()).update();
            table.append(String.format("  %-28s %-18s %s%n", account.email(), password, account.roles()));
        }
        console.println(table);
    }
}
