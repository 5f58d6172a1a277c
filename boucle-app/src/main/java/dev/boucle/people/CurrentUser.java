package dev.boucle.people;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The person behind a request, whether signed in by form or by bearer token. Modules ask it
 * for roles and use its id to check their relation to a candidate.
 */
public record CurrentUser(long id, String email, String name, Set<Role> roles, String locale, String passwordHash)
        implements UserDetails {

    public CurrentUser {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Whether this user holds one of the team's roles. */
    public boolean in(Team team) {
        return team.includes(roles);
    }


    /** The signed-in user of this thread, or an exception if none (routes are authenticated). */
    public static CurrentUser get() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof CurrentUser user) return user;
        throw new IllegalStateException("No signed-in Boucle user on this request");
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(r -> (GrantedAuthority) new SimpleGrantedAuthority(r.authority())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    /** Never print the hash, even in a debug log. */
    @Override
    public String toString() {
        return "CurrentUser[id=" + id + ", email=" + email + ", roles=" + List.copyOf(roles) + "]";
    }
}
