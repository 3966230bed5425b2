"""Operations: probes, metrics, CORS, settings, and inference kept off the event loop."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from prometheus_client.parser import text_string_to_metric_families
from pydantic import ValidationError

from app.settings import REPO_ROOT, Settings, get_settings
from tests.test_api_support import SENTENCE, ScriptedChecker, client_for, hermetic_settings


@pytest.fixture(scope="module")
def client(tiny_model_dir: Path) -> Iterator[TestClient]:
    """The tiny model with default settings."""
    with client_for(tiny_model_dir) as c:
        yield c


def test_health_says_ok(client: TestClient) -> None:
    response = client.get("/health")
    assert (response.status_code, response.json()) == (200, {"status": "ok"})


def test_ready_names_the_loaded_model(client: TestClient) -> None:
    response = client.get("/ready")
    assert (response.status_code, response.json()) == (
        200,
        {"status": "ready", "model": {"name": "concord-tiny", "version": "test"}},
    )


def samples(client: TestClient) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    """Every sample /metrics reports, keyed by name and sorted labels."""
    response = client.get("/metrics")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain; version=")
    return {
        (s.name, tuple(sorted(s.labels.items()))): s.value
        for family in text_string_to_metric_families(response.text)
        for s in family.samples
    }


def delta(before: dict[Any, float], after: dict[Any, float], name: str, **labels: str) -> float:
    """How much one sample grew."""
    key = (name, tuple(sorted(labels.items())))
    return after.get(key, 0.0) - before.get(key, 0.0)


def test_metrics_count_requests_sentences_and_flags(client: TestClient) -> None:
    before = samples(client)
    v1 = client.post(
        "/v1/check", json={"text": "The keys is lost. She walk home. He go.", "threshold": 0}
    ).json()
    client.post("/v2/check", data={"text": "Four. Five.", "language": "en"})
    client.get("/no/such/page")
    after = samples(client)
    requests = "concord_http_requests_total"
    assert delta(before, after, requests, method="POST", route="/v1/check", status="200") == 1
    assert delta(before, after, requests, method="POST", route="/v2/check", status="200") == 1
    assert delta(before, after, requests, method="GET", route="unmatched", status="404") == 1
    latency = "concord_http_request_duration_seconds_count"
    assert delta(before, after, latency, method="POST", route="/v1/check") == 1
    assert delta(before, after, "concord_sentences_checked_total", api="v1") == 3
    assert delta(before, after, "concord_sentences_checked_total", api="v2") == 2
    flags: dict[str, int] = {}
    for flag in (f for s in v1["sentences"] for f in s["flags"]):
        flags[flag["type"]] = flags.get(flag["type"], 0) + 1
    assert flags
    for etype, count in flags.items():
        assert delta(before, after, "concord_flags_total", type=etype) >= count


def test_cors_is_off_by_default(client: TestClient) -> None:
    response = client.options("/v1/check", headers=_preflight("https://app.example"))
    assert "access-control-allow-origin" not in response.headers


def test_cors_allows_the_configured_origins(tiny_model_dir: Path) -> None:
    with client_for(tiny_model_dir, cors_origins=["https://app.example"]) as c:
        allowed = c.options("/v1/check", headers=_preflight("https://app.example"))
        other = c.options("/v1/check", headers=_preflight("https://evil.example"))
    assert allowed.status_code == 200
    assert allowed.headers["access-control-allow-origin"] == "https://app.example"
    assert "x-api-key" in allowed.headers["access-control-allow-headers"].lower()
    assert "access-control-allow-origin" not in other.headers


def _preflight(origin: str) -> dict[str, str]:
    return {
        "Origin": origin,
        "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "content-type,x-api-key",
    }


class SlowChecker(ScriptedChecker):
    """A checker that takes a second, like a big request on a busy CPU."""

    def check_text(self, *args: Any, **kwargs: Any) -> Any:
        """Block the calling thread for a second."""
        time.sleep(1.0)
        return super().check_text(*args, **kwargs)


@pytest.mark.parametrize(
    ("path", "payload"),
    [
        ("/v1/check", {"json": {"text": SENTENCE}}),
        ("/v2/check", {"data": {"text": "a", "language": "en"}}),
    ],
)
def test_inference_does_not_block_the_event_loop(
    tiny_model_dir: Path, path: str, payload: dict[str, Any]
) -> None:
    with client_for(tiny_model_dir, SlowChecker()) as c:
        slow = threading.Thread(target=lambda: c.post(path, **payload))
        slow.start()
        time.sleep(0.2)
        started = time.perf_counter()
        assert c.get("/health").status_code == 200
        waited = time.perf_counter() - started
        slow.join()
    assert waited < 0.5, f"/health waited {waited:.2f}s behind a running check"


def test_settings_defaults_and_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    defaults = hermetic_settings()
    assert defaults.model_dir == REPO_ROOT / "model" / "shipped"
    assert (defaults.host, defaults.port, defaults.workers) == ("127.0.0.1", 8000, 1)
    assert (defaults.max_text_length, defaults.max_sentences, defaults.max_tokens) == (
        100_000,
        1000,
        200,
    )
    assert (defaults.threshold, defaults.api_key, defaults.cors_origins) == (None, None, [])
    assert defaults.max_body_bytes == 100_000 * 12 + 65_536
    monkeypatch.setenv("CONCORD_MODEL_DIR", "/srv/models/concord")
    monkeypatch.setenv("CONCORD_CORS_ORIGINS", "https://a.example, https://b.example")
    monkeypatch.setenv("CONCORD_API_KEY", "k")
    monkeypatch.setenv("CONCORD_THRESHOLD", "0.4")
    settings = Settings()
    assert settings.model_dir == Path("/srv/models/concord")
    assert settings.cors_origins == ["https://a.example", "https://b.example"]
    assert settings.api_key is not None and settings.api_key.get_secret_value() == "k"
    assert settings.threshold == 0.4
    monkeypatch.setenv("CONCORD_CORS_ORIGINS", '["https://c.example"]')
    monkeypatch.setenv("CONCORD_API_KEY", "")
    settings = Settings()
    assert (settings.cors_origins, settings.api_key) == (["https://c.example"], None)


@pytest.mark.parametrize(
    ("name", "value"),
    [("THRESHOLD", "1.5"), ("MAX_TOKENS", "4"), ("MAX_TEXT_LENGTH", "2000000"), ("PORT", "0")],
)
def test_settings_out_of_range_are_refused_at_startup(
    monkeypatch: pytest.MonkeyPatch, name: str, value: str
) -> None:
    monkeypatch.setenv(f"CONCORD_{name}", value)
    with pytest.raises(ValidationError, match=name.lower()):
        Settings()


def test_get_settings_is_cached() -> None:
    assert get_settings() is get_settings()
