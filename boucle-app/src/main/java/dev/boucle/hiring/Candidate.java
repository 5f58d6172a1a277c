package dev.boucle.hiring;

import java.time.Instant;

/** A person who applies. Personal data: shown only to people with a reason to see it. */
public record Candidate(long id, String name, String email, String phone, String location, String source,
        Instant createdAt) {}
