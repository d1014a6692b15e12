-- Which agreements are in force between two agencies is cached on every node; a committed change of an agreement,
-- its parties or its content areas makes every node forget it.
CREATE TRIGGER agreement_announce AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON agreement
  FOR EACH STATEMENT EXECUTE FUNCTION liaison_announce_change('agreements');
CREATE TRIGGER agreement_party_announce AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON agreement_party
  FOR EACH STATEMENT EXECUTE FUNCTION liaison_announce_change('agreements');
CREATE TRIGGER agreement_content_area_announce AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON agreement_content_area
  FOR EACH STATEMENT EXECUTE FUNCTION liaison_announce_change('agreements');
