"""`sessionql keys` on PostgreSQL, and `serve` beyond loopback: the commands create, list and
revoke keys in a database the server reads on every request, and a server asked to listen on
every address refuses to start while no key exists."""

import subprocess
import urllib.parse

from serve_process import binary, free_port, request, serving, use_key
from test_outage_recovery import database_url, psql

SCHEMA = "pytest_keys"


def test_keys_on_postgres_and_no_listening_beyond_loopback_without_one(tmp_path):
    url = database_url()
    psql(url, f"DROP SCHEMA IF EXISTS {SCHEMA} CASCADE; CREATE SCHEMA {SCHEMA}")
    scoped = urllib.parse.urlunsplit(urllib.parse.urlsplit(url)._replace(query=f"schema={SCHEMA}"))
    database = ["--database-url", scoped]
    sessionql = binary()
    subprocess.run([sessionql, "migrate", *database], check=True, capture_output=True)
    subprocess.run([sessionql, "seed", *database, "--seed", "1"], check=True, capture_output=True)

    refused = subprocess.run([sessionql, "serve", "--host", "0.0.0.0", "--port", str(free_port()), *database],
                             capture_output=True, text=True, timeout=120)
    assert refused.returncode != 0
    assert "Refusing to listen on 0.0.0.0 with no API key" in refused.stderr + refused.stdout

    created = subprocess.run([sessionql, "keys", "create", "--organization", "globex", "--name", "ci", *database],
                             check=True, capture_output=True, text=True).stdout
    key = created.strip().splitlines()[-1]
    assert key.startswith("sq_live_") and len(key) == 40
    listed = subprocess.run([sessionql, "keys", "list", *database], check=True, capture_output=True, text=True).stdout
    assert key not in listed and key[:12] in listed and "org_globex" in listed and "active" in listed
    key_id = listed.split()[0]

    with serving(database, tmp_path / "serve.log") as port:
        assert request(port, "/auth/demo-key")[0] == 404, "no demo key outside the embedded default"
        use_key(port, key)
        assert request(port, "/graphql", {"query": "{ viewer { slug } }"}) == (200, '{"data":{"viewer":{"slug":"globex"}}}')
        subprocess.run([sessionql, "keys", "revoke", key_id, *database], check=True, capture_output=True)
        status, body = request(port, "/graphql", {"query": "{ viewer { slug } }"})
        assert status == 401 and '"code":"UNAUTHENTICATED"' in body
    again = subprocess.run([sessionql, "keys", "revoke", key_id, *database], capture_output=True, text=True)
    assert again.returncode != 0 and f"No active key with id {key_id}" in again.stderr
    assert key not in (tmp_path / "serve.log").read_text()
    psql(url, f"DROP SCHEMA IF EXISTS {SCHEMA} CASCADE")
