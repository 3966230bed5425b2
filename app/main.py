"""Wiring only: build the FastAPI app from its routers, middleware and error handlers.

Run with ``uvicorn app.main:app`` or ``python -m app``. Tests build their own app with
``create_app(Settings(...))``.
"""

from __future__ import annotations

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from app import __version__
from app.errors import install_error_handlers
from app.lifespan import lifespan
from app.metrics import MetricsMiddleware
from app.routers import check, health, languagetool, metrics, page
from app.settings import Settings, get_settings

DESCRIPTION = """Grammar checking for English agreement and tense errors by a BiLSTM tagger.

`/v1/check` is Concord's own API (code-point offsets, probabilities, forget gates);
`/v2/check` speaks LanguageTool's API for editor plugins (UTF-16 offsets). Every error of the
JSON API has the body `{"error": {"code", "message", "field", "limit"}}`. See docs/API.md.
"""


def create_app(settings: Settings | None = None) -> FastAPI:
    """The service; ``settings``, when given, replaces get_settings() for every dependency."""
    app = FastAPI(title="Concord", version=__version__, description=DESCRIPTION, lifespan=lifespan)
    if settings is not None:
        app.dependency_overrides[get_settings] = lambda: settings
    config = settings or get_settings()
    app.add_middleware(MetricsMiddleware)
    if config.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=config.cors_origins,
            allow_methods=["GET", "POST"],
            allow_headers=["Content-Type", "Authorization", "X-API-Key"],
        )
    install_error_handlers(app)
    app.include_router(health.router)
    app.include_router(check.router)
    app.include_router(languagetool.router)
    app.include_router(metrics.router)
    app.include_router(page.router)  # GET / and /static: the demo page
    return app


app = create_app()
