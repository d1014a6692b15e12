package vn.liaison.organizations;

/** How one agency came after another. */
public enum SuccessionKind {
    MERGER,
    SPLIT,
    RENAME;

    public String messageKey() {
        return "successionKind." + name();
    }
}
