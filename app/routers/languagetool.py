"""LanguageTool-compatible ``POST /v2/check`` and ``GET /v2/languages``.

Errors on these routes are LanguageTool's plain text (see app/errors.py, ``render``).
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request

from app.body import media_type, read_body
from app.languagetool import LANGUAGES, build_response, parse_check, parse_form
from app.lifespan import CheckerDep, SettingsDep, get_model_built
from app.metrics import record_check
from app.schemas.v2 import CheckForm, LanguageEntry, LanguageToolResponse
from app.security import header_keys, require_api_key, verify_api_key

router = APIRouter(prefix="/v2", tags=["LanguageTool-compatible"])

_FORM_SCHEMA: dict[str, Any] = {
    "requestBody": {
        "required": True,
        "content": {"application/x-www-form-urlencoded": {"schema": CheckForm.model_json_schema()}},
    }
}
_PLAIN_ERRORS: dict[int | str, dict[str, Any]] = {
    status: {"description": text, "content": {"text/plain": {"example": f"Error: {example}"}}}
    for status, text, example in [
        (400, "Bad parameter.", "'de' is not a language code known to LanguageTool. ..."),
        (401, "API key required.", "This server needs an API key: ..."),
        (413, "Text too long.", "Your text exceeds the limit of 100000 characters ..."),
    ]
}


async def read_params(
    request: Request,
    settings: SettingsDep,
    keys: Annotated[list[str | None], Depends(header_keys)],
) -> dict[str, str]:
    """Query string and form fields (the form wins); the API key may come as ``apiKey``."""
    params = dict(request.query_params)
    if media_type(request) in ("", "application/x-www-form-urlencoded"):
        params.update(parse_form(await read_body(request, settings.max_body_bytes)))
    verify_api_key(settings, *keys, params.get("apiKey"))
    return params


@router.post(
    "/check",
    responses=_PLAIN_ERRORS,
    openapi_extra=_FORM_SCHEMA,
)
def check(
    params: Annotated[dict[str, str], Depends(read_params)],
    checker: CheckerDep,
    settings: SettingsDep,
    built: Annotated[str, Depends(get_model_built)],
) -> LanguageToolResponse:
    """Check a text the way LanguageTool's `/v2/check` does; offsets are UTF-16 code units."""
    # A plain def: FastAPI runs it in the threadpool, so inference never blocks the event loop.
    checked = parse_check(params, settings.max_text_length)
    results = checker.check_text(
        checked.doc.plain, settings.threshold, "none", settings.max_tokens, checked.picky
    )
    record_check("v2", results)
    return build_response(results, checked, built)


@router.get("/languages", dependencies=[Depends(require_api_key)])
async def languages() -> list[LanguageEntry]:
    """The languages Concord accepts: English and its variants (LanguageTool's format)."""
    return list(LANGUAGES)
