package vn.liaison.requests;

/**
 * What a day of the holiday calendar is: a public holiday (Labour Code 2019 art. 112), a compensatory or swapped
 * day off, or a Saturday announced as a working day in exchange for a swapped day off.
 */
public enum HolidayKind {
    HOLIDAY,
    DAY_OFF,
    WORKING_SATURDAY;

    /** Is the day taken out of the working days (a working Saturday adds one instead)? */
    public boolean isDayOff() {
        return this != WORKING_SATURDAY;
    }

    public String messageKey() {
        return "requests.holidayKind." + name();
    }
}
