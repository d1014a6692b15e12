-- The agencies a token acts for (its agency and every agency it succeeded), kept with the token so a request
-- authenticates in one round trip. NULL means "not known yet": the next use computes and stores it. Recording
-- a succession sets it back to NULL for every token (successions are rare).
ALTER TABLE api_token ADD COLUMN acting_for UUID[];
