package vn.liaison.requests;

/** Which party acts: the sender writes the desired status, the receiver the status (ETSI TS 103 120). */
public enum Side {
    SENDER,
    RECEIVER
}
