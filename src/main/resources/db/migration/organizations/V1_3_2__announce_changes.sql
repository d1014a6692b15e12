-- Agencies, their successions and units are cached on every node; a committed change makes every node forget them.
CREATE TRIGGER agency_announce AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON agency
  FOR EACH STATEMENT EXECUTE FUNCTION liaison_announce_change('organizations');
CREATE TRIGGER agency_succession_announce AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON agency_succession
  FOR EACH STATEMENT EXECUTE FUNCTION liaison_announce_change('organizations');
CREATE TRIGGER unit_announce AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON unit
  FOR EACH STATEMENT EXECUTE FUNCTION liaison_announce_change('organizations');
