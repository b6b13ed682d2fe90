"""Coding a frame: the action its verb or event noun (with object, particle and prepositions) stands for."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from kg.coding.cameo import load_cameo
from kg.coding.coder import CameoCoder, code_action
from kg.coding.transform import recode
from kg.datamodel import Action, ActionCoder, Modality
from kg.extract.frames import Frame, FrameWords
from kg.extract.modality import modality_of
from kg.extract.outcomes import deal_sought
from kg.extract.spans import phrase_words
from kg.extract.table import token_table

if TYPE_CHECKING:
    from spacy.tokens import Token


__all__ = ["ASKING", "SPOKEN_ATTACKS", "Memo", "advised", "noun_lookup", "spoken", "verb_text"]


def verb_text(token: Token) -> str:
    doc = token.doc
    table = token_table(doc)
    i, dep, kids = token.i, table.dep, table.children[token.i]
    aux = [c for c in kids if dep[c] in ("aux", "neg", "auxpass") and c < i]
    start = min([i, *aux])
    end = i + 1
    for c in kids:
        if dep[c] == "prt":
            end = max(end, c + 1)
    return token.text if end - start == 1 else doc[start:end].text


def _words(token: Token | None) -> list[str]:
    return phrase_words(token) if token is not None else []


def _prep_phrases(frame: Frame | FrameWords) -> list[tuple[str, str | None, list[str]]]:
    return [(p, t.lemma_.lower() if t is not None else None, _words(t)) for p, t in frame.preps]


#: Verbs that ask someone for an act whatever the act ("persuaded Russia to hold off"); not
#: wishes ("wants the rebate to end") or physical force ("forcing the drones to land").
ASKING = frozenset(
    {"persuade", "urge", "ask", "appeal", "call", "encourage", "invite", "press", "pressure", "demand"}
    | {"pressurise", "pressurize", "order", "tell"}
)


def _code(frame: Frame | FrameWords, coder: ActionCoder) -> tuple[Action, bool] | None:
    """The frame's action and whether a specific pattern (rather than a default) coded it.

    kg's own :class:`~kg.coding.CameoCoder` also codes event nouns and object phrases; any other
    ``ActionCoder`` codes verbs with their particle and object head only.
    """
    text = frame.trigger.text if frame.kind == "noun" else ""
    cameo = coder if isinstance(coder, CameoCoder) else None
    if frame.kind == "noun":
        if cameo is None:
            return None
        found = cameo.code_noun(frame.lemma, text=text, words=[c.lower_ for c in frame.trigger.children])
        return (found, False) if found is not None else None
    if frame.control and frame.embedded is not None:
        inner = frame.embedded
        inner_obj = frame.embedded_obj
        table = token_table(inner.doc)
        kids, dep = table.children[inner.i], table.dep
        inner_particle = next((table.lower[c] for c in kids if dep[c] == "prt"), None)
        inner_text = f"{verb_text(frame.trigger)} {inner.text}"
        inner_obj_lemma = inner_obj.lemma_.lower() if inner_obj is not None else None
        if cameo is not None:
            inner_lemma = inner.lemma_.lower()
            inner_action = cameo.code(
                inner_lemma,
                particle=inner_particle,
                obj=inner_obj_lemma,
                text=inner_text,
                obj_words=_words(inner_obj)
                if cameo.words_matter(inner_lemma, particle=inner_particle, obj=inner_obj_lemma)
                else (),
            )
        else:
            inner_action = coder.code(
                inner.lemma_.lower(), particle=inner_particle, obj=inner_obj_lemma, text=inner_text
            )
        how = "appeal" if advised(frame) else frame.control
        if inner_action is not None:
            return recode(inner_action, how), True
        if how in ("appeal", "demand") and frame.lemma in ASKING:
            # "persuaded Russia to hold off": asking for an act the dictionary cannot code.
            general = "020" if how == "appeal" else "100"
            return code_action(load_cameo(), general, verb=frame.lemma, text=inner_text), False
    obj = frame.obj.lemma_.lower() if frame.obj is not None else None
    if cameo is None:
        plain = coder.code(frame.lemma, particle=frame.particle, obj=obj, text=verb_text(frame.trigger))
        return (plain, False) if plain is not None else None
    found_code = None
    if cameo.may_code(frame.lemma, frame.particle):  # else no phrase of the verb codes: skip its words
        said: Token | None = frame.obj
        if said is None:
            # "pleaded guilty in court": the adjective is what the verb's patterns ask of it.
            trigger = frame.trigger
            table = token_table(trigger.doc)
            acomp = next((c for c in table.children[trigger.i] if table.dep[c] == "acomp"), None)
            if acomp is not None:
                said = trigger.doc[acomp]
                obj = said.lemma_.lower()
        preps = [p for p, _ in frame.preps]
        if not cameo.words_matter(frame.lemma, particle=frame.particle, obj=obj, preps=preps):
            found_code = cameo.default_of(frame.lemma, frame.particle)  # whatever the words
        else:
            if frame.obj is not None or said is None:
                obj_words = _words(frame.obj)
            else:
                obj_words = [*(w.lower_ for w in said.lefts), said.lower_]
            found_code = cameo.code_of(
                frame.lemma, particle=frame.particle, obj=obj, obj_words=obj_words, preps=_prep_phrases(frame)
            )
    from_pattern = bool(found_code and found_code[2])
    if found_code is None and frame.noun_code is None:
        return None
    text = verb_text(frame.trigger)
    action = cameo.action_of(found_code, verb=frame.lemma, text=text)
    if frame.noun_code is not None and not from_pattern:
        noun = frame.noun_code
        noun_action = cameo.code_noun(
            noun.lemma_.lower(), text=f"{text} {noun.text}", words=[c.lower_ for c in noun.children]
        )
        if noun_action is not None:
            if frame.lemma == "threaten" and noun_action.root not in ("13", "01"):
                # "threatened another raid across the border": the threat of it, not the act
                return recode(noun_action, "threat"), False
            return noun_action, False
    if action is None:
        return None
    if frame.control == "refusal" and action.root != "12":
        action = recode(action, "refusal")
    if action.root in ("03", "05") and deal_sought(frame.trigger):
        # "sought to strike a deal with X": seeking a deal is negotiating it (04), not an intent.
        return code_action(load_cameo(), "046", verb=action.verb, text=action.text), from_pattern
    if action.root in _FORCE_ROOTS and frame.lemma in SPOKEN_ATTACKS and spoken(frame.trigger):
        # "said …, attacking Canada as a haven for …": an attack in words is criticism.
        return code_action(load_cameo(), "111", verb=action.verb, text=action.text), False
    return action, from_pattern


_FORCE_ROOTS = frozenset({"18", "19", "20"})
#: Verbs of force that are also verbs of speech ("blasted the US", "hammered the plan").
SPOKEN_ATTACKS = frozenset({"blast", "hammer", "attack", "hit", "assail", "lash", "pummel", "savage"})
#: Verbs whose act a verb of force is told beside when it is done in words ("said …, blasting").
_SPEAKING = frozenset(
    {"say", "tell", "add", "write", "tweet", "declare", "speak", "claim", "insist", "state", "argue"}
    | {"accuse", "respond", "reply", "post", "comment", "remark", "complain", "warn"}
)
#: What words are said in ("blasted the plan in a speech", "on Twitter").
_SAID_IN = frozenset(
    {"speech", "statement", "interview", "tweet", "letter", "article", "address", "remark", "comment"}
    | {"post", "message", "broadcast", "column", "editorial", "briefing", "conference", "debate"}
    | {"twitter", "television", "radio", "tv", "facebook", "podcast", "op-ed", "essay", "book"}
)


def advised(frame: Frame | FrameWords) -> bool:
    """Whether a demand read from a reported clause is advice: what someone "should" do ("said
    Iraq should withdraw") is asked of them (an appeal, 02); what they must or ought to do stays
    a demand (10). Only clauses under a verb of speech, not under "demand" itself.
    """
    if frame.control != "demand" or frame.embedded is None or frame.trigger.lemma_.lower() == "demand":
        return False
    return any(c.dep_ == "aux" and c.lower_ == "should" for c in frame.embedded.children)


def spoken(token: Token) -> bool:
    """Whether a verb of force (``token``) is told as done in words: beside a verb of speech
    ("he said …, blasting Canada"), in a speech or on the air ("attacked the plan in a speech"), or
    calling its object something ("attacking Canada as a haven for …").

    Examples:
        >>> import spacy
        >>> spoken(spacy.blank("en")("attacked")[0])  # no parse: nothing says it was words
        False
    """
    if token.dep_ in ("advcl", "conj") and token.head.lemma_.lower() in _SPEAKING:
        return True  # not "called on them to attack", "attacked the base and said …": force all the same
    for c in token.children:
        if c.dep_ == "prep" and c.lower_ in ("in", "on", "during", "as"):
            said_in = c.lower_ != "as"  # "in a speech", "on Twitter"; "as the country that …"
            said = _SAID_IN if said_in else None
            if any(g.dep_ == "pobj" and _named(g, said) for g in c.children):
                return True
        if c.dep_ == "dobj" and any(g.dep_ == "prep" and g.lower_ == "as" for g in c.children):
            return True
    return False


#: What an attack is done as that names no one ("as part of the offensive", "as a warning").
_DONE_AS = frozenset({"part", "retaliation", "response", "reprisal", "warning", "revenge", "punishment"})


def _named(word: Token, said_in: frozenset[str] | None) -> bool:
    """``word`` is what words are said in (``said_in``), or with no such set, what an object is called."""
    lemma = word.lemma_.lower()
    return lemma in said_in if said_in is not None else lemma not in _DONE_AS


@dataclass(slots=True)
class Memo:
    """Answers one article asks for more than once: a frame's code, a word's modality."""

    codes: dict[int, tuple[Frame, tuple[Action, bool] | None]] = field(default_factory=dict)
    moods: dict[int, Modality] = field(default_factory=dict)
    #: The coding words :meth:`wanted` was asked about, with their code, by their trigger's index.
    sketches: dict[int, tuple[FrameWords, tuple[Action, bool] | None]] = field(default_factory=dict)

    def code(self, frame: Frame, coder: ActionCoder) -> tuple[Action, bool] | None:
        """``_code(frame, coder)``, worked out once per frame (and once for a frame and its words)."""
        found = self.codes.get(id(frame))
        if found is None or found[0] is not frame:
            sketch = self.sketches.get(frame.trigger.i)
            same = sketch is not None and _same_words(sketch[0], frame)
            code = sketch[1] if sketch is not None and same else _code(frame, coder)
            found = self.codes[id(frame)] = (frame, code)
        return found[1]

    def wanted(self, words: FrameWords, coder: ActionCoder) -> bool:
        """Whether a verb's frame, of which only the coding ``words`` are known yet (see
        :func:`~kg.extract.clauses.verb_frames`), may give drafts: it codes an action, or it answers
        an earlier act. The frame built with these words takes their code.
        """
        code = _code(words, coder)
        self.sketches[words.trigger.i] = (words, code)
        return code is not None or words.reactive

    def modality(self, token: Token) -> Modality:
        """``modality_of(token)``, worked out once per token."""
        mood = self.moods.get(token.i)
        if mood is None:
            mood = self.moods[token.i] = modality_of(token)
        return mood


def _index(token: Token | None) -> int | None:
    return token.i if token is not None else None


def _same_words(a: FrameWords, b: Frame) -> bool:
    """Whether two frames have the same coding words (all that :func:`_code` reads of them)."""
    return (
        a.kind == b.kind
        and a.lemma == b.lemma
        and a.particle == b.particle
        and a.control == b.control
        and a.trigger.i == b.trigger.i
        and _index(a.obj) == _index(b.obj)
        and _index(a.noun_code) == _index(b.noun_code)
        and _index(a.embedded) == _index(b.embedded)
        and _index(a.embedded_obj) == _index(b.embedded_obj)
        and [(p, _index(t)) for p, t in a.preps] == [(p, _index(t)) for p, t in b.preps]
    )


def noun_lookup(coder: ActionCoder) -> Callable[[str], tuple[frozenset[str], bool, bool] | None]:
    """lemma → (target prepositions, reciprocal, standalone) of the event nouns ``coder`` knows
    (kg's :class:`~kg.coding.CameoCoder`; any other coder knows none)."""
    if isinstance(coder, CameoCoder):
        return coder.noun_roles
    return _no_noun


def _no_noun(lemma: str) -> None:
    return None
