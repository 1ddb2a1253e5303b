-- When each API key was last used (written at most once a minute per key), so operators can
-- see which keys are idle before revoking them. SessionQL's own table only.

ALTER TABLE sessionql_api_keys ADD COLUMN last_used_at INTEGER;
