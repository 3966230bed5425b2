"""One router per resource: health, v1 check, LanguageTool-compatible v2, metrics."""
