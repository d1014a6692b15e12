package vn.liaison.agreements;

/** Where a plan task stands. */
public enum TaskStatus {
    NOT_STARTED,
    IN_PROGRESS,
    DONE,
    CANCELLED;

    /** Still to be done: counts as open work, can be overdue, moves to a replacing agreement. */
    public boolean open() {
        return this == NOT_STARTED || this == IN_PROGRESS;
    }

    public String messageKey() {
        return "agreements.taskStatus." + name();
    }
}
