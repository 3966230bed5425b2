"""Typed request errors and the one error body every non-2xx answer uses.

Every error is ``{"error": {"code", "message", "field", "limit"}}``: ``field`` names the part of
the request at fault (``"text"``, ``"sentences.3"``, ``"body"``, a header) and ``limit`` the
bound it broke, where there is one. The LanguageTool-compatible ``/v2`` routes answer the same
errors the way LanguageTool does: status code and a plain-text body starting ``Error:``.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from typing import Any, ClassVar, get_args, get_origin

from annotated_types import Ge, Le
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, PlainTextResponse, Response
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

log = logging.getLogger("concord")

Limit = int | float | list[int | float | str] | None
LimitArg = int | float | Sequence[int | float | str] | None


class ErrorDetail(BaseModel):
    """What went wrong, which part of the request caused it and the bound it broke."""

    code: str = Field(description="Stable machine-readable name, e.g. `text_too_long`.")
    message: str = Field(description="One sentence for people, naming the field and the limit.")
    field: str | None = Field(
        description="The request part at fault: a JSON field path (`sentences.3`), `body`, "
        "a header name, or null when no single part is."
    )
    limit: Limit = Field(
        description="The bound that was broken: a number (characters, sentences, bytes), "
        "`[min, max]` for ranges, the allowed values for choices, or null."
    )


class ErrorBody(BaseModel):
    """The body of every error response of the JSON API."""

    error: ErrorDetail


class ApiError(Exception):
    """A request the service refuses; subclasses fix the status code and the default code."""

    status: ClassVar[int] = 400
    code: str = "bad_request"
    headers: ClassVar[Mapping[str, str]] = {}

    def __init__(
        self,
        message: str,
        field: str | None = None,
        limit: LimitArg = None,
        code: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.field = field
        self.limit: Limit = list(limit) if isinstance(limit, Sequence) else limit
        if code is not None:
            self.code = code

    def body(self) -> ErrorBody:
        """This error in the JSON shape."""
        detail = ErrorDetail(
            code=self.code, message=self.message, field=self.field, limit=self.limit
        )
        return ErrorBody(error=detail)


class InvalidJson(ApiError):
    """The body is not JSON (400)."""

    code = "invalid_json"


class InvalidUtf8(ApiError):
    """The body is not UTF-8 (400)."""

    code = "invalid_utf8"


class InvalidUnicode(ApiError):
    """A string holds a lone surrogate (legal JSON escape, but not text) (400)."""

    code = "invalid_unicode"


class LanguageToolError(ApiError):
    """A /v2 parameter LanguageTool would refuse (400): unknown language, missing text, ..."""


class Unauthorized(ApiError):
    """No API key, or a wrong one, while ``CONCORD_API_KEY`` is set (401)."""

    status = 401
    code = "unauthorized"
    headers: ClassVar[Mapping[str, str]] = {"WWW-Authenticate": "Bearer"}


class TooLarge(ApiError):
    """Body, text or sentence list over its limit (413)."""

    status = 413
    code = "too_large"


class UnsupportedMediaType(ApiError):
    """A content type the route does not read (415)."""

    status = 415
    code = "unsupported_media_type"


class InvalidField(ApiError):
    """A well-formed body whose fields are missing, of the wrong type or out of range (422)."""

    status = 422
    code = "invalid_field"


class NotReady(ApiError):
    """The model is not loaded or does not answer (503)."""

    status = 503
    code = "not_ready"


# OpenAPI documentation of the error responses, shared by the routes.
ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorBody, "description": text}
    for status, text in [
        (400, "Invalid JSON or UTF-8."),
        (401, "API key required (only when CONCORD_API_KEY is set)."),
        (413, "Body, text or sentence list too large."),
        (415, "Content-Type is not application/json."),
        (422, "Fields missing, of the wrong type or out of range."),
        (503, "Model not loaded."),
    ]
}


def from_validation(errors: Sequence[Any], model: type[BaseModel] | None = None) -> InvalidField:
    """The first of pydantic's errors as an :class:`InvalidField` naming the field and limit."""
    error = errors[0]
    loc = [str(part) for part in error["loc"] if part not in ("body", "query", "header")]
    field = printable(".".join(loc)) or "body"
    kind = error["type"]
    name = loc[0] if loc else ""
    if kind == "missing":
        return InvalidField(f"'{field}' is required.", field, code="missing_field")
    if kind == "extra_forbidden":
        known = list(model.model_fields) if model else None
        return InvalidField(
            f"'{field}' is not a field of this request; the fields are: {', '.join(known or [])}.",
            field,
            known,
            code="unknown_field",
        )
    if kind in ("greater_than_equal", "less_than_equal", "greater_than", "less_than"):
        low, high = _bounds(model, name)
        got = error.get("input")
        return InvalidField(
            f"'{field}' must be between {low} and {high}; got {got}.",
            field,
            [low, high],
            code="out_of_range",
        )
    if kind == "literal_error":
        allowed = _choices(model, name)
        return InvalidField(
            f"'{field}' must be one of {', '.join(map(repr, allowed))}.",
            field,
            allowed,
            code="invalid_value",
        )
    if kind == "model_type":
        return InvalidField("The request body must be a JSON object.", "body", code="invalid_type")
    return InvalidField(f"'{field}': {error['msg']}.", field, code="invalid_type")


