"""Every `sslmode` against a real PostgreSQL 15 with TLS on, through `sessionql keys list`.

The test makes its own certificates with the `openssl` CLI (a CA, a server certificate it
signs for the name `localhost` only, and an unrelated "wrong" CA) and its own throwaway
cluster (initdb as the `postgres` OS user when run as root). pg_hba.conf accepts the role
`sessionql` over TCP only with TLS (`hostssl`), so every connection that succeeds is
encrypted, and the role `plain` only without it (`hostnossl`), to show that `disable`
reaches the server. With `log_connections` the server log also says whether each
connection used TLS. Connecting to `127.0.0.1` is the host name the certificate does not
carry. `keys list` is the probe because a refused connection makes it fail after the
first-connection wait (5 s) with "database unavailable"; `migrate`, which holds one
connection for its lock, would wait for a connection without end. Needs PostgreSQL 15's
initdb and pg_ctl, psql and openssl; fails instead of skipping when SESSIONQL_REQUIRE_POSTGRES=1.
"""

import os
import pwd
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

import pytest

from serve_process import binary, free_port

BIN = Path("/usr/lib/postgresql/15/bin")


def problem():
    """Why the test cannot run here, or None."""
    for tool in ("openssl", "psql"):
        if not shutil.which(tool):
            return f"{tool} is not installed"
    if not (BIN / "initdb").exists() or not (BIN / "pg_ctl").exists():
        return f"PostgreSQL 15 is not installed ({BIN})"
    if os.geteuid() == 0:
        if not shutil.which("runuser"):
            return "runuser is not installed (initdb refuses to run as root)"
        try:
            pwd.getpwnam("postgres")
        except KeyError:
            return "there is no postgres OS user to run the cluster (initdb refuses to run as root)"
    return None


def run(*command, **options):
    return subprocess.run(command, check=True, capture_output=True, text=True, **options)


def as_owner(*command, check=True):
    """A cluster command, as `postgres` when the test runs as root."""
    if os.geteuid() == 0:
        command = ("runuser", "-u", "postgres", "--", *command)
    return subprocess.run(command, check=check, capture_output=True, text=True)


def make_certificates(directory):
    """ca.crt, server.crt/server.key (signed by ca, for DNS:localhost only), wrong-ca.crt."""
    def authority(name, subject):
        run("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
            "-keyout", str(directory / f"{name}.key"), "-out", str(directory / f"{name}.crt"),
            "-subj", subject, "-addext", "basicConstraints=critical,CA:TRUE",
            "-addext", "keyUsage=critical,keyCertSign,cRLSign")

    authority("ca", "/CN=SessionQL TLS test CA")
    authority("wrong-ca", "/CN=SessionQL TLS test unrelated CA")
    run("openssl", "req", "-new", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=localhost",
        "-keyout", str(directory / "server.key"), "-out", str(directory / "server.csr"))
    (directory / "server.ext").write_text(
        "subjectAltName = DNS:localhost\n"
        "basicConstraints = CA:FALSE\n"
        "keyUsage = critical, digitalSignature, keyEncipherment\n"
        "extendedKeyUsage = serverAuth\n")
    run("openssl", "x509", "-req", "-days", "2", "-in", str(directory / "server.csr"),
        "-CA", str(directory / "ca.crt"), "-CAkey", str(directory / "ca.key"), "-CAcreateserial",
        "-extfile", str(directory / "server.ext"), "-out", str(directory / "server.crt"))


class Cluster:
    def __init__(self, directory, port):
        self.directory = directory
        self.port = port
        self.data = directory / "data"
        self.log = directory / "postgres.log"

    def psql(self, sql, database="postgres"):
        return as_owner("psql", "-h", str(self.directory), "-p", str(self.port), "-U", "postgres",
                        "-d", database, "-v", "ON_ERROR_STOP=1", "-Atqc", sql).stdout

    def log_since(self, offset):
        with open(self.log, encoding="utf-8", errors="replace") as log:
            log.seek(offset)
            return log.read()

    def log_size(self):
        return self.log.stat().st_size


