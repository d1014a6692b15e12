package vn.liaison.notifications;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.liaison.LiaisonTest;
import vn.liaison.TestActors;
import vn.liaison.security.Actor;
import vn.liaison.shared.PageRequest;

/** The bell, the list and marking read, on screen and through the API, for the owner and for anyone else. */
@LiaisonTest
class NotificationsWebTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Notifier notifier;

    @Autowired
    NotificationInbox inbox;

    @Test
    void theBellCountsUnreadAndMarkingReadLowersIt() throws Exception {
        Actor me = NotificationFixtures.newPerson();
        notify(me, "Trịnh Công Sơn");
        notify(me, "Nguyễn Thị Ưng");
        UUID first = inbox.page(me, false, new PageRequest(0, 1)).items().get(0).id();

        mvc.perform(get("/notifications/unread-count").with(TestActors.as(me)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"unread-count\"")))
                .andExpect(content().string(containsString("aria-hidden=\"true\">2</span>")))
                .andExpect(content().string(containsString("2 thông báo chưa đọc")));

        mvc.perform(post("/notifications/{id}/read", first).header("HX-Request", "true").with(csrf()).with(TestActors.as(me)))
                .andExpect(status().isOk())
                .andExpect(header().string("HX-Trigger", "notifications-changed"))
                .andExpect(content().string(containsString("id=\"notification-" + first + "\"")))
                .andExpect(content().string(containsString("data-read=\"true\"")));

        mvc.perform(get("/api/v1/notifications/unread-count").with(TestActors.as(me)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.unread").value(1));

        mvc.perform(post("/notifications/read-all").with(csrf()).with(TestActors.as(me)))
                .andExpect(redirectedUrl("/notifications"));
        mvc.perform(get("/notifications/unread-count").with(TestActors.as(me)))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("unread-count"))));
    }

    @Test
    void theListShowsTheTextInTheReadersLanguageWithTheLink() throws Exception {
        Actor me = NotificationFixtures.newPerson();
        notify(me, "Hoàng Thị Yến");
        mvc.perform(get("/notifications").locale(Locale.forLanguageTag("vi")).with(TestActors.as(me)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Chào mừng Hoàng Thị Yến đến với Liaison.")))
                .andExpect(content().string(containsString("href=\"/requests/7\"")));
        mvc.perform(get("/notifications").param("filter", "unread").param("lang", "en").with(TestActors.as(me)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Welcome to Liaison, Hoàng Thị Yến.")));
        mvc.perform(get("/api/v1/notifications").param("unread", "true").header("Accept-Language", "vi")
                        .with(TestActors.as(me)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].link").value("/requests/7"))
                .andExpect(jsonPath("$.items[0].read").value(false))
                .andExpect(jsonPath("$.items[0].args[0]").value("Hoàng Thị Yến"));
    }

    @Test
    void someoneElsesNotificationIsNotFoundAndStaysUnread() throws Exception {
        Actor owner = NotificationFixtures.newPerson();
        Actor other = NotificationFixtures.newPerson();
        notify(owner, "Lý Thường Kiệt");
        UUID id = inbox.page(owner, false, new PageRequest(0, 1)).items().get(0).id();

        mvc.perform(post("/notifications/{id}/read", id).with(csrf()).with(TestActors.as(other)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/notifications/{id}/read", id).with(csrf()).with(TestActors.as(other)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/notifications").with(TestActors.as(other)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/v1/notifications/unread-count").with(TestActors.as(owner)))
                .andExpect(jsonPath("$.unread").value(1));

        mvc.perform(post("/api/v1/notifications/{id}/read", id).with(csrf()).with(TestActors.as(owner)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.read").value(true));
        mvc.perform(post("/notifications/{id}/read", UUID.randomUUID()).with(csrf()).with(TestActors.as(owner)))
                .andExpect(status().isNotFound());
    }

    @Test
    void theBellIsOnEveryPageForASignedInPerson() throws Exception {
        Actor me = NotificationFixtures.newPerson();
        mvc.perform(get("/").with(TestActors.as(me)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"notifications-bell\"")))
                .andExpect(content().string(containsString("hx-get=\"/notifications/unread-count\"")));
    }

    private void notify(Actor to, String name) {
        notifier.notify(new Notice(Set.of(to.personId()), "notifications.welcome", List.of(name), "/requests/7", false));
    }
}
