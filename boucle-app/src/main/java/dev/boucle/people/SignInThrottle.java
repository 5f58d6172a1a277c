package dev.boucle.people;

import java.time.Duration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing: after {@value #PER_ACCOUNT} failed sign-ins for one account, or
 * 20 (boucle.sign-in.failures-per-address) from one address, within {@link #WINDOW}, further attempts are refused
 * without checking the password until the oldest of them leaves the window. Failures live in
 * the database, so every node sees the same count. A success clears its account's failures but
 * not its address's (a guesser holding one account must not reset the count for the others).
 */
@Component
class SignInThrottle {

    static final int PER_ACCOUNT = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    private final JdbcClient jdbc;
    /** Per address: an office behind one NAT shares it, so it is higher than per account. */
    private final int perAddress;

    SignInThrottle(JdbcClient jdbc, @org.springframework.beans.factory.annotation.Value("${boucle.sign-in.failures-per-address:20}") int perAddress) {
        this.jdbc = jdbc;
        this.perAddress = perAddress;
    }

    int perAddress() {
        return perAddress;
    }

    boolean refuses(String email, String address) {
        return jdbc.sql("""
                select (select count(*) from sign_in_failures where email = :email and at > now() - :window::interval) >= :account
                    or (select count(*) from sign_in_failures where address = :address and at > now() - :window::interval) >= :perAddress""")
                .param("email", Users.normalise(email)).param("address", address).param("window", WINDOW.toSeconds() + " seconds")
                .param("account", PER_ACCOUNT).param("perAddress", perAddress).query(Boolean.class).single();
    }

    void failed(String email, String address) {
        jdbc.sql("insert into sign_in_failures (email, address) values (?, ?)").params(Users.normalise(email), address).update();
        // Keeps the table to the window's worth of rows; the index on (address, at) makes it cheap.
        jdbc.sql("delete from sign_in_failures where at < now() - interval '1 day'").update();
    }

    void succeeded(String email) {
        jdbc.sql("delete from sign_in_failures where email = ?").param(Users.normalise(email)).update();
    }
}
