"""The demo page: ``GET /`` and its static files under ``/static`` (no build step, no CDN).

The page is plain HTML, CSS and JavaScript in ``app/static/``; it reads ``?text=`` itself,
calls ``POST /v1/check`` and renders flags and forget-gate heat maps. The page stays open when
an API key is set (see ``app/security.py``); its checks then need the key like any client's.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles

STATIC_DIR = Path(__file__).resolve().parent.parent / "static"

# Own files only; no inline script or style, so nothing injected into the page can run. The text
# travels in the URL, so it must not leak to other sites through the Referer header either.
HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
        "connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    ),
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": "no-cache",
}

router = APIRouter(tags=["page"])
router.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")


@router.get("/", include_in_schema=False)
async def page() -> FileResponse:
    """The single-page demo; ``/?text=...`` pre-fills the text and checks it."""
    return FileResponse(STATIC_DIR / "index.html", media_type="text/html", headers=HEADERS)
