package vn.liaison.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.liaison.LiaisonTest;
import vn.liaison.TestActors;
import vn.liaison.security.Actor;
import vn.liaison.security.Role;
import vn.liaison.shared.Classification;

/** Every rendered page carries the menu the person may use, with the current entry marked. */
@LiaisonTest
class PageNavigationTest {

    @Autowired
    MockMvc mvc;

    private static Actor person(Role role) {
        UUID agency = UUID.randomUUID();
        return new Actor(UUID.randomUUID(), "nav." + role, UUID.randomUUID(), "Người thử menu", agency, "Cơ quan thử", null,
                Classification.UNCLASSIFIED, Set.of(role), Set.of(agency), null, Set.of());
    }

    @Test
    void theMenuFollowsTheRolesAndMarksThePageShown() throws Exception {
        String officer = page("/agencies", person(Role.OFFICER));
        assertThat(officer).contains("href=\"/requests\"").contains("href=\"/agreements\"")
                .doesNotContain("href=\"/sectors\"").doesNotContain("href=\"/audit\"");
        assertThat(link(officer, "/agencies")).contains("aria-current=\"page\"").contains("active");
        assertThat(link(officer, "/requests")).doesNotContain("aria-current");
        String admin = page("/agencies", person(Role.SYSTEM_ADMIN));
        assertThat(admin).contains("href=\"/sectors\"").contains("href=\"/requests/settings/holidays\"");
    }

    /** The menu's link to {@code path}: its opening tag. */
    private static String link(String html, String path) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<a class=\"nav-link[^>]*href=\"" + path + "\"[^>]*>")
                .matcher(html);
        assertThat(m.find()).as("a menu link to %s", path).isTrue();
        return m.group();
    }

    private String page(String path, Actor actor) throws Exception {
        return mvc.perform(get(path).with(TestActors.as(actor))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }
}