@pytest.fixture(scope="module")
def cluster():
    reason = problem()
    if reason:
        if os.environ.get("SESSIONQL_REQUIRE_POSTGRES") == "1":
            pytest.fail(f"SESSIONQL_REQUIRE_POSTGRES=1 but the PostgreSQL TLS test cannot run: {reason}")
        pytest.skip(f"SKIPPED: PostgreSQL TLS test ({reason})")
    # Not pytest's tmp_path: its parents are private to root, and the server runs as postgres.
    directory = Path(tempfile.mkdtemp(prefix="sessionql-tls-"))
    directory.chmod(0o755)
    cluster = Cluster(directory, free_port())
    started = False
    try:
        make_certificates(directory)
        for name in ("ca.crt", "wrong-ca.crt", "server.crt"):
            (directory / name).chmod(0o644)
        if os.geteuid() == 0:
            owner = pwd.getpwnam("postgres")
            os.chown(directory, owner.pw_uid, owner.pw_gid)
            os.chown(directory / "server.key", owner.pw_uid, owner.pw_gid)
        (directory / "server.key").chmod(0o600)
        as_owner(str(BIN / "initdb"), "-D", str(cluster.data), "-U", "postgres", "--auth=trust", "-E", "UTF8")
        with open(cluster.data / "postgresql.conf", "a") as conf:
            conf.write(
                f"port = {cluster.port}\n"
                "listen_addresses = 'localhost'\n"
                f"unix_socket_directories = '{directory}'\n"
                "ssl = on\n"
                f"ssl_cert_file = '{directory / 'server.crt'}'\n"
                f"ssl_key_file = '{directory / 'server.key'}'\n"
                "log_connections = on\n"
                "fsync = off\n")
        (cluster.data / "pg_hba.conf").write_text(
            "local all all trust\n"
            "hostssl all sessionql 127.0.0.1/32 trust\n"
            "hostnossl all plain 127.0.0.1/32 trust\n")
        as_owner(str(BIN / "pg_ctl"), "-D", str(cluster.data), "-l", str(cluster.log), "-w", "-t", "60", "start")
        started = True
        cluster.psql("CREATE ROLE sessionql LOGIN; CREATE ROLE plain LOGIN")
        cluster.psql("CREATE DATABASE sessionql OWNER sessionql")
        cluster.psql("CREATE DATABASE plain OWNER plain")
        for user, mode in (("sessionql", "require"), ("plain", "disable")):
            run(str(binary()), "migrate", "--database-url", url(cluster, user=user, sslmode=mode), env=clean_environment())
        yield cluster
    finally:
        if started:
            as_owner(str(BIN / "pg_ctl"), "-D", str(cluster.data), "-m", "immediate", "-w", "stop", check=False)
        shutil.rmtree(directory, ignore_errors=True)


def clean_environment(**variables):
    """This process's environment without its database settings, so that only the test's apply."""
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL" and not k.startswith("PG")}
    return {**env, **variables}


def connect(cluster, url=None, environment=None):
    """The finished `sessionql keys list` and the server log it caused."""
    offset = cluster.log_size()
    command = [str(binary()), "keys", "list"] + (["--database-url", url] if url else [])
    done = subprocess.run(command, env=clean_environment(**(environment or {})), capture_output=True, text=True,
                          timeout=60)
    time.sleep(0.2)  # the server writes its log line on its own time
    return done, cluster.log_since(offset)


def url(cluster, host="localhost", user="sessionql", **parameters):
    query = "&".join(f"{name}={value}" for name, value in parameters.items())
    return f"postgres://{user}@{host}:{cluster.port}/{user}" + (f"?{query}" if query else "")


def succeeds(done, log, encrypted=True):
    assert done.returncode == 0, f"exit {done.returncode}\nstdout: {done.stdout}\nstderr: {done.stderr}"
    authorized = [line for line in log.splitlines() if "connection authorized" in line]
    assert authorized, f"no connection in the server log:\n{log}"
    assert all(("SSL enabled" in line) == encrypted for line in authorized), "\n".join(authorized)


def refused(done, log, *expected_in_log):
    assert done.returncode != 0, f"connected but should not have\nstdout: {done.stdout}"
    assert "database unavailable" in done.stderr, done.stderr
    assert "connection authorized" not in log, log
    for text in expected_in_log:
        assert text in log, f"expected {text!r} in the server log:\n{log}"


def test_disable_is_refused_by_a_server_that_requires_tls(cluster):
    refused(*connect(cluster, url(cluster, sslmode="disable")), "no encryption")
    # Without TLS the server is reached: the role pg_hba.conf allows in plain text gets in.
    succeeds(*connect(cluster, url(cluster, user="plain", sslmode="disable")), encrypted=False)


