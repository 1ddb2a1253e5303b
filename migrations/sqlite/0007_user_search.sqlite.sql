-- The users list's total without walking every user: how many rows the rollup has per
-- organization, kept by the same folds that write the rollup, in the same transactions.
-- (A search walks the list in order here; the embedded database holds few users.)
CREATE TABLE IF NOT EXISTS sessionql_user_activity_totals (
    organization_id TEXT PRIMARY KEY,
    users INTEGER NOT NULL
);
