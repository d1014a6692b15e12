package vn.liaison.security;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.ObjectMapper;

/**
 * Writes the 401 and 403 problem-details answers of the API before any controller runs (the filters refuse
 * there), in the caller's language, like {@code web.ApiErrorHandling} does for refusals inside handlers.
 */
@Component
class ProblemResponses {

    private final MessageSource messages;
    private final ObjectProvider<LocaleResolver> locales;
    private final ObjectMapper json = new ObjectMapper();

    ProblemResponses(MessageSource messages, ObjectProvider<LocaleResolver> locales) {
        this.messages = messages;
        this.locales = locales;
    }

    void write(HttpServletRequest request, HttpServletResponse response, int status, String detailKey) throws IOException {
        Locale locale = locale(request);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", messages.getMessage("error.title." + status, null, String.valueOf(status), locale));
        body.put("status", status);
        body.put("detail", messages.getMessage(detailKey, null, detailKey, locale));
        body.put("instance", request.getRequestURI());
        response.setStatus(status);
        response.setCharacterEncoding("UTF-8");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        if (status == 401) {
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        response.getWriter().write(json.writeValueAsString(body));
    }

    private Locale locale(HttpServletRequest request) {
        LocaleResolver resolver = locales.getIfAvailable();
        try {
            return resolver == null ? request.getLocale() : resolver.resolveLocale(request);
        } catch (RuntimeException e) {
            return request.getLocale();
        }
    }
}
