package vn.liaison.notifications.web;

import java.time.Clock;
import java.util.Locale;
import java.util.UUID;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import jakarta.servlet.http.HttpServletResponse;
import vn.liaison.notifications.Notification;
import vn.liaison.notifications.NotificationInbox;
import vn.liaison.security.AccessPolicy;
import vn.liaison.security.Actor;
import vn.liaison.shared.PageRequest;
import vn.liaison.shared.PageResult;

/** The signed-in person's notifications: the list, marking read, and the unread count the bell loads. */
@Controller
@RequestMapping("/notifications")
class NotificationsController {

    /** htmx listens for this event to reload the bell's count after a change. */
    static final String CHANGED_EVENT = "notifications-changed";

    private final AccessPolicy access;
    private final NotificationInbox inbox;
    private final Clock clock;

    NotificationsController(AccessPolicy access, NotificationInbox inbox, Clock clock) {
        this.access = access;
        this.inbox = inbox;
        this.clock = clock;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "all") String filter, @RequestParam(required = false) Integer page,
            Model model, Locale locale) {
        Actor actor = access.requireActor();
        boolean unreadOnly = "unread".equals(filter);
        PageResult<Notification> found = inbox.page(actor, unreadOnly, PageRequest.of(page, 20));
        model.addAttribute("filter", unreadOnly ? "unread" : "all");
        model.addAttribute("page", found.map(n -> NotificationItem.of(n, inbox, locale, clock)));
        model.addAttribute("unread", inbox.unreadCount(actor));
        return "notifications/list";
    }

    @PostMapping("/{id}/read")
    String read(@PathVariable UUID id, @RequestHeader(name = "HX-Request", required = false) String htmx,
            @RequestParam(required = false) String filter, @RequestParam(required = false) Integer page,
            Model model, Locale locale, HttpServletResponse response) {
        Actor actor = access.requireActor();
        Notification n = inbox.markRead(actor, id);
        if (htmx != null) {
            response.setHeader("HX-Trigger", CHANGED_EVENT);
            model.addAttribute("n", NotificationItem.of(n, inbox, locale, clock));
            return "notifications/item :: item";
        }
        return "redirect:" + back(filter, page);
    }

    @PostMapping("/read-all")
    String readAll(RedirectAttributes redirect) {
        Actor actor = access.requireActor();
        inbox.markAllRead(actor);
        redirect.addFlashAttribute("flash", "notifications.allRead");
        return "redirect:/notifications";
    }

    @GetMapping("/unread-count")
    String unreadCount(Model model, HttpServletResponse response) {
        Actor actor = access.requireActor();
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        model.addAttribute("unread", inbox.unreadCount(actor));
        return "notifications/bell :: count";
    }

    private static String back(String filter, Integer page) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/notifications");
        if ("unread".equals(filter)) {
            uri.queryParam("filter", "unread");
        }
        if (page != null && page > 0) {
            uri.queryParam("page", page);
        }
        return uri.toUriString();
    }
}
