"""Process environment for Prefect and Great Expectations: offline, quiet, project-local.

Imported by `flows/__init__.py` before anything imports Prefect, since Prefect reads its
settings at import. Values already set by the user win (setdefault).
"""

from __future__ import annotations

import os
from pathlib import Path

OFFLINE_DEFAULTS = {
    "DO_NOT_TRACK": "1",                          # Prefect client telemetry off
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",  # Prefect server telemetry off
    "GX_ANALYTICS_ENABLED": "false",              # Great Expectations usage statistics off
    "PREFECT_SERVER_UI_ENABLED": "false",         # the temporary server needs no UI
    "TQDM_DISABLE": "1",                          # GX progress bars on stderr
    # Prefect gives its temporary API server 20 s to start; on a loaded two-core machine
    # (a first start migrates its database) runs and tests failed with "Timed out while
    # attempting to connect to ephemeral Prefect API server".
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "90",
    # PyArrow's default mimalloc pool keeps each batch's freed Parquet buffers in per-thread
    # heaps, so resident memory crept up batch after batch (~60 MB over 600 BBC articles);
    # the system allocator hands them back (benchmarks/pipeline_speed.py).
    "ARROW_DEFAULT_MEMORY_POOL": "system",
}


# The host the run's own servers listen on (this machine only), and its other name.
SERVER_HOST = "127.0.0.1"
LOCAL_HOSTS = (SERVER_HOST, "localhost")


def configure() -> None:
    for name, value in OFFLINE_DEFAULTS.items():
        os.environ.setdefault(name, value)
    # Keep Prefect's database and logs inside the project, never in the user's home.
    os.environ.setdefault("PREFECT_HOME", str(Path.cwd() / ".prefect"))
    # The run's API server listens on this machine: a proxy the user's environment names
    # for the web (HTTP_PROXY, as behind a company's firewall) must not carry the run's
    # calls to it, which it cannot reach ("Failed to reach API at http://127.0.0.1:...").
    for name in ("NO_PROXY", "no_proxy"):
        kept = [h for h in os.environ.get(name, "").split(",") if h.strip()]
        os.environ[name] = ",".join(kept + [h for h in LOCAL_HOSTS if h not in kept])
