-- The users list's total and its search, without walking every user.
--
-- `sessionql_user_activity_totals` holds how many rows the rollup has per organization:
-- the users list's `totalCount`, kept by the same folds that write the rollup, in the same
-- transactions, so the total always counts exactly the users the list pages over.
CREATE TABLE IF NOT EXISTS sessionql_user_activity_totals (
    organization_id text PRIMARY KEY,
    users bigint NOT NULL
);

-- A trigram index over the rollup's search text, so that a search of three or more
-- characters reads the users it matches instead of walking the list. It needs the pg_trgm
-- extension, which ships with PostgreSQL and is trusted (a database owner may create it).
-- It goes in the schema `public` when there is one (so that dropping another schema never
-- takes it along), else in the first schema of the search path. Where it cannot be
-- created, a search walks the list in order as before, with the same answers.
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = 'public') THEN
        CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public;
    ELSE
        CREATE EXTENSION IF NOT EXISTS pg_trgm;
    END IF;
EXCEPTION WHEN OTHERS THEN
    RAISE NOTICE 'pg_trgm could not be created (%): a users search walks the list in order', SQLERRM;
END $$;

DO $$
DECLARE
    trigram_schema text;
BEGIN
    SELECT n.nspname INTO trigram_schema
    FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
    WHERE e.extname = 'pg_trgm';
    IF trigram_schema IS NOT NULL THEN
        EXECUTE format(
            'CREATE INDEX IF NOT EXISTS sessionql_user_activity_search ON sessionql_user_activity USING gin (search_text %I.gin_trgm_ops)',
            trigram_schema);
    END IF;
END $$;
