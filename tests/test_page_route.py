"""``GET /`` and ``/static``: the demo page's files, headers and openness, without a browser."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from app.main import create_app
from app.settings import Settings


@pytest.fixture(scope="module")
def client(tiny_model_dir: Path) -> Iterator[TestClient]:
    """The app with the tiny model and an API key, so the page's openness is tested too."""
    with TestClient(create_app(Settings(model_dir=tiny_model_dir, api_key="secret"))) as client:
        yield client


def test_root_serves_the_page_with_a_strict_content_security_policy(client: TestClient) -> None:
    reply = client.get("/")
    assert reply.status_code == 200
    assert reply.headers["content-type"] == "text/html; charset=utf-8"
    assert '<script src="static/page.js" defer></script>' in reply.text
    policy = reply.headers["content-security-policy"]
    assert "script-src 'self'" in policy and "default-src 'none'" in policy
    assert reply.headers["referrer-policy"] == "no-referrer"


def test_the_page_ignores_its_query_string_on_the_server(client: TestClient) -> None:
    assert client.get("/", params={"text": "<b>x</b>"}).text == client.get("/").text


@pytest.mark.parametrize(
    ("path", "media_type"),
    [
        ("/static/page.js", "text/javascript; charset=utf-8"),
        ("/static/page.css", "text/css; charset=utf-8"),
        ("/static/favicon.svg", "image/svg+xml"),
    ],
)
def test_static_files(client: TestClient, path: str, media_type: str) -> None:
    reply = client.get(path)
    assert (reply.status_code, reply.headers["content-type"]) == (200, media_type)


@pytest.mark.parametrize("path", ["/static/missing.js", "/static/../routers/page.py"])
def test_nothing_else_is_served_from_static(client: TestClient, path: str) -> None:
    assert client.get(path).status_code == 404


def test_the_page_stays_out_of_the_api_schema(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    assert "/" not in paths
    assert not any(p.startswith("/static") for p in paths)


def test_the_page_needs_no_key_but_its_checks_do(client: TestClient) -> None:
    assert client.get("/").status_code == 200
    assert client.post("/v1/check", json={"text": "Hi."}).status_code == 401
