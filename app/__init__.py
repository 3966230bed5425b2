"""Concord's HTTP service: validates requests, calls the checker in ``model/``, maps errors.

Nothing here touches tensors; see ``model/checker.py`` for the checker this package serves.
"""

__version__ = "0.1.0"  # keep in step with pyproject.toml's [project] version
