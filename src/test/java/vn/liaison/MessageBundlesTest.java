package vn.liaison;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.io.ClassPathResource;

/** Every text exists in both languages, and the Vietnamese texts are written with their diacritics. */
class MessageBundlesTest {

    private static final Pattern PLACEHOLDERS = Pattern.compile("\\{\\d+}");

    @ParameterizedTest
    @ValueSource(strings = {"messages", "audit", "security", "organizations", "agreements", "requests", "notifications", "documents", "attachments"})
    void bothLanguagesHaveTheSameKeysAndPlaceholders(String bundle) throws IOException {
        Properties vi = load("i18n/" + bundle + ".properties");
        Properties en = load("i18n/" + bundle + "_en.properties");
        assertThat(new TreeSet<>(en.stringPropertyNames())).as("keys of %s", bundle)
                .isEqualTo(new TreeSet<>(vi.stringPropertyNames()));
        for (String key : vi.stringPropertyNames()) {
            assertThat(placeholders(en.getProperty(key))).as("placeholders of %s", key)
                    .isEqualTo(placeholders(vi.getProperty(key)));
            assertThat(vi.getProperty(key)).as("Vietnamese text of %s", key).isNotBlank();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages", "audit", "security", "organizations", "agreements", "requests", "notifications", "documents", "attachments"})
    void vietnameseBundleIsNotEnglish(String bundle) throws IOException {
        Properties vi = load("i18n/" + bundle + ".properties");
        Properties en = load("i18n/" + bundle + "_en.properties");
        long withDiacritics = vi.stringPropertyNames().stream()
                .filter(k -> !vi.getProperty(k).equals(en.getProperty(k)))
                .count();
        // Identical texts are allowed (names, codes) but a bundle that is mostly copied English is a defect.
        assertThat(withDiacritics).isGreaterThanOrEqualTo(vi.size() * 8L / 10);
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        PLACEHOLDERS.matcher(text).results().forEach(r -> found.add(r.group()));
        return found;
    }

    private static Properties load(String path) throws IOException {
        Properties p = new Properties();
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
