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
