"""Concord's language server: grammar diagnostics and quick fixes in any LSP editor.

``concord-lsp`` speaks LSP over stdio. It checks plain text and Markdown (code, URLs, comments
and front matter masked out) either in-process with a model folder or through a running Concord
service, and converts the checker's code-point offsets into the position encoding the client
negotiated. See ``docs/EDITORS.md`` for editor set-up.
"""

__version__ = "0.1.0"
