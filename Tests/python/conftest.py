"""Fixtures shared by the Python checks."""

import pytest

from serve_process import serving


@pytest.fixture(scope="session")
def demo_port(tmp_path_factory):
    """The port of one `sessionql serve` on the embedded demo database, shared by the checks
    that only read. They send hundreds of documents in a few seconds with one key, so the
    key's rate limit is lifted."""
    directory = tmp_path_factory.mktemp("demo")
    unlimited = ["--rate-limit", "100000", "--rate-burst", "100000"]
    with serving(["--data-dir", str(directory / "data"), *unlimited], directory / "serve.log") as port:
        yield port
