"""Reported speech: "X said that …", quotes with their speaker, "according to X", the press."""

import pytest

from kg.extract import find_quotes
from kg.extract.attribution import _MARK_WORDS, _MARKS
from tests.extract.conftest import check, triples


def test_reported_clause_is_coded_with_its_own_actors(extract):
    # "said" is no event; the clause it reports is. "its" is Iran: Iraq did not attack itself.
    check(
        extract("Iran said that Iraq had attacked its border posts."),
        [("IRQ", "19", "IRN")],
        [("IRN", "IRQ")],
    )


def test_we_in_a_quote_is_the_speaker(extract):
    check(
        extract('"We reject the ultimatum from Armenia," Azerbaijan\'s president said.'),
        [("AZE", "12", "ARM")],
    )


def test_quote_speaker_named_in_the_sentence_closing_it(extract):
    text = "“We condemned Ankara for the raid. We will not accept its claims,” said the Greek prime minister."
    found = triples(extract(text))
    assert ("GRC", "11", "TUR") in found


def test_according_to_names_no_target(extract):
    check(extract("Somali militants attacked Kenyan troops, according to Nairobi."), [("SOM", "19", "KEN")])


def test_the_press_is_not_a_target(extract):
    events = extract("The Greek minister told the Guardian that Turkey had threatened Athens.")
    check(events, [("TUR", "13", "GRC")], [("GRC", "GBR")])
    assert all(e.target is None or "Guardian" not in e.target.text for e in events)


def test_quotes_and_speakers(nlp):
    doc = nlp("“We will not bow,” said the Lithuanian minister. Vilnius then closed the border.")
    (quote,) = find_quotes(doc)
    assert doc[quote.start].text == "We"
    assert quote.speaker is not None and quote.speaker.text == "minister"


def test_a_quote_over_two_sentences_takes_the_speaker_of_the_second(nlp):
    doc = nlp("“Our patience is over. We will respond,” the Moroccan king said.")
    (quote,) = find_quotes(doc)
    assert quote.speaker is not None and quote.speaker.text == "king"
    assert doc[quote.start].sent.start != doc[quote.end - 1].sent.start


def test_unbalanced_quote_marks_at_the_end(nlp):
    doc = nlp('Chad met Niger. "')
    assert find_quotes(doc) == []


def test_a_platform_is_not_a_target(extract):
    events = extract("Germany paid tribute to the victims on Facebook.")
    assert all(e.target is None or "Facebook" not in e.target.text for e in events)


# A future act is a threat (13) only when its doer announces it; told by someone else it is
# their claim or guess, not the doer's threat. The writer's own account of an aim is kept.
THREATS = [
    ("Azerbaijan said it would attack Armenian positions.", True),
    ("The Azerbaijani defence minister vowed that Azerbaijan would strike Armenia.", True),
    ("Azerbaijan wants to attack Armenia.", True),
    ("The Armenian minister said Azerbaijan would attack Armenian positions.", False),
    ("“There is no doubt that Azerbaijan meant to harm Armenian villagers.", False),
    ("“Baku is determined to attack Armenia before the winter,” a Georgian analyst said.", False),
    ("“I think Azerbaijan will attack Armenia soon,” the Armenian minister said.", False),
    ("“We will attack Armenia,” Azerbaijan's president said.", True),
]


@pytest.mark.parametrize(("text", "threat"), THREATS)
def test_a_threat_is_announced_by_its_doer(extract, text, threat):
    found = [(s, r, t) for s, r, t in triples(extract(text)) if s == "AZE" and r == "13"]
    assert bool(found) == threat, triples(extract(text))


def test_announcer(nlp):
    from kg.extract import announcer

    doc = nlp("Azerbaijan said it would attack Armenian positions.")
    attack = next(t for t in doc if t.text == "attack")
    speaker = announcer(attack, find_quotes(doc))
    assert speaker is not None and speaker.text == "Azerbaijan"
    plain = nlp("Azerbaijan wants to attack Armenia.")
    assert announcer(next(t for t in plain if t.text == "attack"), find_quotes(plain)) is None


def test_advice_against_travel_is_no_appeal_to_the_place(extract):
    text = "Peru and Chile signed a fishing accord. Peru has advised for years against all travel to Chile."
    assert not any(r == "02" for _, r, _ in triples(extract(text)))


def test_a_characterisation_is_no_event(extract):
    text = "The Kenyan opposition dismissed the summit, describing it as “Nairobi meeting with Nairobi”."
    assert not any(r == "04" for _, r, _ in triples(extract(text)))
    # the act characterised still counts
    check(
        extract("Kenya met Somalia in Nairobi, an encounter the press described as frosty."),
        [("KEN", "04", "SOM")],
    )


def test_an_appeal_for_someones_help_is_addressed_to_them(extract):
    text = "Chile phoned Peruvian ministers and appealed for their help."
    check(extract(text), [("CHL", "02", "PER")])


def test_characterised(nlp):
    from kg.extract import characterised

    doc = nlp("They described the deal as “Paris talking to Paris”.")
    assert characterised(next(t for t in doc if t.text == "talking"))
    assert not characterised(next(t for t in doc if t.text == "described"))


def _marks_by_scan(doc):
    # The marks as a scan of the text finds them, each read as the token it falls in.
    found = (doc.char_span(m.start(), m.end(), alignment_mode="expand") for m in _MARKS.finditer(doc.text))
    return [span[0].i for span in found if span is not None and len(span)]


@pytest.mark.parametrize(
    "text",
    [
        '\u201cWe stay,\u201d the envoy said. "No," Kerr replied.',
        "He said ''we will not go'' and left. ``Fine,'' she said.",
        "The word ''' is odd, and so is ` here.",
        "Nobody said anything at all.",
    ],
)
def test_quote_marks_read_from_tokens_match_a_scan_of_the_text(nlp, text):
    from kg.extract.attribution import _mark_tokens

    doc = nlp(text)
    marks = [t.i for t in _mark_tokens(doc, doc.text)]
    kept = [i for i in _marks_by_scan(doc) if doc[i].text in _MARK_WORDS]
    assert [i for i in marks if doc[i].text in _MARK_WORDS] == kept
