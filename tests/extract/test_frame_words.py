"""Verb frames asked about their coding words first (``wanted``): what is built, and the code it keeps."""

import pytest

from kg.coding import CameoCoder
from kg.extract.clauses import sentence_verb_frames, verb_frames
from kg.extract.frame_codes import Memo, _code
from kg.extract.frames import Frame, FrameWords

TEXT = (
    "Brazil imposed new sanctions on Paraguay after talks in Lima failed. "
    "The minister said Chile must withdraw its troops, and Peru threatened to expel the envoy. "
    "The farmers went home and slept."
)


@pytest.fixture(scope="module")
def doc(nlp):
    return nlp(TEXT)


def _fields(frame: Frame) -> tuple:
    return (
        frame.trigger.i,
        frame.lemma,
        frame.particle,
        tuple(t.i for t in frame.sources),
        tuple(t.i for t in frame.targets),
        frame.target_via,
        tuple(t.i for t in frame.alt_targets),
        frame.obj.i if frame.obj is not None else None,
        tuple((p, t.i if t is not None else None) for p, t in frame.preps),
        tuple(t.i for t in frame.places),
        frame.reciprocal,
        frame.mood.i,
        frame.control,
        frame.embedded.i if frame.embedded is not None else None,
    )


def test_wanted_only_leaves_frames_out(doc):
    every = [_fields(f) for f in verb_frames(list(doc))]
    assert len(every) >= 3
    asked: list[FrameWords] = []

    def keep_all(words: FrameWords) -> bool:
        asked.append(words)
        return True

    assert [_fields(f) for f in verb_frames(list(doc), wanted=keep_all)] == every
    assert [w.trigger.i for w in asked] == [f[0] for f in every]
    assert list(verb_frames(list(doc), wanted=lambda words: False)) == []
    kept = [_fields(f) for f in verb_frames(list(doc), wanted=lambda words: words.lemma != "impose")]
    assert kept == [f for f in every if f[1] != "impose"]


def test_words_are_the_frames_coding_words(doc):
    words: dict[int, FrameWords] = {}

    def note(w: FrameWords) -> bool:
        words[w.trigger.i] = w
        return True

    for frame in verb_frames(list(doc), wanted=note):
        w = words[frame.trigger.i]
        assert (w.lemma, w.particle, w.control, w.reactive) == (
            frame.lemma,
            frame.particle,
            frame.control,
            frame.reactive,
        )
        assert w.obj == frame.obj and w.embedded == frame.embedded and w.preps == frame.preps


def test_sentence_verb_frames_match_verb_frames(doc):
    for sentence in doc.sents:
        assert [_fields(f) for f in sentence_verb_frames(sentence)] == [
            _fields(f) for f in verb_frames(list(sentence))
        ]


def test_memo_codes_a_frame_as_its_words(doc):
    coder = CameoCoder()
    memo = Memo()
    built = list(verb_frames(list(doc), wanted=lambda w: memo.wanted(w, coder)))
    assert any(f.lemma == "impose" for f in built)
    assert all(f.lemma != "sleep" for f in built)  # codes nothing: never built
    for frame in built:
        assert memo.code(frame, coder) == _code(frame, coder)


@pytest.mark.parametrize(
    ("verb", "obj", "preps", "matter"),
    [
        ("impose", "sanction", ["on"], True),  # "impose sanctions": a pattern of the verb
        ("impose", "lunch", [], False),
        ("hold", "talk", ["with"], True),
        ("hold", "breath", [], False),
        ("reject", "plan", [], False),  # the verb's own code, whatever it rejects
        ("send", "troop", ["to"], True),
        ("sing", None, [], False),
    ],
)
def test_words_matter_only_when_a_pattern_may_match(verb, obj, preps, matter):
    coder = CameoCoder()
    assert coder.words_matter(verb, obj=obj, preps=preps) is matter
    phrases = [(p, "country", ["neighbouring", "country"]) for p in preps]
    # Matched against every pattern (the path code_of skips when the words cannot matter).
    full = coder._code_of(verb, obj=obj, obj_words=["new", obj or ""], preps=phrases)
    if matter:
        assert full is not None and full[2]  # coded by a pattern, from the words
    else:
        assert full == coder.default_of(verb)  # the shortcut answers what the full match answers
        assert coder.code_of(verb, obj=obj, obj_words=["new", obj or ""], preps=phrases) == full
