"""Evaluation: the report of one gold file (scores, per-root table, no-event sentences) and its rendering."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from kg.evaluate.match import Key, Score

__all__ = ["EvalReport", "SentenceResult", "format_report"]


@dataclass(frozen=True, slots=True)
class SentenceResult:
    """The keys of one gold sentence that were hit, falsely predicted and missed."""

    id: str
    text: str
    hits: tuple[Key, ...]
    false_alarms: tuple[Key, ...]
    misses: tuple[Key, ...]
    optional_hits: tuple[Key, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "hits": [list(k) for k in self.hits],
            "false_alarms": [list(k) for k in self.false_alarms],
            "misses": [list(k) for k in self.misses],
            "optional_hits": [list(k) for k in self.optional_hits],
        }


@dataclass(frozen=True, slots=True)
class EvalReport:
    """Scores of kg's events against one gold file.

    ``coarse`` compares actors by country or organisation (the headline figure), ``sector`` by
    country plus sector code. ``per_label`` breaks the coarse score down by CAMEO root (or PLOVER
    category for PLOVER sets). ``no_event_*`` count the sentences with no gold event at all and
    how many of them produced output.
    """

    path: str
    format: str
    sentences: int
    gold_events: int
    optional_events: int
    coarse: Score
    sector: Score
    per_label: dict[str, Score]
    no_event_sentences: int
    no_event_with_output: int
    unlocated_sentences: int = 0
    unaligned_mentions: int = 0
    details: tuple[SentenceResult, ...] = field(default=())

    @property
    def label_name(self) -> str:
        return "category" if self.format == "plover" else "root"

    @property
    def no_event_output_share(self) -> float:
        return self.no_event_with_output / self.no_event_sentences if self.no_event_sentences else 0.0

    def to_dict(self, *, details: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {
            "path": self.path,
            "format": self.format,
            "sentences": self.sentences,
            "gold_events": self.gold_events,
            "optional_events": self.optional_events,
            "coarse": self.coarse.to_dict(),
            "sector": self.sector.to_dict(),
            f"per_{self.label_name}": {k: v.to_dict() for k, v in sorted(self.per_label.items())},
            "no_event_sentences": self.no_event_sentences,
            "no_event_with_output": self.no_event_with_output,
            "no_event_output_share": round(self.no_event_output_share, 4),
            "unlocated_sentences": self.unlocated_sentences,
            "unaligned_mentions": self.unaligned_mentions,
        }
        if details:
            out["sentences_detail"] = [d.to_dict() for d in self.details]
        return out


def _row(name: str, s: Score) -> str:
    return f"{name:<16}{s.tp:>5}{s.fp:>5}{s.fn:>5}{s.precision:>8.3f}{s.recall:>8.3f}{s.f1:>8.3f}"


def _key(k: Key) -> str:
    return f"{k[0] or '-'} -{k[2]}-> {k[1] or '-'}"


def format_report(report: EvalReport, *, details: bool = False) -> str:
    """The report as a plain-text table (and each sentence's errors when ``details``).

    Examples:
        >>> r = EvalReport("g.jsonl", "cameo", 2, 2, 0, Score(1, 1, 1), Score(1, 1, 1),
        ...                {"12": Score(1, 0, 0), "04": Score(0, 1, 1)}, 1, 1)
        >>> print(format_report(r).splitlines()[0])
        g.jsonl (cameo): 2 sentences, 2 gold events scored, 0 optional
    """
    lines = [
        f"{report.path} ({report.format}): {report.sentences} sentences, "
        f"{report.gold_events} gold events scored, {report.optional_events} optional",
        f"{'':<16}{'tp':>5}{'fp':>5}{'fn':>5}{'P':>8}{'R':>8}{'F1':>8}",
        _row("country/org", report.coarse),
        _row("sector", report.sector),
        "",
        f"per {report.label_name} (country/org):",
    ]
    lines += [_row(f"  {label}", score) for label, score in sorted(report.per_label.items())]
    lines.append("")
    lines.append(
        f"no-event sentences: {report.no_event_sentences}, with output: {report.no_event_with_output} "
        f"({report.no_event_output_share:.1%})"
    )
    if report.unlocated_sentences or report.unaligned_mentions:
        lines.append(
            f"gold sentences not found in their article: {report.unlocated_sentences}; "
            f"event mentions outside every gold sentence: {report.unaligned_mentions}"
        )
    if details:
        for d in report.details:
            if not (d.false_alarms or d.misses):
                continue
            lines.append("")
            lines.append(f"[{d.id}] {d.text}")
            lines += [f"    hit   {_key(k)}" for k in d.hits]
            lines += [f"    FALSE {_key(k)}" for k in d.false_alarms]
            lines += [f"    MISS  {_key(k)}" for k in d.misses]
            lines += [f"    opt   {_key(k)}" for k in d.optional_hits]
    return "\n".join(lines)
