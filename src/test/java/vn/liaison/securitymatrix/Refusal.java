package vn.liaison.securitymatrix;

/** The three people every endpoint is checked against (besides an anonymous caller). */
public enum Refusal {
    /** A person of an agency that is not a party to the record (or has nothing to do with the endpoint). */
    OTHER_AGENCY,
    /** A person of the right agency and role whose clearance is below the record's classification. */
    LOW_CLEARANCE,
    /** A person of the right agency whose role does not allow the action. */
    WRONG_ROLE
}
