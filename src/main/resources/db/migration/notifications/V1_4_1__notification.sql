-- In-app notifications: one row per recipient, written in the transaction of the operation that caused it.
CREATE TABLE notification (
    id                  UUID PRIMARY KEY,
    recipient_person_id UUID NOT NULL,
    message_key         VARCHAR(200) NOT NULL,
    args                TEXT NOT NULL DEFAULT '[]',
    link                VARCHAR(1000),
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    read_at             TIMESTAMP WITH TIME ZONE
);

-- The unread count on every page and the "unread" filter.
CREATE INDEX notification_recipient_read_idx ON notification (recipient_person_id, read_at);
-- The list, newest first.
CREATE INDEX notification_recipient_created_idx ON notification (recipient_person_id, created_at DESC);
