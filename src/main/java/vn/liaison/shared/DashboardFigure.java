package vn.liaison.shared;

/** A figure on the home page: its label key, its value, a link to the records it counts and an icon name. */
public record DashboardFigure(String messageKey, long value, String link, String icon, int order) {
}
