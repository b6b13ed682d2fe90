"""The CAMEO root of acts whose words mislead the coder (our own sentences, the real pipeline):
attacks in words, orders not to act, deals sought, irregular past forms."""

import datetime as dt

import pytest


@pytest.fixture(scope="module")
def extract(events_of):
    def run(text):
        return {
            (e.source.actor.id, e.action.cameo, e.target.actor.id if e.target else None, e.modality)
            for e in events_of(text, dt.date(2021, 3, 5))
        }

    return run


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # force verbs used of words: beside a verb of speech, in a speech, calling the object something
        (
            "The Syrian envoy blasted the United States in a speech to the assembly on Monday.",
            ("SYRGOV", "111", "USA", "asserted"),
        ),
        (
            "The Iranian foreign minister spoke for an hour, attacking Saudi Arabia as a sponsor of terror.",
            ("IRNGOV", "111", "SAU", "asserted"),
        ),
        (
            "The Turkish president slammed the United States over its Kurdish policy.",
            ("TURGOV", "111", "USA", "asserted"),
        ),
        (
            "The Kenyan president hit out at Somalia over the border dispute.",
            ("KENGOV", "111", "SOM", "asserted"),
        ),
        # an order not to act, told to someone, is a plea (02); an order to act stays a demand (10)
        (
            '"Do not abandon the Kurds now," the French president told Trump on Sunday.',
            ("FRAGOV", "020", "donald-trump", "asserted"),
        ),
        (
            '"Get your soldiers off our border," the Indian prime minister told Pakistan.',
            ("INDGOV", "100", "PAK", "asserted"),
        ),
        # what someone should do is advice asked of them (02); what they must do is demanded (10)
        (
            "The Egyptian minister said Ethiopia should stop filling the dam before the talks.",
            ("EGYGOV", "020", "ETH", "asserted"),
        ),
        (
            "The Egyptian minister said Ethiopia must stop filling the dam.",
            ("EGYGOV", "100", "ETH", "asserted"),
        ),
        # a motive laid at someone's door accuses them
        (
            '"Only Iran has the motive and the means to do this," the Israeli prime minister said.',
            ("ISRGOV", "112", "IRN", "asserted"),
        ),
        # seeking or trying to strike a deal is negotiating (04), and the seeking happened
        (
            "The Egyptian foreign minister sought to strike a deal with Ethiopia over the dam in March.",
            ("EGYGOV", "046", "ETH", "asserted"),
        ),
        (
            "Kenya tried to reach an agreement with Somalia on the maritime border.",
            ("KEN", "046", "SOM", "asserted"),
        ),
        # a stance on an act is at the one who acts
        (
            "Greece opposed Turkey's decision to send a drilling ship to the island.",
            ("GRC", "110", "TUR", "asserted"),
        ),
        # "retook", "took" a town from a side: force against the side that loses it
        ("Iraqi troops retook the town from Islamic State on Monday.", ("IRQMIL", "190", "ISIS", "asserted")),
        (
            "Iraqi troops took the village from Islamic State on Tuesday.",
            ("IRQMIL", "190", "ISIS", "asserted"),
        ),
    ],
)
def test_root(extract, text, event):
    found = extract(text)
    assert event in found, found


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # a real attack stays force: no word of speech around it
        ("Turkish jets attacked Kurdish positions in northern Iraq on Monday.", "111"),
        # failing to reach a deal is no negotiation sought but a deal refused (12)
        ("Kenya and Somalia failed to reach a deal over their border on Sunday.", "046"),
        # seeking help is asking for it, not negotiating
        ("Kenya sought Somalia's help after the floods.", "046"),
    ],
)
def test_not_coded_as(extract, text, code):
    assert not any(c == code for _, c, _, _ in extract(text))


def test_irregular_past_forms_get_their_lemma(nlp):
    from kg.extract.table import token_table

    doc = nlp("The rebels overran the base, and then the army retook it.")
    lemmas = dict(zip([t.lower_ for t in doc], token_table(doc).lemma, strict=True))
    assert lemmas["retook"] == "retake"
    assert lemmas["overran"] == "overrun"


def test_stance_on_an_act_is_not_at_whom_the_act_concerns(extract):
    # the arms would go to Turkey: Turkey is not the one opposed
    assert not any(t == "TUR" for _, _, t, _ in extract("Greece opposed the sale of arms to Turkey."))
