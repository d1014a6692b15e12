package vn.liaison.audit.web;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** Indents a stored before/after state for reading; the stored text (what is hashed) stays as it is. */
final class PrettyJson {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private PrettyJson() {
    }

    static String of(String json) {
        if (json == null) {
            return null;
        }
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(MAPPER.readTree(json));
        } catch (JacksonException e) {
            return json;
        }
    }
}
