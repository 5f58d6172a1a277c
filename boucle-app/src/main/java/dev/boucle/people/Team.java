package dev.boucle.people;

import static dev.boucle.people.Role.ADMIN;
import static dev.boucle.people.Role.COMMITTEE;
import static dev.boucle.people.Role.HIRING_MANAGER;
import static dev.boucle.people.Role.INTERVIEWER;
import static dev.boucle.people.Role.RECRUITER;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * The named groups of roles that the routes and the services check, so that "who may plan a loop"
 * is written once. A route says {@code @Team.Hiring}; a service asks {@code user.in(Team.HIRING)};
 * both read the same set below.
 */
public enum Team {
    /** Administrators alone: the process file, bands, exchange rates. */
    ADMINS(ADMIN),
    /** The people who run the pipeline: jobs, candidates, schedules. */
    RECRUITING(ADMIN, RECRUITER),
    /** Those who run a loop: the recruiting team and the hiring manager. */
    HIRING(ADMIN, RECRUITER, HIRING_MANAGER),
    /** Everyone who may sit on or run a panel, and so read calendars and plans. */
    PANEL(ADMIN, RECRUITER, HIRING_MANAGER, INTERVIEWER),
    /** Those who read the final review packet and calibration. */
    REVIEW(ADMIN, RECRUITER, HIRING_MANAGER, COMMITTEE),
    /** Those who vote and decide at the final review. */
    DECIDERS(HIRING_MANAGER, COMMITTEE),
    /** Those who may close a stage early: an administrator or the hiring manager. */
    STAGE_CLOSERS(ADMIN, HIRING_MANAGER),
    /** Those who can be put on an interview panel. */
    PANELISTS(INTERVIEWER, HIRING_MANAGER);

    private final Set<Role> roles;

    Team(Role first, Role... rest) {
        this.roles = EnumSet.of(first, rest);
    }

    public boolean includes(Set<Role> held) {
        return held.stream().anyMatch(roles::contains);
    }

    /** The role names, as Spring Security's {@code hasAnyRole} takes them (read by the annotations below). */
    public String[] roleNames() {
        return roles.stream().map(Role::name).toArray(String[]::new);
    }

    @Target({ElementType.METHOD, ElementType.TYPE}) @Retention(RetentionPolicy.RUNTIME) @Documented
    @PreAuthorize("hasAnyRole(T(dev.boucle.people.Team).ADMINS.roleNames())")
    public @interface Admins {}

    @Target({ElementType.METHOD, ElementType.TYPE}) @Retention(RetentionPolicy.RUNTIME) @Documented
    @PreAuthorize("hasAnyRole(T(dev.boucle.people.Team).RECRUITING.roleNames())")
    public @interface Recruiting {}

    @Target({ElementType.METHOD, ElementType.TYPE}) @Retention(RetentionPolicy.RUNTIME) @Documented
    @PreAuthorize("hasAnyRole(T(dev.boucle.people.Team).HIRING.roleNames())")
    public @interface Hiring {}

    @Target({ElementType.METHOD, ElementType.TYPE}) @Retention(RetentionPolicy.RUNTIME) @Documented
    @PreAuthorize("hasAnyRole(T(dev.boucle.people.Team).PANEL.roleNames())")
    public @interface Panel {}

    @Target({ElementType.METHOD, ElementType.TYPE}) @Retention(RetentionPolicy.RUNTIME) @Documented
    @PreAuthorize("hasAnyRole(T(dev.boucle.people.Team).REVIEW.roleNames())")
    public @interface Review {}

    @Target({ElementType.METHOD, ElementType.TYPE}) @Retention(RetentionPolicy.RUNTIME) @Documented
    @PreAuthorize("hasAnyRole(T(dev.boucle.people.Team).DECIDERS.roleNames())")
    public @interface Deciders {}

    @Target({ElementType.METHOD, ElementType.TYPE}) @Retention(RetentionPolicy.RUNTIME) @Documented
    @PreAuthorize("hasAnyRole(T(dev.boucle.people.Team).STAGE_CLOSERS.roleNames())")
    public @interface StageClosers {}
}
