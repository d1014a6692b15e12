-- Nodes cache a few small tables that change rarely (agencies, units, agreements, deadline settings). Each such
-- table gets a statement trigger calling this function, which announces the change on the channel every node
-- listens on (vn.liaison.shared.ChangeFeed). PostgreSQL delivers the notice when the writing transaction commits,
-- and not at all when it rolls back.
CREATE FUNCTION liaison_announce_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('liaison_change', TG_ARGV[0]);
  RETURN NULL;
END
$$;
