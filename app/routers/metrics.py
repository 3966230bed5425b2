"""Prometheus scrape endpoint (see app/metrics.py for what is counted)."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Response
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from app.security import require_api_key

router = APIRouter(tags=["operations"], dependencies=[Depends(require_api_key)])


@router.get("/metrics", response_class=Response)
async def metrics() -> Response:
    """Every metric in Prometheus' text format."""
    return Response(generate_latest(), media_type=CONTENT_TYPE_LATEST)
