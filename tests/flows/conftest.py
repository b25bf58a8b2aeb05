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
