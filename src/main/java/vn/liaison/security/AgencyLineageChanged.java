package vn.liaison.security;

/**
 * Published (synchronously, in the transaction that recorded it) when a succession changes which agencies some
 * agency acts for; the security module then forgets the lineages it keeps with API tokens.
 */
public record AgencyLineageChanged() {
}
