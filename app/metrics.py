"""Prometheus metrics: requests and latency per route, sentences checked, flags per type.

Metrics live in prometheus-client's default registry, one per process: with several uvicorn
workers each reports its own counts, so scrape them behind one worker or sum across scrapes.
"""

from __future__ import annotations

from collections.abc import Iterable
from time import perf_counter

from prometheus_client import Counter, Histogram
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from model.checker import SentenceResult

REQUESTS = Counter(
    "concord_http_requests_total",
    "HTTP requests answered, by method, route template and status code.",
    ["method", "route", "status"],
)
LATENCY = Histogram(
    "concord_http_request_duration_seconds",
    "Time from request to the end of the response, by method and route template.",
    ["method", "route"],
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30),
)
SENTENCES = Counter(
    "concord_sentences_checked_total", "Sentences run through the model, by API.", ["api"]
)
FLAGS = Counter(
    "concord_flags_total",
    "Flags the model raised, by error type (before v2 rule filters).",
    ["type"],
)


def record_check(api: str, results: Iterable[SentenceResult]) -> None:
    """Count the sentences checked and the flags raised by one request."""
    n_sentences = 0
    for sentence in results:
        n_sentences += 1
        for flag in sentence.flags:
            FLAGS.labels(flag.type.value).inc()
    SENTENCES.labels(api).inc(n_sentences)


class MetricsMiddleware:
    """Pure ASGI middleware timing every HTTP request, labelled by the matched route template.

    Unmatched paths share the label ``unmatched`` so that scanners cannot blow up the number
    of series.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Pass the request on, noting its status code and how long it took."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        status = 500  # what the client gets if the app raises before answering
        start = perf_counter()

        async def send_and_note(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, send_and_note)
        finally:
            route = getattr(scope.get("route"), "path", "unmatched")
            REQUESTS.labels(scope["method"], route, str(status)).inc()
            LATENCY.labels(scope["method"], route).observe(perf_counter() - start)
