"""Liveness and readiness probes; both stay open when an API key is set."""

from __future__ import annotations

import logging
from typing import Literal

from fastapi import APIRouter
from pydantic import BaseModel

from app.errors import ERROR_RESPONSES, NotReady
from app.lifespan import CheckerDep
from app.schemas.v1 import ModelInfo

router = APIRouter(tags=["operations"])
log = logging.getLogger("concord")

PROBE = "The keys are here."  # readiness check: any short sentence the model must get through


class Health(BaseModel):
    """The process answers HTTP."""

    status: Literal["ok"]


class Ready(BaseModel):
    """The model is loaded and has just checked a sentence."""

    status: Literal["ready"]
    model: ModelInfo


@router.get("/health")
async def health() -> Health:
    """Alive: the process answers. Says nothing about the model (see /ready)."""
    return Health(status="ok")


@router.get("/ready", responses={503: ERROR_RESPONSES[503]})
def ready(checker: CheckerDep) -> Ready:
    """Ready: the model is loaded and checks a short sentence; 503 otherwise."""
    # A plain def: the probe runs the model, so FastAPI runs it in the threadpool.
    try:
        checker.check_sentences([PROBE], gates="none")
    except Exception as e:
        log.exception("readiness probe failed")
        raise NotReady(f"The model failed its readiness check: {type(e).__name__}.") from e
    return Ready(status="ready", model=ModelInfo(name=checker.name, version=checker.version))