def test_without_sslmode_tls_is_off(cluster):
    refused(*connect(cluster, url(cluster)), "no encryption")


@pytest.mark.parametrize("mode", ["prefer", "allow"])
def test_prefer_and_allow_use_the_tls_the_server_offers_without_verifying(cluster, mode):
    succeeds(*connect(cluster, url(cluster, host="127.0.0.1", sslmode=mode)))


def test_require_does_not_verify_the_certificate_without_a_root(cluster):
    # The chain is signed by a CA nobody trusts, and 127.0.0.1 is not the certificate's name.
    succeeds(*connect(cluster, url(cluster, host="127.0.0.1", sslmode="require")))


def test_require_with_a_root_verifies_the_chain(cluster):
    directory = cluster.directory
    succeeds(*connect(cluster, url(cluster, host="127.0.0.1", sslmode="require", sslrootcert=directory / "ca.crt")))
    refused(*connect(cluster, url(cluster, sslmode="require", sslrootcert=directory / "wrong-ca.crt")), "unknown ca")


def test_verify_ca_checks_the_chain_but_not_the_host_name(cluster):
    directory = cluster.directory
    succeeds(*connect(cluster, url(cluster, host="127.0.0.1", sslmode="verify-ca", sslrootcert=directory / "ca.crt")))
    refused(*connect(cluster, url(cluster, sslmode="verify-ca", sslrootcert=directory / "wrong-ca.crt")), "unknown ca")
    # Without sslrootcert the system's roots are trusted, and they do not hold the test CA.
    refused(*connect(cluster, url(cluster, sslmode="verify-ca")), "unknown ca")


def test_verify_full_checks_the_chain_and_the_host_name(cluster):
    root = cluster.directory / "ca.crt"
    succeeds(*connect(cluster, url(cluster, host="localhost", sslmode="verify-full", sslrootcert=root)))
    refused(*connect(cluster, url(cluster, host="127.0.0.1", sslmode="verify-full", sslrootcert=root)))
    refused(*connect(cluster, url(cluster, sslmode="verify-full", sslrootcert=cluster.directory / "wrong-ca.crt")),
            "unknown ca")


def test_the_pg_variables_work_as_the_url_parameters(cluster):
    def variables(host="localhost", **tls):
        return {"PGHOST": host, "PGPORT": str(cluster.port), "PGUSER": "sessionql", "PGDATABASE": "sessionql", **tls}

    root, wrong = str(cluster.directory / "ca.crt"), str(cluster.directory / "wrong-ca.crt")
    refused(*connect(cluster, environment=variables(PGSSLMODE="disable")), "no encryption")
    succeeds(*connect(cluster, environment=variables(host="127.0.0.1", PGSSLMODE="require")))
    succeeds(*connect(cluster, environment=variables(host="127.0.0.1", PGSSLMODE="verify-ca", PGSSLROOTCERT=root)))
    refused(*connect(cluster, environment=variables(PGSSLMODE="verify-ca", PGSSLROOTCERT=wrong)), "unknown ca")
    succeeds(*connect(cluster, environment=variables(PGSSLMODE="verify-full", PGSSLROOTCERT=root)))
    refused(*connect(cluster, environment=variables(host="127.0.0.1", PGSSLMODE="verify-full", PGSSLROOTCERT=root)))
    # As in libpq, the variables also apply to a URL that does not give the parameters.
    succeeds(*connect(cluster, url(cluster), {"PGSSLMODE": "verify-full", "PGSSLROOTCERT": root}))
    refused(*connect(cluster, url(cluster, host="127.0.0.1"), {"PGSSLMODE": "verify-full", "PGSSLROOTCERT": root}))


def test_configuration_mistakes_are_named(cluster):
    done, _ = connect(cluster, url(cluster, sslmode="verify"))
    assert done.returncode != 0
    assert "unknown sslmode 'verify'; expected one of disable, allow, prefer, require, verify-ca, verify-full" \
        in done.stderr, done.stderr
    missing = cluster.directory / "missing.crt"
    done, _ = connect(cluster, url(cluster, sslmode="verify-full", sslrootcert=missing))
    assert done.returncode != 0
    assert f"cannot read sslrootcert file '{missing}'" in done.stderr, done.stderr
