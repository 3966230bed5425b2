"""Findings as LSP diagnostics, and their suggestions as quick-fix code actions."""

from __future__ import annotations

from lsprotocol import types

from lsp.backends import Finding
from lsp.positions import LineIndex

SOURCE = "concord"

# Agreement errors are almost always real errors; tense depends on context the model may miss.
SEVERITY = {
    "agreement": types.DiagnosticSeverity.Warning,
    "tense": types.DiagnosticSeverity.Information,
}


def to_diagnostic(finding: Finding, index: LineIndex) -> types.Diagnostic:
    """A diagnostic over the finding's span, in the index's position encoding."""
    return types.Diagnostic(
        range=types.Range(start=index.position(finding.start), end=index.position(finding.end)),
        message=finding.message,
        severity=SEVERITY.get(finding.category, types.DiagnosticSeverity.Information),
        code=finding.type,
        source=SOURCE,
        data={
            "category": finding.category,
            "suggestions": list(finding.suggestions),
            "confidence": finding.confidence,
            "evidence": finding.evidence,
            "forget_gate": {"forward": finding.forget_forward, "backward": finding.forget_backward},
        },
    )


def overlaps(finding: Finding, start: int, end: int) -> bool:
    """Whether the finding touches the code-point range [start, end] (a cursor counts)."""
    return finding.start <= end and start <= finding.end


def quick_fixes(uri: str, finding: Finding, diagnostic: types.Diagnostic) -> list[types.CodeAction]:
    """One code action per suggestion, replacing the diagnostic's range; the first is preferred."""
    return [
        types.CodeAction(
            title=f"Replace '{finding.text}' with '{suggestion}'",
            kind=types.CodeActionKind.QuickFix,
            diagnostics=[diagnostic],
            is_preferred=rank == 0,
            edit=types.WorkspaceEdit(
                changes={uri: [types.TextEdit(range=diagnostic.range, new_text=suggestion)]}
            ),
        )
        for rank, suggestion in enumerate(finding.suggestions)
    ]
