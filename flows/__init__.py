"""Prefect flows, tasks and the CLI: orchestration only; the logic lives in `transforms/`."""

from flows.environment import configure

configure()
