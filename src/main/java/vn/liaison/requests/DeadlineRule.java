package vn.liaison.requests;

/**
 * How long the receiver has: an amount of clock hours, of calendar days (Civil Code art. 147–148: moved to the
 * next working day when the last day is a rest day) or of working days.
 */
public record DeadlineRule(int amount, Unit unit) {

    public enum Unit { HOURS, DAYS, WORKING_DAYS }

    public DeadlineRule {
        if (amount <= 0) {
            throw new IllegalArgumentException("a deadline needs a positive amount");
        }
    }

    /** The defaults of the issue: user information 24 h (3 h in an emergency), other kinds 5 working days. */
    public static DeadlineRule defaultFor(RequestKind kind, Urgency urgency) {
        if (kind.providesUserInformation()) {
            return new DeadlineRule(urgency == Urgency.EMERGENCY ? 3 : 24, Unit.HOURS);
        }
        return new DeadlineRule(5, Unit.WORKING_DAYS);
    }
}
