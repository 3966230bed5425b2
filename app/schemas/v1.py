"""Request and response bodies of ``POST /v1/check``.

Offsets everywhere are Unicode code points (Python ``str`` indices), end exclusive: for every
token and flag, ``text[start:end]`` is exactly its ``text``.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from model.checker import Checker, Flag, GateMode, SentenceResult, TokenResult


class CheckRequest(BaseModel):
    """Exactly one of ``text`` (the service splits it) or ``sentences`` (checked as given)."""

    model_config = ConfigDict(extra="forbid", strict=True)

    text: str | None = Field(
        default=None,
        description="A whole text; the service splits it into sentences and reports offsets "
        "into it. At most CONCORD_MAX_TEXT_LENGTH code points (default 100000).",
    )
    sentences: list[str] | None = Field(
        default=None,
        description="Sentences to check one by one, never re-split; offsets are relative to "
        "each sentence. At most CONCORD_MAX_SENTENCES entries (default 1000) and "
        "CONCORD_MAX_TEXT_LENGTH code points in all.",
    )
    gates: GateMode = Field(
        default="summary",
        description="Forget-gate detail per token: `summary` (mean per direction, top layer), "
        "`full` (every unit of every layer as well) or `none`.",
    )
    threshold: float | None = Field(
        default=None,
        ge=0,
        le=1,
        description="Flag tokens whose error probability is at least this; default "
        "CONCORD_THRESHOLD, or the model's calibrated threshold.",
    )
    picky: bool = Field(
        default=False,
        description="Also flag a verb in a form that *I*, *we* or *you* right before it never "
        "takes (*We was late*, *I has a car*) and a bare *like* after *he* or *she* (*She like "
        "apples*), on the parse's word alone, whatever the threshold: the network gives these "
        "little. Off by default because novels' dialect speech (*We was poor*) draws such "
        "flags on edited text.",
    )


class ModelInfo(BaseModel):
    """Which model answered."""

    name: str
    version: str


class ForgetGate(BaseModel):
    """Mean forget-gate activation of the top LSTM layer at this token, per direction."""

    forward: float = Field(description="Left-to-right LSTM, mean over units, in [0, 1].")
    backward: float = Field(description="Right-to-left LSTM, mean over units, in [0, 1].")


class LayerGates(BaseModel):
    """One layer's forget gates at one token: one value per hidden unit and direction."""

    layer: int = Field(description="0 is the layer nearest the embeddings.")
    forward: list[float] = Field(description="H floats in [0, 1], H = hidden units per direction.")
    backward: list[float] = Field(description="H floats in [0, 1], same units as `forward`.")


class TokenOut(BaseModel):
    """A token with its offsets, its error probability and, unless gates is none, its gates."""

    text: str
    start: int = Field(description="First code point of the token.")
    end: int = Field(description="One past its last code point.")
    p_error: float = Field(description="Probability that this token is an error, in [0, 1].")
    forget_gate: ForgetGate | None = Field(
        default=None, description="Omitted when gates is `none`."
    )
    forget_gate_full: list[LayerGates] | None = Field(
        default=None,
        description="Only when gates is `full`: one entry per LSTM layer (L entries, bottom "
        "first), each with H floats per direction, so L x 2 x H numbers per token.",
    )

    @classmethod
    def of(cls, token: TokenResult) -> TokenOut:
        """Convert the checker's token."""
        summary = None
        if token.forget_forward is not None and token.forget_backward is not None:
            summary = ForgetGate(forward=token.forget_forward, backward=token.forget_backward)
        full = None
        if token.gates_full is not None:
            full = [
                LayerGates(layer=i, forward=g["forward"], backward=g["backward"])
                for i, g in enumerate(token.gates_full)
            ]
        return cls(
            text=token.text,
            start=token.start,
            end=token.end,
            p_error=token.p_error,
            forget_gate=summary,
            forget_gate_full=full,
        )


class FlagOut(BaseModel):
    """An error found on one token."""

    token: int = Field(description="Index into this sentence's `tokens`.")
    start: int
    end: int
    text: str
    type: str = Field(
        description="subject_verb_agreement, determiner_noun_agreement, tense or verb_form."
    )
    category: str = Field(description="agreement or tense.")
    message: str
    suggestions: list[str] = Field(description="Replacements for `text`, best first.")
    confidence: float = Field(description="The token's error probability, rounded.")
    evidence: str = Field(
        description=(
            "What the sentence's parse said of the flag: `matches` (a rule read from the words"
            " and tags finds the error; the flag stands however low `confidence` is),"
            " `confirms` (the parse shows it and leaves hardly any reading in which the word"
            " is right), `supports` (the parse shows it), `unknown` (the parse decides"
            " nothing, or was not asked: the network's `confidence` alone), `contradicts`"
            " (the parse reads the word as right; only a near-certain network flags it)."
        )
    )

    @classmethod
    def of(cls, flag: Flag) -> FlagOut:
        """Convert the checker's flag."""
        return cls(
            token=flag.token,
            start=flag.start,
            end=flag.end,
            text=flag.text,
            type=flag.type.value,
            category=flag.type.category,
            message=flag.message,
            suggestions=flag.suggestions,
            confidence=flag.confidence,
            evidence=flag.evidence.value,
        )


class SentenceOut(BaseModel):
    """One checked sentence: its span, its tokens and the flags on them."""

    text: str
    start: int
    end: int
    tokens: list[TokenOut]
    flags: list[FlagOut]

    @classmethod
    def of(cls, sentence: SentenceResult) -> SentenceOut:
        """Convert the checker's sentence."""
        return cls(
            text=sentence.text,
            start=sentence.start,
            end=sentence.end,
            tokens=[TokenOut.of(t) for t in sentence.tokens],
            flags=[FlagOut.of(f) for f in sentence.flags],
        )


class CheckResponse(BaseModel):
    """The model that answered and one entry per sentence, in order."""

    model: ModelInfo
    sentences: list[SentenceOut]

    @classmethod
    def of(cls, checker: Checker, results: list[SentenceResult]) -> CheckResponse:
        """Build the response from the checker's results."""
        return cls(
            model=ModelInfo(name=checker.name, version=checker.version),
            sentences=[SentenceOut.of(s) for s in results],
        )
