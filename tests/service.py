"""Run the real service in a subprocess for tests that talk HTTP to it (page, LSP, server)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
STARTUP_TIMEOUT = 180.0  # seconds for the server to import PyTorch, load the model and warm up


def free_port() -> int:
    """A TCP port nothing listens on right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_ready(url: str, process: subprocess.Popen[bytes], log: Path) -> None:
    """Poll /ready until the model answers; fail with the server's log if it never does."""
    deadline = time.monotonic() + STARTUP_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"server exited with {process.returncode}:\n{log.read_text()[-3000:]}")
        try:
            with urllib.request.urlopen(url + "/ready", timeout=2) as reply:
                if reply.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.3)
    pytest.fail(f"server was not ready in {STARTUP_TIMEOUT}s:\n{log.read_text()[-3000:]}")


@contextmanager
def running_service(
    model_dir: Path, log: Path, *, via_app_module: bool = False, **settings: str
) -> Iterator[str]:
    """Serve ``model_dir`` on a free port with CONCORD_* ``settings``; yield the base URL.

    By default ``uvicorn app.main:app`` is started; ``via_app_module`` starts ``python -m app``
    instead, which reads host and port from the settings. CONCORD_* variables of the calling
    environment are dropped so that only ``settings`` apply.
    """
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.upper().startswith("CONCORD_")}
    env["CONCORD_MODEL_DIR"] = str(model_dir)
    env.update({f"CONCORD_{name.upper()}": value for name, value in settings.items()})
    if via_app_module:
        env |= {"CONCORD_HOST": "127.0.0.1", "CONCORD_PORT": str(port)}
        command = [sys.executable, "-m", "app"]
    else:
        command = [sys.executable, "-m", "uvicorn", "app.main:app", "--host", "127.0.0.1"]
        command += ["--port", str(port)]
    with log.open("wb") as out:
        process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)
        try:
            url = f"http://127.0.0.1:{port}"
            wait_ready(url, process, log)
            yield url
        finally:
            process.terminate()
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
