package vn.liaison.organizations;

/** A record with the version an update must name (optimistic locking: a stale version is refused with 409). */
public record Versioned<T>(T item, long version) {
}
