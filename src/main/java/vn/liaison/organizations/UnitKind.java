package vn.liaison.organizations;

/** What sort of unit a unit is inside its agency. */
public enum UnitKind {
    DEPARTMENT,
    OFFICE,
    TEAM;

    public String messageKey() {
        return "organizations.unitKind." + name();
    }
}
