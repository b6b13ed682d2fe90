"""Our own coreference: pronouns, "we" in quotes, descriptions, "the two sides", implicit targets."""

import datetime as dt

import pytest

from tests.extract.conftest import check, triples

CASES = [
    (
        "Poland summoned the Belarusian ambassador. It accused Minsk of orchestrating the crisis.",
        [("POL", "11", "BLR")],
    ),
    (
        "Finnish Prime Minister Anna Virtanen visited Kyiv on Monday. She condemned Russia.",
        [("FIN", "11", "RUS")],
    ),
    ("NATO leaders met in Brussels. The alliance warned Russia.", [("NATO", "13", "RUS")]),
    (
        "Delegations from Sudan and Chad met in Paris. The two sides discussed a ceasefire.",
        [("SDN", "04", "TCD"), ("TCD", "04", "SDN")],
    ),
    (
        "Indian Foreign Minister Ravi Kumar arrived in Dhaka. The minister criticised Bangladesh.",
        [("IND", "11", "BGD")],
    ),
]


@pytest.mark.parametrize(("text", "present"), CASES)
def test_coreference(extract, text, present):
    check(extract(text), present)


def test_the_two_sides_are_not_the_meeting_place(extract):
    events = extract("Delegations from Sudan and Chad met in Paris. The two sides discussed a ceasefire.")
    check(events, absent=[("FRA", "TCD"), ("TCD", "FRA"), ("SDN", "FRA")])


def test_he_inside_a_quote_is_not_the_speaker(extract):
    text = (
        "German Chancellor Klaus Berger met President Pierre Laval of France. "
        "“He is coming to Berlin to attack our budget,” said Mr Berger."
    )
    for e in extract(text):
        if e.source.text == "He":
            assert e.source.actor.country != "DEU"


def test_implicit_target_from_the_main_dyad_has_lower_confidence(extract):
    events = extract(
        "Armenia and Azerbaijan clashed on the border. Armenia later warned that it would respond."
    )
    check(events, [("ARM", "13", "AZE")])
    warn = next(e for e in events if e.action.root == "13")
    clash = next(e for e in events if e.action.root == "19")
    assert warn.target.text == ""
    assert warn.confidence < clash.confidence


@pytest.mark.parametrize(
    ("between", "found"),
    [
        ("\n\nFears of a wider war\n\n", True),  # a verbless heading does not count as a sentence
        (" Rain fell heavily in the capital all week. ", False),  # a sentence of its own does
    ],
)
def test_implicit_target_window_steps_over_a_heading(extract, between, found):
    text = (
        "Armenia and Azerbaijan clashed on the border on Monday. Azerbaijan rejected the ceasefire "
        f"plans of Armenia.{between}Later, Armenia warned that it would respond with force."
    )
    warned = [e for e in extract(text) if e.action.root == "13"]
    assert bool(warned and warned[0].target and warned[0].target.actor.id == "AZE") is found, [
        (e.action.cameo, e.target.actor.id if e.target else None) for e in warned
    ]


def test_leaders_meeting_have_no_implicit_counterpart(extract):
    events = extract("Russia warned NATO. NATO leaders met in Brussels.")
    assert not any(e.action.root == "04" and e.target is not None for e in events)


def test_an_unclear_pronoun_names_no_source(extract):
    # Two countries were subjects in the sentence before: "It" could be either, so no event.
    events = extract("Chile signed a treaty with Peru, and Bolivia protested. It then condemned Ecuador.")
    assert not any(e.action.root == "11" for e in events)


def test_a_pronoun_far_from_its_antecedent_names_no_source(extract):
    text = "Kenya hosted the summit. The weather was hot. Talks went on. Delegates ate. It condemned Uganda."
    assert not any(e.action.root == "11" for e in extract(text))


def test_a_head_title_stays_with_the_politician_it_first_named(extract):
    text = (
        "Justin Trudeau spoke at the summit in Ottawa. The prime minister said Brazil had been a "
        "reliable partner. Later the prime minister criticised Venezuela."
    )
    check(extract(text), [("CAN", "01", "BRA"), ("CAN", "11", "VEN")])


