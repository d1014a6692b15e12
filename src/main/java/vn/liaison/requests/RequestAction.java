package vn.liaison.requests;

/** The steps of a request's life, each taken by one side only. */
public enum RequestAction {
    SUBMIT(Side.SENDER),
    APPROVE(Side.SENDER),
    REJECT_APPROVAL(Side.SENDER),
    SEND_BEFORE_APPROVAL(Side.SENDER),
    ACKNOWLEDGE(Side.RECEIVER),
    ASSIGN(Side.RECEIVER),
    ANSWER(Side.RECEIVER),
    RETURN_FOR_CLARIFICATION(Side.RECEIVER),
    RESUBMIT(Side.SENDER),
    CLOSE(Side.SENDER),
    CANCEL(Side.SENDER);

    private final Side side;

    RequestAction(Side side) {
        this.side = side;
    }

    public Side side() {
        return side;
    }

    public String messageKey() {
        return "requests.action." + name();
    }
}
