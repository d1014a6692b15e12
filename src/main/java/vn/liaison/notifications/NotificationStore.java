package vn.liaison.notifications;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;
import vn.liaison.shared.PageRequest;

/** The notification table, through JdbcClient: the unread count is read on every page, so it stays a plain query. */
@Repository
class NotificationStore {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final ObjectMapper json = new ObjectMapper();

    NotificationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Notification n) {
        jdbc.sql("""
                INSERT INTO notification (id, recipient_person_id, message_key, args, link, created_at, read_at)
                VALUES (:id, :recipient, :key, :args, :link, :created, NULL)""")
                .param("id", n.id()).param("recipient", n.recipientPersonId()).param("key", n.messageKey())
                .param("args", json.writeValueAsString(n.args())).param("link", n.link())
                .param("created", Timestamp.from(n.createdAt()))
                .update();
    }

    List<Notification> page(UUID recipient, boolean unreadOnly, PageRequest page) {
        return jdbc.sql("SELECT * FROM notification WHERE recipient_person_id = :recipient"
                        + (unreadOnly ? " AND read_at IS NULL" : "")
                        + " ORDER BY created_at DESC, id DESC LIMIT :limit OFFSET :offset")
                .param("recipient", recipient).param("limit", page.size()).param("offset", page.offset())
                .query(this::row).list();
    }

    long count(UUID recipient, boolean unreadOnly) {
        return jdbc.sql("SELECT COUNT(*) FROM notification WHERE recipient_person_id = :recipient"
                        + (unreadOnly ? " AND read_at IS NULL" : ""))
                .param("recipient", recipient).query(Long.class).single();
    }

    Optional<Notification> find(UUID id, UUID recipient) {
        return jdbc.sql("SELECT * FROM notification WHERE id = :id AND recipient_person_id = :recipient")
                .param("id", id).param("recipient", recipient).query(this::row).optional();
    }

    /** Marks it read unless it already is; says whether it changed. */
    boolean markRead(UUID id, UUID recipient, Instant at) {
        return jdbc.sql("""
                UPDATE notification SET read_at = :at
                WHERE id = :id AND recipient_person_id = :recipient AND read_at IS NULL""")
                .param("at", Timestamp.from(at)).param("id", id).param("recipient", recipient).update() == 1;
    }

    int markAllRead(UUID recipient, Instant at) {
        return jdbc.sql("UPDATE notification SET read_at = :at WHERE recipient_person_id = :recipient AND read_at IS NULL")
                .param("at", Timestamp.from(at)).param("recipient", recipient).update();
    }

    private Notification row(ResultSet rs, int n) throws SQLException {
        Timestamp read = rs.getTimestamp("read_at");
        return new Notification(rs.getObject("id", UUID.class), rs.getObject("recipient_person_id", UUID.class),
                rs.getString("message_key"), json.readValue(rs.getString("args"), STRINGS), rs.getString("link"),
                rs.getTimestamp("created_at").toInstant(), read == null ? null : read.toInstant());
    }
}
