"""``python -m app``: serve Concord with uvicorn on CONCORD_HOST:CONCORD_PORT."""

from __future__ import annotations

import uvicorn

from app.settings import get_settings


def main() -> None:
    """Start uvicorn with the host, port and worker count from the settings."""
    settings = get_settings()
    uvicorn.run("app.main:app", host=settings.host, port=settings.port, workers=settings.workers)


if __name__ == "__main__":
    main()
