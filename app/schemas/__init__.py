"""Pydantic bodies of the two public APIs: ``v1`` (Concord's own) and ``v2`` (LanguageTool's)."""
