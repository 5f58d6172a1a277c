package dev.boucle.portal;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the candidate's portal (application.properties says what each one is for).
 *
 * @param publicUrl          the address candidates reach Boucle at, for the links in e-mails
 * @param linkDays           how long a sign-in link works
 * @param showPanelNames     whether candidates see their interviewers' first names
 * @param requestsPerMinute  requests one address may make to the portal per minute
 * @param resendsPerHour     fresh links one address may ask for per hour
 */
@ConfigurationProperties("boucle.portal")
record PortalSettings(URI publicUrl, int linkDays, boolean showPanelNames, int requestsPerMinute, int resendsPerHour) {

    PortalSettings {
        if (publicUrl == null) publicUrl = URI.create("http://localhost:8080");
        if (linkDays <= 0) linkDays = 14;
        if (requestsPerMinute <= 0) requestsPerMinute = 120;
        if (resendsPerHour <= 0) resendsPerHour = 5;
    }

    String link(String token) {
        String base = publicUrl.toString();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/portal/" + token;
    }
}
