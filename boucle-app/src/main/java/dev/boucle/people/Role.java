package dev.boucle.people;

/** The closed set of roles; a user holds one or more. */
public enum Role {
    ADMIN, RECRUITER, HIRING_MANAGER, INTERVIEWER, COMMITTEE;

    /** The Spring Security authority for this role. */
    public String authority() {
        return "ROLE_" + name();
    }
}
