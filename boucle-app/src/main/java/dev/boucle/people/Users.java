package dev.boucle.people;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The users table. E-mail addresses are stored lower-cased, so sign-in ignores case. */
@Repository
public class Users {

    private static final String COLUMNS = "id, email, name, roles, locale, password_hash";
    private final JdbcClient jdbc;

    Users(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<CurrentUser> byEmail(String email) {
        return jdbc.sql("select " + COLUMNS + " from users where email = ? and active")
                .param(normalise(email)).query(Users::map).optional();
    }

    public Optional<CurrentUser> byId(long id) {
        return jdbc.sql("select " + COLUMNS + " from users where id = ?").param(id).query(Users::map).optional();
    }

    public List<CurrentUser> all() {
        return jdbc.sql("select " + COLUMNS + " from users order by name").query(Users::map).list();
    }

    public List<CurrentUser> withRole(Role role) {
        return jdbc.sql("select " + COLUMNS + " from users where active and ? = any(roles) order by name")
                .param(role.name()).query(Users::map).list();
    }

    /**
     * The people with these ids, ordered by name as the database collates it, in one query: the
     * read other modules use instead of joining the users table.
     */
    public List<Person> people(Collection<Long> ids) {
        if (ids.isEmpty()) return List.of();
        return jdbc.sql("select id, name, email, roles, active from users where id = any(?) order by name, id")
                .param(ids.stream().distinct().toArray(Long[]::new)).query(Users::person).list();
    }

    /** The names of these people by id; an id with no user is absent. */
    public Map<Long, String> names(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        for (Person p : people(ids)) names.put(p.id(), p.name());
        return names;
    }

    public boolean emailTaken(String email) {
        return jdbc.sql("select exists(select 1 from users where email = ?)").param(normalise(email))
                .query(Boolean.class).single();
    }

    long insert(String email, String name, Set<Role> roles, String locale, String passwordHash) {
        return jdbc.sql("""
                insert into users (email, name, roles, locale, password_hash)
                values (:email, :name, :roles::text[], :locale, :hash) returning id""")
                .param("email", normalise(email)).param("name", name.strip())
                .param("roles", roles.stream().map(Role::name).sorted().collect(Collectors.joining(",", "{", "}")))
                .param("locale", locale).param("hash", passwordHash)
                .query(Long.class).single();
    }

    /** A user as the admin sees them: whether they may sign in and when they last did. */
    public record Account(CurrentUser user, boolean active, java.time.@org.jspecify.annotations.Nullable Instant lastSignInAt) {}

    List<Account> accounts() {
        return jdbc.sql("select " + COLUMNS + ", active, last_sign_in_at from users order by name, id").query(Users::account).list();
    }

    Optional<Account> account(long id) {
        return jdbc.sql("select " + COLUMNS + ", active, last_sign_in_at from users where id = ?").param(id).query(Users::account).optional();
    }

    Optional<Account> accountByEmail(String email) {
        return jdbc.sql("select " + COLUMNS + ", active, last_sign_in_at from users where email = ?").param(normalise(email))
                .query(Users::account).optional();
    }

    void update(long id, String name, Set<Role> roles, String locale, boolean active) {
        jdbc.sql("update users set name = :name, roles = :roles::text[], locale = :locale, active = :active where id = :id")
                .param("name", name.strip()).param("roles", roles.stream().map(Role::name).sorted().collect(Collectors.joining(",", "{", "}")))
                .param("locale", locale).param("active", active).param("id", id).update();
    }

    void setPassword(long id, String passwordHash) {
        jdbc.sql("update users set password_hash = ? where id = ?").params(passwordHash, id).update();
    }

    void signedIn(long id) {
        jdbc.sql("update users set last_sign_in_at = now() where id = ?").param(id).update();
    }

    /**
     * The number of active admins other than this user, counted under a lock so that two admins
     * demoting each other at once cannot both pass the check and leave nobody.
     */
    long otherActiveAdmins(long id) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('boucle.people.admins'))").query((rs, n) -> 1).single();
        return jdbc.sql("select count(*) from users where active and 'ADMIN' = any(roles) and id <> ?").param(id)
                .query(Long.class).single();
    }

    private static Account account(ResultSet rs, int row) throws SQLException {
        var at = rs.getTimestamp("last_sign_in_at");
        return new Account(map(rs, row), rs.getBoolean("active"), at == null ? null : at.toInstant());
    }

    static String normalise(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    private static Person person(ResultSet rs, int row) throws SQLException {
        return new Person(rs.getLong("id"), rs.getString("name"), rs.getString("email"), roles(rs), rs.getBoolean("active"));
    }

    private static Set<Role> roles(ResultSet rs) throws SQLException {
        Array array = rs.getArray("roles");
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream((String[]) array.getArray()).map(Role::valueOf).forEach(roles::add);
        return roles;
    }

    static CurrentUser map(ResultSet rs, int row) throws SQLException {
        return new CurrentUser(rs.getLong("id"), rs.getString("email"), rs.getString("name"), roles(rs),
                rs.getString("locale"), rs.getString("password_hash"));
    }
}