def test_a_head_title_is_the_holder_in_office_not_a_predecessor_named_since(extract):
    # a former president named last is not "the president" of an article written under his successor
    text = (
        "Donald Trump ordered the withdrawal of troops on Wednesday. The departing envoy was a diplomat in "
        "the administrations of Barack Obama and George W Bush. On Saturday the president criticised Turkey "
        "over its threats."
    )
    events = extract(text, date=dt.date(2018, 12, 22))
    critics = [e.source.actor.id for e in events if e.action.root == "11"]
    assert critics == ["donald-trump"]


def test_a_title_with_a_name_is_not_a_description(extract):
    # "President Amir Tarkan" is someone the article has not named before, not Biden
    text = "Recep Tayyip Erdogan met Joe Biden. President Amir Tarkan condemned Syria."
    assert not any(r == "11" for _, r, _ in triples(extract(text)))


def test_a_pronoun_after_an_unknown_name_is_not_an_earlier_actor(extract):
    # "he" is Mr Kuzmanov, whom kg does not know, not Bashar al-Assad
    text = "Bashar al-Assad met officials in Damascus. Mr Kuzmanov said he had urged Turkey to cooperate."
    assert not any(r == "02" for _, r, _ in triples(extract(text)))


def test_a_surname_finds_the_person_named_in_full(extract):
    text = (
        "Abu Bakr al-Baghdadi gave a sermon in Mosul on Friday. "
        "In a later recording Baghdadi threatened Iraq."
    )
    check(extract(text), [("ISIS", "13", "IRQ")])


def test_no_implicit_counterpart_when_a_third_party_is_named(extract):
    text = (
        "Armenia and Azerbaijan clashed on the border. "
        "Armenia warned that it would respond, while Russia said it would mediate."
    )
    assert not any(r == "13" for _, r, _ in triples(extract(text)))


def test_no_implicit_counterpart_when_the_text_names_an_unknown_one(extract):
    text = (
        "Armenia and Azerbaijan clashed on the border. "
        "Armenia later warned the Karabakh militias that it would respond."
    )
    assert not any(r == "13" for _, r, _ in triples(extract(text)))


def test_recent_mentions_found_from_the_end_agree_with_a_scan_of_the_whole_memory(nlp):
    # The memory finds the mentions of its window from the end of its history while mentions
    # come sentence by sentence; one remembered out of order makes it scan everything again.
    from kg.actors import Resolver
    from kg.extract.coref_words import _WINDOW
    from kg.extract.coreference import ArticleMemory
    from kg.extract.sentence_actors import observe

    text = (
        "Chile accused Peru of shelling its border posts. The Peruvian army denied it. "
        "Norway urged both countries to talk. Its foreign minister flew to Geneva on Monday. "
        "There she met the Chilean president, who thanked her. Peru said it would not attend. "
        "The talks collapsed, and Chile recalled its ambassador from Lima. Bolivia and Ecuador "
        "regretted the decision. Argentina offered to mediate, and Brazil backed the offer."
    )
    doc = nlp(text)
    sentences = list(doc.sents)
    memory = ArticleMemory(Resolver().scoped(text), dt.date(2020, 5, 8), [], text=text)
    for index, sentence in enumerate(sentences):
        memory.note_sentence(sentence, index)
    for index, sentence in enumerate(sentences):
        observe(list(sentence), index, memory)

    def scan(token, sentence):
        found = [
            m
            for m in memory.history
            if sentence - _WINDOW <= m.sentence <= sentence and (m.sentence < sentence or m.token < token.i)
        ]
        return sorted(found, key=lambda m: (m.sentence, m.subject, m.token), reverse=True)

    assert len(sentences) >= 6 and len(memory.history) >= 8
    assert memory._in_order
    asked = [(token, index) for index, sentence in enumerate(sentences) for token in sentence]
    assert [memory._recent(t, i) for t, i in asked] == [scan(t, i) for t, i in asked]
    assert any(len(scan(t, i)) < len(memory.history) for t, i in asked)  # the window leaves some out
    memory.remember(memory.history[-1].actor, sentences[0][0], 0)
    assert not memory._in_order
    assert [memory._recent(t, i) for t, i in asked] == [scan(t, i) for t, i in asked]
