-- Tokens are cached on every node, found by the digest of their secret; a committed change of what a token may do
-- (revoked, expiry, scopes, clearance, the agencies it acts for) makes every node forget them. Writing the last use,
-- once a minute per token and node, is not announced: it changes nothing a request is allowed.
CREATE TRIGGER api_token_announce
  AFTER UPDATE OF agency_id, agency_name, name, scopes, token_sha256, prefix, clearance, expires_at, revoked_at,
    acting_for OR DELETE OR TRUNCATE ON api_token
  FOR EACH STATEMENT EXECUTE FUNCTION liaison_announce_change('api-tokens');
