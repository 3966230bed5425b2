"""``POST /v1/check``: Concord's own API, with per-token probabilities and forget gates.

The body is read by :func:`read_check_request` rather than by FastAPI so that each failure gets
its own status: 415 content type, 413 size (before parsing), 400 UTF-8 or JSON, 422 fields.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from pydantic import ValidationError

from app.body import parse_json, read_body, require_json, require_unicode
from app.errors import ERROR_RESPONSES, InvalidField, TooLarge, from_validation
from app.lifespan import CheckerDep, SettingsDep
from app.metrics import record_check
from app.schemas.v1 import CheckRequest, CheckResponse
from app.security import require_api_key
from app.settings import Settings

router = APIRouter(prefix="/v1", tags=["v1"], dependencies=[Depends(require_api_key)])

_BODY_SCHEMA: dict[str, Any] = {
    "requestBody": {
        "required": True,
        "content": {"application/json": {"schema": CheckRequest.model_json_schema()}},
    }
}


async def read_check_request(request: Request, settings: SettingsDep) -> CheckRequest:
    """Read, parse and validate the body; every failure is a typed 4xx error."""
    require_json(request)
    data = parse_json(await read_body(request, settings.max_body_bytes))
    require_unicode(data)
    try:
        checked = CheckRequest.model_validate(data)
    except ValidationError as e:
        raise from_validation(e.errors(), CheckRequest) from e
    _check_limits(checked, settings)
    return checked


def _check_limits(req: CheckRequest, settings: Settings) -> None:
    """Exactly one of text / sentences, and within the size limits."""
    if (req.text is None) == (req.sentences is None):
        got = "both" if req.text is not None else "neither"
        raise InvalidField(
            f"Send exactly one of 'text' or 'sentences'; got {got}.",
            "text,sentences",
            code="text_or_sentences",
        )
    limit = settings.max_text_length
    if req.text is not None:
        if len(req.text) > limit:
            raise _too_long("text", len(req.text), limit)
        return
    assert req.sentences is not None
    if len(req.sentences) > settings.max_sentences:
        raise TooLarge(
            f"'sentences' has {len(req.sentences)} entries; the limit is "
            f"{settings.max_sentences} (CONCORD_MAX_SENTENCES).",
            "sentences",
            settings.max_sentences,
            code="too_many_sentences",
        )
    total = sum(len(s) for s in req.sentences)
    if total > limit:
        raise _too_long("sentences", total, limit)


def _too_long(field: str, length: int, limit: int) -> TooLarge:
    return TooLarge(
        f"'{field}' has {length} characters; the limit is {limit} (CONCORD_MAX_TEXT_LENGTH).",
        field,
        limit,
        code="text_too_long",
    )


@router.post(
    "/check",
    response_model_exclude_none=True,
    responses=ERROR_RESPONSES,
    openapi_extra=_BODY_SCHEMA,
)
def check(
    req: Annotated[CheckRequest, Depends(read_check_request)],
    checker: CheckerDep,
    settings: SettingsDep,
) -> CheckResponse:
    """Check a text (split into sentences here) or a list of sentences (checked as given).

    Offsets are code points, end exclusive: `text[start:end]` is the token or flag.
    """
    # A plain def: FastAPI runs it in the threadpool, so inference never blocks the event loop.
    threshold = req.threshold if req.threshold is not None else settings.threshold
    if req.text is not None:
        results = checker.check_text(req.text, threshold, req.gates, settings.max_tokens, req.picky)
    else:
        assert req.sentences is not None
        results = checker.check_sentences(
            req.sentences, threshold, req.gates, settings.max_tokens, req.picky
        )
    record_check("v1", results)
    return CheckResponse.of(checker, results)
