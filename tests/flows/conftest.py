from __future__ import annotations

import pytest

from flows.pipeline import build_release
from tests.conftest import SEEDS


@pytest.fixture(scope="session")
def seed_release(tmp_path_factory, prefect_harness, settings):
    """One full run over seeds/, shared by the flow tests (the model run is the slow part)."""
    output = tmp_path_factory.mktemp("output")
    summary = build_release(SEEDS, output, settings)
    return output, summary


def api_servers(under: int | None = None) -> set[int]:
    """Prefect API server processes (of the process `under` and its descendants)."""
    import psutil
    servers = set()
    for process in psutil.process_iter(["cmdline"]):
        try:
            if "prefect.server.api.server:create_app" not in " ".join(
                    process.info["cmdline"] or []):
                continue
            if under is None or under in {p.pid for p in process.parents()}:
                servers.add(process.pid)
        except psutil.NoSuchProcess:
            pass
    return servers
