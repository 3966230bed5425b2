"""Optional API-key check: off unless ``CONCORD_API_KEY`` is set.

Clients send the key as ``X-API-Key: <key>`` or ``Authorization: Bearer <key>``; the
LanguageTool-compatible ``/v2/check`` also takes LanguageTool's ``apiKey`` form field, the only
way editor plugins such as LTeX can send one. ``/health``, ``/ready``, ``/docs`` and the demo page
stay open.
"""

from __future__ import annotations

import secrets
from typing import Annotated

from fastapi import Depends
from fastapi.security import APIKeyHeader, HTTPAuthorizationCredentials, HTTPBearer

from app.errors import Unauthorized
from app.settings import Settings, get_settings

# auto_error=False: a missing header is our decision (and our error body), not FastAPI's.
_api_key_header = APIKeyHeader(name="X-API-Key", auto_error=False)
_bearer = HTTPBearer(auto_error=False)


def verify_api_key(settings: Settings, *presented: str | None) -> None:
    """Pass if no key is set or a presented value matches it; else :class:`Unauthorized`."""
    if settings.api_key is None:
        return
    expected = settings.api_key.get_secret_value().encode("utf-8")
    for value in presented:
        if value and secrets.compare_digest(value.encode("utf-8", "replace"), expected):
            return
    raise Unauthorized(
        "This server needs an API key: send 'X-API-Key: <key>' or 'Authorization: Bearer <key>'.",
        "X-API-Key",
    )


def header_keys(
    api_key: Annotated[str | None, Depends(_api_key_header)],
    bearer: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> list[str | None]:
    """The keys a request carries in its headers (either scheme)."""
    return [api_key, bearer.credentials if bearer else None]


def require_api_key(
    settings: Annotated[Settings, Depends(get_settings)],
    keys: Annotated[list[str | None], Depends(header_keys)],
) -> None:
    """Router dependency: refuse the request with 401 unless it carries the configured key."""
    verify_api_key(settings, *keys)
