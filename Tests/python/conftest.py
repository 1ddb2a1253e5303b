"""Fixtures shared by the Python checks."""

import pytest

from serve_process import serving


@pytest.fixture(scope="session")
def demo_port(tmp_path_factory):
    """The port of one `sessionql serve` on the embedded demo database, shared by the checks
    that only read."""
    directory = tmp_path_factory.mktemp("demo")
    with serving(["--data-dir", str(directory / "data")], directory / "serve.log") as port:
        yield port
