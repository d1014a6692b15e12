package vn.liaison.notifications;

/**
 * Delivers notices: an in-app notification per recipient written in the caller's transaction, and e-mail sent
 * after the transaction commits (never while it holds locks).
 */
public interface Notifier {

    void notify(Notice notice);
}
