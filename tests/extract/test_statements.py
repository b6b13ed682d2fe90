"""Statements about another actor: "X said Y …" with nothing codable in the clause is X's comment on Y."""

import pytest

from kg.extract import statement_frames
from tests.extract.conftest import check, triples

CASES = [
    # (text, triples that must be found, (source, target) pairs that must not)
    ("Jens Stoltenberg said Russia had been an unreliable neighbour.", [("NATO", "01", "RUS")], []),
    # through the speaker's own view to the actor it is about
    ("Jens Stoltenberg said he believed the Kremlin was ready for dialogue.", [("NATO", "01", "RUS")], []),
    # the person told is the one addressed; the press never is
    ("Jens Stoltenberg told Sergei Lavrov that the alliance was ready.", [("NATO", "01", "RUS")], []),
    (
        "Jens Stoltenberg told the BBC that Russia was ready for talks.",
        [("NATO", "01", "RUS")],
        [("NATO", "GBR")],
    ),
    # a nationality inside the noun after "there has been"
    ("Angela Merkel said there had been a change of French policy.", [("DEU", "01", "FRA")], []),
    # "the US" is no first-person "us"
    ("The Chinese envoy said the US was ready for talks.", [("CHN", "01", "USA")], []),
    # an act reported in the clause is coded as that act, not as a comment on its doer
    ("The Iraqi president said Iran had attacked Iraqi troops.", [("IRN", "19", "IRQ")], [("IRQ", "IRN")]),
]


@pytest.mark.parametrize(("text", "present", "absent"), CASES)
def test_statements(extract, text, present, absent):
    check(extract(text), present, absent)


@pytest.mark.parametrize(
    "text",
    [
        "Jens Stoltenberg did not say Russia had been an unreliable neighbour.",  # negated
        "Angela Merkel said German troops would stay in Mali.",  # about her own side
        "Jens Stoltenberg said she hoped Russian officials would be punished.",  # a hope, not a view
        "A historian, Jane Smith, said Russia had changed.",  # no political voice
        "The Iraqi president said Iran had attacked itself.",  # an act said to have happened
        "Jens Stoltenberg said as many as 20,000 Afghans could be moved to Pakistan.",  # a count of people
        # a statement not (yet) made: planned, predicted or conditional
        "Jens Stoltenberg will use the summit to claim that Russia is the aggressor.",
        "If asked, Angela Merkel would say France had been a loyal partner.",
        # a view held, not said; a position held for years
        "The Polish government believes Russia is short of soldiers.",
        "Ankara has long argued that the Armenian lobby is well funded.",
        # a guess about what someone would or could do is no comment on what they do
        "Jens Stoltenberg said a ceasefire would give Russia time to regroup.",
        "Angela Merkel said Russia could still change course.",
        # the speaker's own side and its ally act together: neither is addressed
        "The Dutch minister said the Netherlands and Belgium would share the costs.",
        "The Dutch minister said the Netherlands and Belgium had shared the costs.",
        # an act the clause reports that the coder cannot code is no comment on its doer
        "Jens Stoltenberg said Russia had painted its submarines grey.",
        "The Greek minister said Turkey has renamed several streets in the north.",
        # a subjunctive asks for something; it is no statement about the one it names
        "The Greek minister insisted that Turkey be excluded from the talks.",
        # a present claim about a present state is a position held
        "The Greek government says Turkey is a member of the coalition.",
        "Ankara says the YPG is an arm of the PKK.",
        # a present passive after "insist" may be a demand or a claim: neither is coded
        "The Serbian president insists Kosovo officials are treated as observers at the summit.",
        # about a thing of theirs, not about them
        "The Dutch minister said Belgium's referendum fell in a difficult week for the EU.",
        "The Dutch minister said the election of the Belgian king was significant for Europe.",
    ],
)
def test_no_statement(extract, text):
    assert not any(root == "01" for _, root, _ in triples(extract(text)))


