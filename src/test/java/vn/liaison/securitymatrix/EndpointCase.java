package vn.liaison.securitymatrix;

import java.util.EnumMap;
import java.util.Map;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

import vn.liaison.security.Actor;

/**
 * One endpoint checked by the security matrix. {@code pattern} is the mapping exactly as declared
 * (e.g. {@code /agencies/{id}}); {@code path} a concrete URL for it. For each {@link Refusal} the case gives
 * either the person who must be refused, or why the refusal does not apply (e.g. "every agency's staff may
 * read the agency directory"). {@code allowed} is a person who must get through (not 401/403/404); it may be
 * null for endpoints whose success would change shared fixtures (then say so in {@code allowedSkipped}).
 * An anonymous caller is always refused unless the case is {@link #publicEndpoint()}.
 */
public final class EndpointCase {

    private final HttpMethod method;
    private final String pattern;
    private final String path;
    private String body;
    private MediaType contentType;
    private Actor allowed;
    private String allowedSkipped;
    private boolean publicEndpoint;
    private final Map<Refusal, Actor> refused = new EnumMap<>(Refusal.class);
    private final Map<Refusal, String> notApplicable = new EnumMap<>(Refusal.class);

    private EndpointCase(HttpMethod method, String pattern, String path) {
        this.method = method;
        this.pattern = pattern;
        this.path = path;
    }

    public static EndpointCase of(HttpMethod method, String pattern, String path) {
        return new EndpointCase(method, pattern, path);
    }

    public static EndpointCase get(String pattern, String path) {
        return of(HttpMethod.GET, pattern, path);
    }

    public static EndpointCase post(String pattern, String path) {
        return of(HttpMethod.POST, pattern, path);
    }

    public static EndpointCase put(String pattern, String path) {
        return of(HttpMethod.PUT, pattern, path);
    }

    public static EndpointCase patch(String pattern, String path) {
        return of(HttpMethod.PATCH, pattern, path);
    }

    public static EndpointCase delete(String pattern, String path) {
        return of(HttpMethod.DELETE, pattern, path);
    }

    /** A JSON body to send (API endpoints validate it before the handler runs, so refusals need a valid one). */
    public EndpointCase json(String json) {
        this.body = json;
        this.contentType = MediaType.APPLICATION_JSON;
        return this;
    }

    /** A form body ({@code a=1&b=2}) to send. */
    public EndpointCase form(String formBody) {
        this.body = formBody;
        this.contentType = MediaType.APPLICATION_FORM_URLENCODED;
        return this;
    }

    /**
     * A multipart body, as raw text with the boundary {@code matrix}. MockMvc does not split a raw body into parts,
     * so the handler sees none: enough for access checks, which must come before the parts are looked at.
     */
    public EndpointCase multipart(String rawBody) {
        this.body = rawBody;
        this.contentType = MediaType.parseMediaType("multipart/form-data; boundary=matrix");
        return this;
    }

    public EndpointCase allowed(Actor actor) {
        this.allowed = actor;
        return this;
    }

    public EndpointCase allowedSkipped(String why) {
        this.allowedSkipped = why;
        return this;
    }

    public EndpointCase refused(Refusal refusal, Actor actor) {
        refused.put(refusal, actor);
        return this;
    }

    public EndpointCase notApplicable(Refusal refusal, String why) {
        notApplicable.put(refusal, why);
        return this;
    }

    /** Reachable without signing in (sign-in page, static assets, health). */
    public EndpointCase publicEndpoint() {
        this.publicEndpoint = true;
        return this;
    }

    public HttpMethod method() {
        return method;
    }

    public String pattern() {
        return pattern;
    }

    public String path() {
        return path;
    }

    public String body() {
        return body;
    }

    public MediaType contentType() {
        return contentType;
    }

    public Actor allowed() {
        return allowed;
    }

    public String allowedSkipped() {
        return allowedSkipped;
    }

    public boolean isPublic() {
        return publicEndpoint;
    }

    public Map<Refusal, Actor> refused() {
        return refused;
    }

    public Map<Refusal, String> notApplicable() {
        return notApplicable;
    }

    public String key() {
        return method.name() + " " + pattern;
    }

    @Override
    public String toString() {
        return key() + " (" + path + ")";
    }
}