def _bounds(model: type[BaseModel] | None, name: str) -> tuple[Any, Any]:
    """A numeric field's ``ge`` and ``le`` from its declaration."""
    info = model.model_fields.get(name) if model else None
    metadata = info.metadata if info else []
    low = next((m.ge for m in metadata if isinstance(m, Ge)), None)
    high = next((m.le for m in metadata if isinstance(m, Le)), None)
    return low, high


def _choices(model: type[BaseModel] | None, name: str) -> list[str]:
    """A ``Literal`` field's allowed values."""
    info = model.model_fields.get(name) if model else None
    annotation = info.annotation if info else None
    if get_origin(annotation) is None or not get_args(annotation):
        return []
    return [str(v) for v in get_args(annotation)]


def printable(text: str, at_most: int = 80) -> str:
    """A user-supplied name made safe to echo: lone surrogates escaped, length capped."""
    safe = text.encode("utf-8", "backslashreplace").decode("utf-8")
    return safe if len(safe) <= at_most else safe[:at_most] + "..."


def render(request: Request, error: ApiError) -> Response:
    """JSON for the Concord API; LanguageTool's plain text under ``/v2/``."""
    if request.url.path.startswith("/v2/"):
        return PlainTextResponse(
            f"Error: {error.message}", status_code=error.status, headers=dict(error.headers)
        )
    return JSONResponse(
        error.body().model_dump(), status_code=error.status, headers=dict(error.headers)
    )


async def _on_api_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, ApiError)
    return render(request, exc)


async def _on_validation_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    return render(request, from_validation(exc.errors()))


async def _on_http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, StarletteHTTPException)
    path = printable(request.url.path)
    if exc.status_code == 404:
        error = ApiError(f"No route at {path}; see /docs for the API.", code="not_found")
    elif exc.status_code == 405:
        allowed = (exc.headers or {}).get("Allow", "")
        error = ApiError(
            f"{request.method} is not allowed on {path}; use {allowed}.",
            limit=[m.strip() for m in allowed.split(",") if m.strip()],
            code="method_not_allowed",
        )
    else:
        error = ApiError(str(exc.detail), code="http_error")
    response = render(request, error)
    response.status_code = exc.status_code
    response.headers.update(exc.headers or {})
    return response


async def _on_bug(request: Request, exc: Exception) -> Response:
    """Only genuine bugs reach here; the traceback goes to the log, not to the client."""
    log.exception("unhandled error on %s %s", request.method, request.url.path, exc_info=exc)
    error = ApiError("Internal error; the server log has the details.", code="internal_error")
    response = render(request, error)
    response.status_code = 500
    return response


def install_error_handlers(app: FastAPI) -> None:
    """Map typed errors, FastAPI's validation errors, HTTP errors and bugs to one body shape."""
    app.add_exception_handler(ApiError, _on_api_error)
    app.add_exception_handler(RequestValidationError, _on_validation_error)
    app.add_exception_handler(StarletteHTTPException, _on_http_error)
    app.add_exception_handler(Exception, _on_bug)
