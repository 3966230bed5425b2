"""Loading the model once at startup and handing it to routes.

The lifespan hook loads the folder named by the settings, runs one warm-up check (spaCy's first
call is slow) and yields the checker into the request state; :func:`get_checker` is the
dependency routes use, and tests may override it.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Request
from starlette.concurrency import run_in_threadpool

from app.errors import NotReady
from app.settings import Settings, get_settings
from model.checker import Checker

log = logging.getLogger("concord")


class ModelFolderError(RuntimeError):
    """The configured model folder is missing or incomplete; the service cannot start."""


def settings_for(app: FastAPI) -> Settings:
    """The settings routes of ``app`` see, honouring a test's override of get_settings."""
    factory = app.dependency_overrides.get(get_settings, get_settings)
    settings = factory()
    assert isinstance(settings, Settings)
    return settings


def load_checker(folder: Path) -> Checker:
    """Load and warm up the model in ``folder``; :class:`ModelFolderError` says what is missing."""
    missing = [f for f in ("config.json", "vocab.json", "weights.pt") if not (folder / f).is_file()]
    if missing:
        raise ModelFolderError(
            f"No usable model in {folder} (missing {', '.join(missing)}); "
            "set CONCORD_MODEL_DIR to a model folder."
        )
    try:
        checker = Checker.load(folder)
    except FileNotFoundError as exc:  # a member network of an ensemble, named in config.json
        raise ModelFolderError(f"Incomplete model in {folder}: {exc}") from exc
    checker.check_sentences(["Warm up."], gates="none")
    return checker


def build_date(folder: Path) -> str:
    """When the model's config was written, in LanguageTool's ``buildDate`` format."""
    written = datetime.fromtimestamp((folder / "config.json").stat().st_mtime, tz=UTC)
    return written.strftime("%Y-%m-%d %H:%M:%S +0000")


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[dict[str, Any]]:
    """Load the model before the first request; it lives as long as the app."""
    settings = settings_for(app)
    checker = await run_in_threadpool(load_checker, settings.model_dir)
    log.info("loaded model %s %s from %s", checker.name, checker.version, settings.model_dir)
    yield {"checker": checker, "model_built": build_date(settings.model_dir)}


def get_checker(request: Request) -> Checker:
    """The loaded checker; 503 if the app was started without its lifespan."""
    checker = getattr(request.state, "checker", None)
    if not isinstance(checker, Checker):
        raise NotReady("The model is not loaded yet.", "model")
    return checker


def get_model_built(request: Request) -> str:
    """The loaded model's build date (see :func:`build_date`)."""
    return str(getattr(request.state, "model_built", ""))


CheckerDep = Annotated[Checker, Depends(get_checker)]
SettingsDep = Annotated[Settings, Depends(get_settings)]
