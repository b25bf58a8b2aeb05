"""The process environment the flows set before Prefect loads."""

from __future__ import annotations

import http.server
import os
import subprocess
import sys
import threading


def test_calls_to_this_machine_bypass_the_users_web_proxy():
    # Behind a company's firewall HTTP_PROXY names a proxy for the web; the run's calls to
    # its own API server on 127.0.0.1 must not go through it (Prefect's client is httpx).
    # Here the proxy is a port nobody answers, and a local server stands for the API.
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0),
                                             http.server.SimpleHTTPRequestHandler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/"
        code = ("import flows, httpx, os\n"
                f"print(httpx.get({url!r}).status_code, os.environ['NO_PROXY'])\n")
        env = {**os.environ, "HTTP_PROXY": "http://127.0.0.1:9", "http_proxy":
               "http://127.0.0.1:9", "NO_PROXY": "intranet.example", "no_proxy": ""}
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                              env=env, timeout=60)
    finally:
        server.shutdown()
    assert done.stdout.split() == ["200", "intranet.example,127.0.0.1,localhost"], done.stderr
