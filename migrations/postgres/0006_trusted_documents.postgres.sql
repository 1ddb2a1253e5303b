-- Documents an operator trusts (`sessionql documents add`): with `serve --persisted-only`,
-- only these (and the manifests given to serve) run. Keyed by the lower-case hexadecimal
-- SHA-256 of the document's UTF-8 text. SessionQL's own table only.

CREATE TABLE IF NOT EXISTS sessionql_trusted_documents (
    hash text PRIMARY KEY,
    body text NOT NULL,
    name text,
    added_at bigint NOT NULL
);
