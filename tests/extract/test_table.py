"""Token table: the per-Doc lists agree with spaCy's Token API on a real parse."""

from __future__ import annotations

import pytest

TEXTS = [
    "The foreign ministers of Ruritania, Freedonia and Sylvania met in Geneva on Tuesday, "
    "and the three sides agreed to resume talks.",
    'Rebels who seized the port were shelled by government forces, the "army" said late on Monday.',
    "In March Freedonia warned that it would impose new sanctions unless troops withdrew from the border.",
    "Talks in Sylvania  stalled.\n\nWould the envoys return? \u201cNever,\u201d one replied.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_table_matches_token_api(nlp, text):
    from kg.extract.table import sentence_of, token_table

    doc = nlp(text)
    table = token_table(doc)
    assert table.n == len(doc)
    for token in doc:
        i = token.i
        assert table.lower[i] == token.lower_
        assert table.lemma[i] == token.lemma_.lower()
        assert table.spacy_lemma[i] == token.lemma_.lower()
        assert (table.pos[i], table.tag[i], table.dep[i], table.ent[i]) == (
            token.pos_,
            token.tag_,
            token.dep_,
            token.ent_type_,
        )
        assert table.head[i] == token.head.i
        assert list(table.children[i]) == [c.i for c in token.children]
        assert table.conjuncts(i) == tuple(c.i for c in token.conjuncts)
        assert table.subtree(i) == [t.i for t in token.subtree]
        assert (bool(table.punct[i]), bool(table.quote[i])) == (token.is_punct, token.is_quote)
        assert table.lower[i].isspace() == token.is_space  # how modality finds a question's last word
        assert (sentence_of(token).start, sentence_of(token).end) == (token.sent.start, token.sent.end)
    assert table.words() == {t.lower_ for t in doc}
    assert table.lemmas() == set(table.lemma)


def test_table_built_once_per_doc(nlp):
    from kg.extract.table import token_table

    first, second = nlp("NATO rejected the demands."), nlp("Russia denied it.")
    table = token_table(first)
    assert token_table(second) is not table
    assert token_table(first) is table
    assert token_table(second).dep == [t.dep_ for t in second]


def test_irregular_past_forms_get_their_verb_s_lemma_and_keep_spacy_s(nlp):
    from kg.extract.table import token_table

    doc = nlp("The rebels retook the town and overran the base.")
    table = token_table(doc)
    for token in doc:
        assert table.spacy_lemma[token.i] == token.lemma_.lower()
        if token.lower_ in ("retook", "overran") and token.lemma_.lower() == token.lower_:
            assert table.lemma[token.i] in ("retake", "overrun")  # the lemmatiser left the form as it was
    verbs = [table.lemma[t.i] for t in doc if t.lower_ in ("retook", "overran")]
    assert verbs == ["retake", "overrun"]


def test_labels_never_met_before_are_read_right():
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from kg.extract.table import TokenTable

    words = ["Zorbia", "glimmed", "Quux"]
    labels = ["nsubj-never-seen", "ROOT", "obj-never-seen-either"]
    doc = Doc(Vocab(), words=words, heads=[1, 1, 1], deps=labels, tags=["NNP", "VBD-unseen", "NNP"])
    table = TokenTable(doc)
    assert table.dep == labels
    assert table.tag == ["NNP", "VBD-unseen", "NNP"]
    assert TokenTable(Doc(Vocab(), words=[])).dep == []
