package dev.boucle.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a route that shows staff a candidate's data, so that the privacy module records each
 * successful read in the audit log: who read what, when, and why (a reason code). The route's
 * path variable {@link #id} names the subject, of the kind {@link #value}.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface ReadsCandidateData {

    /** What the id names: {@code application}, {@code candidate} or {@code round}. */
    String value();

    /** The path variable holding the subject's id. */
    String id() default "id";

    /** Why staff read it, as the audit log's reason code (PIPELINE, INTERVIEW, REVIEW, ...). */
    String reason() default "PIPELINE";
}
