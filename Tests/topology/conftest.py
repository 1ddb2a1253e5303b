"""The scale-out shape of scripts/topology.sh, built once for the suite and taken down at its
end: a primary and a streaming replica, PgBouncer in front of each, two `sessionql serve`
processes and nginx round robin in front of them."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent
sys.path.insert(0, str(ROOT / "Tests" / "python"))

SCRIPT = ROOT / "scripts" / "topology.sh"
DIRECTORY = Path(os.environ.get("SESSIONQL_TOPOLOGY_DIR", "/tmp/sessionql-topology-tests"))


class Topology:
    def __init__(self, env):
        self.env = env
        self.url = env["SESSIONQL_TOPOLOGY_URL"]
        self.key = env["SESSIONQL_TOPOLOGY_KEY"]
        self.servers = env["SESSIONQL_TOPOLOGY_SERVERS"].split(",")
        self.primary = env["SESSIONQL_TOPOLOGY_PRIMARY"]
        self.replica = env["SESSIONQL_TOPOLOGY_REPLICA"]
        self.directory = Path(env["SESSIONQL_TOPOLOGY_DIR"])

    def script(self, *arguments):
        subprocess.run(["bash", str(SCRIPT), *arguments], check=True, env=self.script_env(), timeout=180)

    @staticmethod
    def script_env():
        return {**os.environ, "SESSIONQL_TOPOLOGY_DIR": str(DIRECTORY),
                "SESSIONQL_TOPOLOGY_SERVE_ARGS": "--watch-interval 0.2 --max-replica-lag 3"
                " --rate-limit 100000 --rate-burst 100000 --max-concurrent-per-key 256"}

    def stop(self, part):
        self.script("stop", part)

    def start(self, part):
        self.script("start", part)


@pytest.fixture(scope="session")
def topology():
    """Built by `topology.sh up`, taken down at the end; with SESSIONQL_TOPOLOGY_KEEP=1 one
    already up in the directory is used and left up (for working on the suite)."""
    if os.geteuid() != 0:
        pytest.fail("the topology suite runs as root: its clusters and PgBouncer run as the postgres user")
    keep = os.environ.get("SESSIONQL_TOPOLOGY_KEEP") == "1"
    if not (keep and (DIRECTORY / "topology.env").exists()):
        done = subprocess.run(["bash", str(SCRIPT), "up"], env=Topology.script_env(), capture_output=True, text=True, timeout=900)
        if done.returncode != 0:
            subprocess.run(["bash", str(SCRIPT), "down"], env=Topology.script_env())
            pytest.fail(f"scripts/topology.sh up failed:\n{done.stdout}\n{done.stderr}")
        lines = done.stdout.strip().splitlines()
        assert lines[-1].startswith("http://127.0.0.1:"), lines
        assert lines[-2].startswith("API key for acme: "), lines
    env = dict(line.split("=", 1) for line in (DIRECTORY / "topology.env").read_text().splitlines() if "=" in line)
    try:
        yield Topology(env)
    finally:
        if not keep:
            subprocess.run(["bash", str(SCRIPT), "down"], env=Topology.script_env(), timeout=180)
