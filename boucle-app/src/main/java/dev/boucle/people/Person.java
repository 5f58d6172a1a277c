package dev.boucle.people;

import java.util.Set;

/**
 * Someone on the staff as other modules see them: a name to show, an address to write to, the
 * roles they hold and whether they may still sign in. Never the password hash, which stays
 * with {@link CurrentUser} inside this module's sign-in path.
 */
public record Person(long id, String name, String email, Set<Role> roles, boolean active) {

    public Person {
        roles = Set.copyOf(roles);
    }

    public boolean in(Team team) {
        return team.includes(roles);
    }
}
