package vn.liaison.web;

import java.util.Comparator;
import java.util.List;

import org.springframework.web.bind.annotation.ControllerAdvice;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ModelAttribute;

import jakarta.servlet.http.HttpServletRequest;

import vn.liaison.security.AccessPolicy;
import vn.liaison.security.Role;
import vn.liaison.shared.NavigationItem;

/** Puts the navigation the current person may use into every page's model. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class NavigationAdvice {

    private final List<NavigationItem> items;
    private final AccessPolicy accessPolicy;

    NavigationAdvice(List<NavigationItem> items, AccessPolicy accessPolicy) {
        this.items = items.stream().sorted(Comparator.comparingInt(NavigationItem::order)).toList();
        this.accessPolicy = accessPolicy;
    }

    /** The path of the page, to mark the active menu entry (Thymeleaf 3.1 no longer exposes #request to templates). */
    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    @ModelAttribute("navigation")
    List<NavigationItem> navigation() {
        if (accessPolicy.actor().isEmpty()) {
            return List.of();
        }
        return items.stream()
                .filter(i -> i.requiredRole() == null || accessPolicy.hasRole(Role.valueOf(i.requiredRole())))
                .toList();
    }
}