CODED = [
    # (text, triple): a clause that condemns or blames its subject is criticism or accusation
    ("The Greek minister said Turkey's drilling was illegal.", ("GRC", "11", "TUR")),
    ("Lithuania's president said Belarus was a threat to the whole region.", ("LTU", "11", "BLR")),
    ("The Kenyan envoy said Somali officials were dishonest.", ("KEN", "11", "SOM")),
    # a guess it may be, but the condemnation is made now
    ("The Greek minister said Turkey's plan would be a mistake.", ("GRC", "11", "TUR")),
    ("The Estonian minister said Moscow was responsible for the cyber attack.", ("EST", "11", "RUS")),
    ("Chad's president said Sudan was guilty of arming the militias.", ("TCD", "11", "SDN")),
    # the one condemned, not the one told
    ("Vilnius told the European Union that Minsk was acting illegally.", ("LTU", "11", "BLR")),
    # praise of trust is no criticism; blame denied is none either
    ("The Greek minister said Turkey was serious about the talks.", ("GRC", "01", "TUR")),
    ("The Greek minister said Turkey was not responsible for the fire.", ("GRC", "01", "TUR")),
    # a clause that praises its subject is praise; praise denied is criticism
    ("Angela Merkel said France had been extremely helpful.", ("DEU", "05", "FRA")),
    ("The Danish minister said the Swedish pilots had acted courageously.", ("DNK", "05", "SWE")),
    ("The Greek minister said Cyprus was an outstanding partner.", ("GRC", "05", "CYP")),
    ("Angela Merkel said France had not been helpful.", ("DEU", "11", "FRA")),
    # an order not to act, told to someone, is a plea to them (an appeal, 02)
    ('"Do not send more ships," the Greek minister told the Turkish ambassador.', ("GRC", "02", "TUR")),
    # an order earlier in the quotation asks something of the one it is told to
    (
        '"Stop blaming Portugal for your troubles. We have done our part," the Portuguese minister '
        "told the Spanish ambassador.",
        ("PRT", "10", "ESP"),
    ),
    # ... also when the parser hangs the order under the clause that ends the quotation
    (
        "\u201cStop lecturing Lisbon about water \u2026 Our rivers are our business,\u201d "
        "the Portuguese minister told the Spanish ambassador.",
        ("PRT", "10", "ESP"),
    ),
    # what a named party ought to or has to do is a demand on it, not a comment
    ("The Danish minister said Norway ought to reopen the fishing grounds.", ("DNK", "10", "NOR")),
    (
        "The Danish minister left the meeting early, saying Oslo ought to reconsider its quotas.",
        ("DNK", "10", "NOR"),
    ),
    ("The Danish minister said Norway has to respect the quota deal.", ("DNK", "10", "NOR")),
    ("The Danish minister said Norway had a duty to protect the fishermen.", ("DNK", "10", "NOR")),
    # a price someone will pay is a threat to them
    (
        '"Tirana will have to pay a high price for this," the Serbian spokesman said on Friday.',
        ("SRB", "13", "ALB"),
    ),
    ("The Serbian spokesman said Albania would pay a heavy price for the raid.", ("SRB", "13", "ALB")),
    # a bare clause after "insist" or "demand", active or passive, is a demand on its subject
    ("The Greek minister insisted that Turkey withdraw its frigates.", ("GRC", "10", "TUR")),
    ("The Greek minister demanded that Turkey be barred from the meeting.", ("GRC", "10", "TUR")),
    # a present claim about a past state is news
    ("Jens Stoltenberg says Russia was an unreliable neighbour.", ("NATO", "01", "RUS")),
    # an act foretold says what its doer is like: a comment on it
    ("Jens Stoltenberg said Russia will change its strategy.", ("NATO", "01", "RUS")),
    # words about something else in the clause do not make it criticism
    ("The French minister said Italy was on the watch for terrorist cells.", ("FRA", "01", "ITA")),
    (
        "The French minister said Italy was wary of militias that are terrorist in all but name.",
        ("FRA", "01", "ITA"),
    ),
]


@pytest.mark.parametrize(("text", "triple"), CODED)
def test_criticism_and_accusation_in_a_statement(extract, text, triple):
    found = triples(extract(text))
    assert triple in found, found
    source, root, target = triple
    assert not any(s == source and t == target and r != root for s, r, t in found), found


@pytest.mark.parametrize(
    "text",
    [
        "The Greek minister said Turkey's conduct deserved no praise.",
        "Angela Merkel said France had never been a hero of the talks.",
    ],
)
def test_praise_denied_is_no_praise(extract, text):
    assert not any(root == "05" for _, root, _ in triples(extract(text)))


def test_a_statement_is_coded_010_with_lower_confidence(extract):
    events = extract(
        "Jens Stoltenberg said Russia had been an unreliable neighbour. Russia attacked Georgia."
    )
    statement = next(e for e in events if e.action.root == "01")
    attack = next(e for e in events if e.action.root == "19")
    assert statement.action.cameo == "010"
    assert statement.confidence < attack.confidence


def test_statement_frames(nlp):
    doc = nlp("Jens Stoltenberg said Russia had been an unreliable neighbour.")
    (frame,) = statement_frames(doc)
    assert frame.trigger.text == "said"
    assert [t.text for t in frame.sources] == ["Stoltenberg"]
    assert [t.text for t in frame.targets] == ["Russia"]
    assert frame.statement is not None and frame.statement.text == "been"


def test_a_report_of_anothers_statement_is_no_frame(nlp):
    # "He understood …, Mr Blair told …" parses with "told" inside "understood": not Blair's view.
    doc = nlp("Mr Lavrov said Jens Stoltenberg told him that Russia was a threat.")
    assert all(f.trigger.text != "said" for f in statement_frames(doc))


@pytest.mark.parametrize(
    "text",
    [
        # what someone had to do is a report of what was, not a demand
        "The Danish minister said the Norwegian trawlers had to leave the harbour.",
        # an auxiliary before the clause that ends a quotation is no order
        '"After this winter, Chile and Peru will be left with empty reservoirs," the Bolivian envoy wrote.',
        # an order to no one named is made of no one
        '"Stop the drilling now," the Greek minister said.',
    ],
)
def test_no_demand(extract, text):
    assert not any(root == "10" for _, root, _ in triples(extract(text)))


def test_a_price_paid_is_no_threat(extract):
    found = triples(extract("The Serbian spokesman said Albania had paid a heavy price for the raid."))
    assert not any(root == "13" for _, root, _ in found), found


def test_a_demand_is_not_the_act_demanded(extract):
    # "insisted that Turkey withdraw": Turkey has not withdrawn anything
    found = triples(extract("The Greek minister insisted that Turkey withdraw its frigates."))
    assert not any(source == "TUR" for source, _, _ in found), found


def test_the_speakers_own_side_is_no_one_spoken_about(nlp):
    doc = nlp("Jens Stoltenberg said we had been naive about the threat.")
    assert not list(statement_frames(doc))
