package vn.liaison.web;

import java.util.Comparator;
import java.util.List;

import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import vn.liaison.security.AccessPolicy;
import vn.liaison.security.Role;
import vn.liaison.shared.NavigationItem;

/**
 * Puts the navigation the current person may use, and the page's path (to mark the active menu entry; Thymeleaf
 * 3.1 no longer exposes {@code #request}), into the model of every page rendered. An interceptor rather than
 * {@code @ModelAttribute} advice: that would be worked out for every API call too, which renders no page.
 */
class PageNavigation implements HandlerInterceptor {

    private final List<NavigationItem> items;
    private final AccessPolicy accessPolicy;

    PageNavigation(List<NavigationItem> items, AccessPolicy accessPolicy) {
        this.items = items.stream().sorted(Comparator.comparingInt(NavigationItem::order)).toList();
        this.accessPolicy = accessPolicy;
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
            ModelAndView page) {
        if (page == null || page.getViewName() != null && page.getViewName().startsWith("redirect:")) {
            return;
        }
        page.addObject("currentPath", request.getRequestURI().substring(request.getContextPath().length()));
        page.addObject("navigation", navigation());
    }

    private List<NavigationItem> navigation() {
        if (accessPolicy.actor().isEmpty()) {
            return List.of();
        }
        return items.stream()
                .filter(i -> i.requiredRole() == null || accessPolicy.hasRole(Role.valueOf(i.requiredRole())))
                .toList();
    }
}
