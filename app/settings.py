"""The service's settings: one typed class, read from ``CONCORD_*`` environment variables.

Routes get them through the cached :func:`get_settings` dependency, which tests override
(``create_app(Settings(...))`` does it for them).
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Any

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_MODEL_DIR = REPO_ROOT / "model" / "shipped"

# The longest encoding of one code point in a request: "\ud83d\ude00" in JSON, or
# "%F0%9F%98%80" in a form, is 12 bytes. Any text within max_text_length fits the body limit.
BYTES_PER_CHAR = 12
BODY_OVERHEAD = 64 * 1024  # JSON keys, quotes and commas around up to max_sentences strings


class Settings(BaseSettings):
    """Everything an operator can set; each field is ``CONCORD_<NAME>`` in the environment."""

    model_config = SettingsConfigDict(env_prefix="CONCORD_", extra="ignore")

    host: str = "127.0.0.1"  # interface `python -m app` binds; use 0.0.0.0 in a container
    port: int = Field(default=8000, ge=1, le=65535)  # port `python -m app` listens on
    model_dir: Path = DEFAULT_MODEL_DIR  # model folder (config.json, vocab.json, weights.pt)
    threshold: float | None = Field(default=None, ge=0, le=1)  # flag cut-off; None: the model's own
    # Characters (code points) per request; spaCy refuses texts over 1,000,000.
    max_text_length: int = Field(default=100_000, ge=1, le=1_000_000)
    max_sentences: int = Field(default=1000, ge=1)  # entries of "sentences" per /v1/check request
    # Tokens the network sees at once; longer sentences are checked in overlapping windows.
    max_tokens: int = Field(default=200, ge=8)
    cors_origins: Annotated[list[str], NoDecode] = []  # origins allowed to call from browsers
    api_key: SecretStr | None = None  # when set, required on /v1, /v2, /metrics
    workers: int = Field(default=1, ge=1)  # uvicorn worker processes for `python -m app`

    @field_validator("cors_origins", mode="before")
    @classmethod
    def _split_origins(cls, value: Any) -> Any:
        """Accept a JSON list or a comma-separated string (handier in a Docker env file)."""
        if isinstance(value, str):
            if value.strip().startswith("["):
                return json.loads(value)
            return [origin.strip() for origin in value.split(",") if origin.strip()]
        return value

    @field_validator("api_key", mode="before")
    @classmethod
    def _empty_key_is_off(cls, value: Any) -> Any:
        """``CONCORD_API_KEY=`` (empty) leaves authentication off rather than requiring ""."""
        return None if value == "" else value

    @property
    def max_body_bytes(self) -> int:
        """Largest request body read before parsing; derived from :attr:`max_text_length`."""
        return self.max_text_length * BYTES_PER_CHAR + BODY_OVERHEAD


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The settings from the environment, read once per process."""
    return Settings()
