package vn.liaison.shared;

/**
 * An entry of the main navigation, contributed by a module as a bean. {@code messageKey} names the label,
 * {@code icon} a Bootstrap Icons name, {@code requiredRole} a role name (null: every signed-in person).
 */
public record NavigationItem(String messageKey, String path, String icon, int order, String requiredRole) {
}
