"""Extract stage: reported speech — who says what ("X said that …", quotes, "according to X").

Neutral reporting verbs ("said", "confirmed") are not events: the reported clause is coded with its
own actors. Quotes get their speaker (from "…," said X, X said: "…", or the sentence closing a quote
that runs over several sentences), so "we" and "I" inside them can be resolved.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from itertools import compress
from typing import TYPE_CHECKING

from kg.extract.table import TokenTable, token_table

if TYPE_CHECKING:
    from collections.abc import Iterator

    from spacy.tokens import Doc, Span, Token

__all__ = [
    "NEUTRAL_SPEECH",
    "SPEECH_VERBS",
    "Quote",
    "according_to",
    "announcer",
    "characterised",
    "characterised_index",
    "find_quotes",
    "speaker_of",
]

#: Verbs that report speech without being an act towards anyone.
NEUTRAL_SPEECH = frozenset(
    {
        "say",
        "tell",
        "add",
        "state",
        "announce",
        "declare",
        "note",
        "explain",
        "report",
        "confirm",
        "stress",
        "reiterate",
        "insist",
        "claim",
        "argue",
        "write",
        "tweet",
        "comment",
        "remark",
        "observe",
        "suggest",
        "believe",
        "think",
        "acknowledge",
        "admit",
        "reply",
        "respond",
        "conclude",
        "concede",
        "point",
        "recall",
        "predict",
        "estimate",
        "describe",
        "mention",
        "assert",
        "emphasise",
        "emphasize",
        "understand",
        "quote",
        "ask",
        "answer",
    }
)
#: Every verb that can introduce a quote or reported clause (neutral or not).
SPEECH_VERBS = NEUTRAL_SPEECH | frozenset(
    {"warn", "accuse", "urge", "demand", "threaten", "complain", "allege", "deny", "criticise", "criticize"}
)
# Double quotes only: single ones are mostly scare quotes (‘loyalty’) or apostrophes.
_OPEN = frozenset({"“"})
_CLOSE = frozenset({"”"})
_BOTH = frozenset({'"', "''", "``"})
_MARKS = re.compile(r'[“”"]|\'\'|``')
_MARK_WORDS = _OPEN | _CLOSE | _BOTH


@dataclass(frozen=True, slots=True)
class Quote:
    """A quotation: the token range inside the marks and the token naming its speaker (or None)."""

    start: int
    end: int
    speaker: Token | None

    def __contains__(self, token: Token) -> bool:
        return self.start <= token.i < self.end


def _speech_subject(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass") and child.pos_ in ("PROPN", "NOUN", "PRON"):
            return child
    return None


def _speaker_near(t: TokenTable, start: int, end: int, inside: range) -> int | None:
    """The subject of a speech verb among tokens ``start`` to ``end`` outside the quote."""
    pos, lemma, dep, children = t.pos, t.spacy_lemma, t.dep, t.children
    for i in range(start, end):
        if i in inside or pos[i] != "VERB" or lemma[i] not in SPEECH_VERBS:
            continue
        for c in children[i]:  # the subject, as :func:`_speech_subject` finds it
            if dep[c] in ("nsubj", "nsubjpass") and pos[c] in ("PROPN", "NOUN", "PRON"):
                if c not in inside:
                    return c
                break
    return None


def _mark_tokens(doc: Doc, text: str | None) -> Iterator[Token]:
    """The token of each quotation mark in ``text`` (``doc.text``), in order, as far as they are
    marks themselves (a token that only contains a mark is of no use)."""
    lower = token_table(doc).lower
    marks = list(compress(range(len(lower)), map(_MARK_WORDS.__contains__, lower)))
    if not any(lower[i] in ("''", "``") for i in marks):
        # Each one-character mark is a match of ``_MARKS`` of its own; a two-character one may not
        # be (in three apostrophes the first two match), so those are left to the scan below.
        yield from map(doc.__getitem__, marks)
        return
    text = text if text is not None else doc.text
    starts: list[int] = doc.to_array("IDX").tolist()
    for m in _MARKS.finditer(text):
        i = bisect.bisect_right(starts, m.start()) - 1
        token = doc[i] if i >= 0 else None
        if token is not None and m.start() < token.idx + len(token.text):
            yield token  # the token the mark is in: ``doc.char_span(…, alignment_mode="expand")[0]``
            continue
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is not None and len(span):
            yield span[0]


def find_quotes(doc: Doc, sentences: list[Span] | None = None, *, text: str | None = None) -> list[Quote]:
    """The quotations of a document with their speakers, in order.

    A quote's speaker is the subject of a speech verb outside the marks in the sentence that
    closes the quote ("…," said Mr Blair) or, failing that, in the sentence that opens it
    (Hahn said: "…"). ``sentences`` and ``text`` (``doc.text``) save working them out again.
    """
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    for t in _mark_tokens(doc, text):
        mark = t.text
        if mark in _OPEN or (mark in _BOTH and open_at is None):
            if open_at is None:
                open_at = t.i + 1
        elif open_at is not None and (mark in _CLOSE or mark in _BOTH):
            spans.append((open_at, t.i))
            open_at = None
    if open_at is not None and len(doc) - open_at < 200:
        spans.append((open_at, len(doc)))
    quotes: list[Quote] = []
    if not spans:
        return quotes
    sentences = sentences if sentences is not None else list(doc.sents)
    starts = [sent.start for sent in sentences]
    table = token_table(doc)

    def sentence_of(i: int) -> Span:
        return sentences[bisect.bisect_right(starts, i) - 1]

    for start, end in spans:
        if end <= start or start >= len(doc):
            continue  # empty quotation marks, or a mark that ends the text
        inside = range(start, end)
        closing = sentence_of(end - 1)
        speaker = _speaker_near(table, closing.start, closing.end, inside)
        if speaker is None:
            opening = sentence_of(start)
            speaker = _speaker_near(table, opening.start, start, inside)
        quotes.append(Quote(start, end, doc[speaker] if speaker is not None else None))
    return quotes


def speaker_of(token: Token, quotes: list[Quote]) -> Token | None:
    """The speaker of the quote ``token`` is in, or None outside quotes."""
    i = token.i
    for q in quotes:
        if q.start <= i < q.end:  # ``token in q``
            return q.speaker
    return None


#: Verbs by which someone announces its own future act ("said it would strike", "vowed to …").
_ANNOUNCING = SPEECH_VERBS | frozenset({"vow", "pledge", "promise", "repeat", "signal", "threaten"})


def announcer(token: Token, quotes: list[Quote]) -> Token | None:
    """Whose words carry the act of ``token``: the subject of the speech verb its clause hangs
    from ("Ankara said it would strike" → Ankara; "…, saying it would strike" → the subject of the
    verb "saying" hangs from), else the speaker of the quote it is in, else None (the writer's own
    account: "sought to defeat", "plans to strike").

    The speaker found this way is the one who tells of the act; when that is not the act's own
    doer, a future act is someone's claim about it, not a threat (CAMEO 13) by the doer.
    """
    t = token
    for _ in range(10):
        head = t.head
        if head.i == t.i:
            break
        if head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in _ANNOUNCING:
            subject = _speech_subject(head)
            if subject is None and head.dep_ in ("advcl", "xcomp", "conj") and head.head.i != head.i:
                subject = _speech_subject(head.head)
            if subject is not None:
                return subject
        t = head
    return speaker_of(token, quotes)


#: Verbs that say what something is like ("characterised the talks as …", "called it …").
_CHARACTERISING = frozenset(
    {"characterise", "characterize", "describe", "call", "label", "brand", "dub", "portray", "depict"}
    | {"term", "denounce", "see", "view", "regard", "paint", "cast", "present", "liken", "compare"}
)


def characterised(token: Token) -> bool:
    """Whether ``token`` is part of what someone calls something ("characterising the talks as
    “the cabinet negotiating with itself”", "likened it to an invasion"): a description, not an act."""
    return characterised_index(token_table(token.doc), token.i)


def characterised_index(t: TokenTable, i: int) -> bool:
    """:func:`characterised` for token ``i``."""
    heads, dep, lower, lemma = t.head, t.dep, t.lower, t.spacy_lemma
    for _ in range(6):
        head = heads[i]
        if head == i:
            return False
        if dep[i] in ("pcomp", "pobj") and lower[head] in ("as", "to") and dep[head] == "prep":
            verb = heads[head]
            if lemma[verb] in _CHARACTERISING and (
                lower[head] == "as" or lemma[verb] in ("liken", "compare")
            ):
                return True
        if dep[i] == "oprd" and lemma[head] in _CHARACTERISING:
            return True
        i = head
    return False


def according_to(sentence: Span) -> Token | None:
    """The source of an "according to X" attribution in the sentence, if any."""
    for t in sentence:
        if t.lower_ == "according" and t.i + 1 < sentence.end and t.nbor().lower_ == "to":
            for child in t.nbor().children:
                if child.dep_ == "pobj":
                    return child
    return None
