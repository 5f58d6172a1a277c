package dev.boucle.platform;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tomcat refuses some request lines before any filter or controller runs (a NUL byte or an
 * encoded slash in the path) and answers them with its own HTML page. On the API that breaks
 * the contract clients rely on, so this report valve answers those 400s with problem+json
 * naming the path as the field at fault; everything else keeps Tomcat's report.
 */
final class ApiErrorReport extends ErrorReportValve {

    private final MessageSource messages;
    private final JsonMapper json = JsonMapper.builder().build();

    ApiErrorReport(MessageSource messages) {
        this.messages = messages;
        setShowServerInfo(false);
        setShowReport(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable failure) {
        String uri = request.getCoyoteRequest().requestURI().toString();
        if (response.getStatus() != 400 || response.getContentWritten() > 0 || uri == null || !uri.startsWith("/api/")) {
            super.report(request, response, failure);
            return;
        }
        String header = request.getHeader("Accept-Language");
        Locale locale = header != null && header.toLowerCase(Locale.ROOT).startsWith("fr") ? Locale.FRENCH : Locale.ENGLISH;
        // Tomcat's own 400s are either a request line it refused (NUL, encoded slash) or, on a clean
        // path, a body announced as multipart that it could not split into parts (no boundary, cut
        // short): then the field at fault is the upload, not the address.
        String lower = uri.toLowerCase(Locale.ROOT);
        boolean cleanPath = !lower.contains("%00") && !lower.contains("%2f") && uri.indexOf('\0') < 0;
        String type = request.getContentType();
        boolean multipart = cleanPath && type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
        String field = multipart ? "file" : "path";
        String message = multipart ? messages.getMessage("problem.not-multipart", new Object[] {field}, locale)
                : messages.getMessage("problem.bad-path", null, locale);
        // Written as a plain map: outside Spring MVC, ProblemDetail has no serializer that flattens its properties.
        var problem = new java.util.LinkedHashMap<String, Object>();
        problem.put("type", "https://boucle.dev/problems/bad-input");
        problem.put("title", "Bad Request");
        problem.put("status", 400);
        problem.put("detail", message);
        problem.put("errors", java.util.Map.of(field, message));
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(json.writeValueAsString(problem));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The client is gone or the response is closed: nothing more to say.
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Installation {

        /** Puts the valve on the host before it starts, where Tomcat would otherwise add its own. */
        @Bean
        WebServerFactoryCustomizer<TomcatServletWebServerFactory> apiErrorReport(MessageSource messages) {
            return factory -> factory.addContextCustomizers(context -> {
                if (context.getParent() instanceof org.apache.catalina.core.StandardHost host) {
                    host.setErrorReportValveClass(ApiErrorReport.class.getName());
                    host.getPipeline().addValve(new ApiErrorReport(messages));
                }
            });
        }
    }
}
