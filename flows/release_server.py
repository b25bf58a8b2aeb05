"""`newsfacts serve-release`: a release folder over HTTP on 127.0.0.1, for its page.

Browsers start no web worker from file://, so the page's SQL box (DuckDB-WASM) needs the
folder served. This is Python's static file server bound to loopback, with the media
types the page needs (`application/wasm`, `text/javascript` for ES modules); any static
host that sends those serves the folder as well.
"""

from __future__ import annotations

from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

LOOPBACK = "127.0.0.1"
MEDIA_TYPES = {
    ".wasm": "application/wasm",
    ".mjs": "text/javascript",
    ".js": "text/javascript",
    ".parquet": "application/vnd.apache.parquet",
    ".md": "text/markdown; charset=utf-8",
    ".json": "application/json",
}


class ReleaseRequestHandler(SimpleHTTPRequestHandler):
    extensions_map = {**SimpleHTTPRequestHandler.extensions_map, **MEDIA_TYPES}

    def log_message(self, format: str, *args) -> None:  # noqa: A002 (the base's name)
        pass  # a page load is ~10 requests; the command prints its address instead


def release_server(folder: Path, port: int) -> ThreadingHTTPServer:
    """A server for `folder` on 127.0.0.1:`port` (0: any free port); call serve_forever()."""
    handler = partial(ReleaseRequestHandler, directory=str(folder))
    return ThreadingHTTPServer((LOOPBACK, port), handler)
