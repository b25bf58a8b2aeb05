"""`newsfacts serve-release`: the release folder on 127.0.0.1 with the media types its page
needs (WebAssembly and ES modules), nothing else."""

from __future__ import annotations

import threading
from urllib.request import urlopen

import pytest

from flows.release_server import release_server


@pytest.fixture
def served(tmp_path):
    (tmp_path / "index.html").write_text("<!doctype html><title>release</title>")
    (tmp_path / "page").mkdir()
    (tmp_path / "page" / "engine.wasm").write_bytes(b"\0asm")
    (tmp_path / "page" / "module.mjs").write_text("export const x = 1;")
    (tmp_path / "facts.parquet").write_bytes(b"PAR1")
    server = release_server(tmp_path, 0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_server_listens_on_loopback_only(tmp_path):
    server = release_server(tmp_path, 0)
    try:
        assert server.server_address[0] == "127.0.0.1"
    finally:
        server.server_close()


def test_page_files_come_with_the_types_a_browser_requires(served):
    expected = {"/": "text/html", "/page/engine.wasm": "application/wasm",
                "/page/module.mjs": "text/javascript",
                "/facts.parquet": "application/vnd.apache.parquet"}
    for path, media_type in expected.items():
        with urlopen(served + path) as response:
            assert response.status == 200
            assert response.headers["Content-Type"].split(";")[0] == media_type, path
