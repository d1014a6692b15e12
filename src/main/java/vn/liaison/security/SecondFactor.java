package vn.liaison.security;

/** Authority names marking how far a sign-in has come. */
public final class SecondFactor {

    /** Password checked, second factor (or its enrolment) still due: nothing but the second-factor pages is open. */
    public static final String PENDING = "FACTOR_PENDING";

    private SecondFactor() {
    }
}
