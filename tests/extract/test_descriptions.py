"""Acts that are not reported acts: someone described in passing by what they do or want, and the
writer's own reading of an act. Each shape has a sentence where it holds and one where the act is
reported and stays."""

import pytest

from kg.extract.descriptions import only_describes, scare_quoted, writers_reading
from kg.extract.history import background
from tests.extract.conftest import check, triples


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # A participle between commas after the subject says what the subject is doing in general.
        (
            "Last week the Kurdish YPG, fighting to drive Isis from the valley, said it had lost two men.",
            ("YPG", "ISIS"),
        ),
        # A gerund coordinated with a finite verb, or listed after a colon, names an aim.
        (
            "Germany has framed its policy through the lens of curbing migration, and countering Russia.",
            ("DEU", "RUS"),
        ),
        (
            "Japan has narrowed its war aims to two: defeating Isis and keeping the sea lanes open.",
            ("JPN", "ISIS"),
        ),
        ("Russia has one goal in Syria: crushing the rebels.", ("RUS", "SYR")),
        # After a fronted "by" phrase the main verb is the writer's reading of the act.
        ("By bombing the border town last week, Russia directly challenged Turkey.", ("RUS", "TUR")),
        # An event noun in scare quotes is a word held at arm's length.
        ('Critics say Turkish "offensives" against Isis have mostly consisted of bribes.', ("TUR", "ISIS")),
        # A restrictive relative clause in the simple present says which ones are meant.
        ("Diplomats in Ankara distrust the Iranian officers who train Houthi rebels.", ("IRN", "YEM")),
        # The dead described by what they were doing.
        ("Smith and Jones are among three Danish men killed fighting Isis since 2015.", ("DNK", "ISIS")),
        # A habit in the simple present is a trait.
        ("As Iran demonstrates daily, a blockade can be survived.", ("IRN", None)),
        # A "where" clause on a noun of a clause about the future is a world imagined.
        (
            '"Peace will come in the form of a pact between powers, where the Russians agree with Iran '
            'on who holds each region," he said.',
            ("RUS", "IRN"),
        ),
        # An attack prevented has not happened.
        ("The truce prevented a Turkish attack on the Kurds of Syria.", ("TUR", "SYR")),
    ],
)
def test_descriptions_are_not_events(extract, text, absent):
    check(extract(text), absent=[absent])


@pytest.mark.parametrize(
    ("text", "present"),
    [
        # A step of the day told in a participle is no description; the main act stays.
        (
            "Russia, pulling its jets out of the region, blamed Turkey on Monday for the crisis.",
            ("RUS", "11", "TUR"),
        ),
        # A past relative clause reports.
        (
            "Diplomats in Ankara named the Iranian officers who met Houthi leaders on Monday.",
            ("IRN", "04", "YEM"),
        ),
        # Fighting reported in its own clause.
        ("Danish soldiers fought Isis near Mosul on Sunday.", ("DNK", "19", "ISIS")),
    ],
)
def test_reported_acts_stay(extract, text, present):
    assert present in triples(extract(text))


@pytest.mark.parametrize(
    ("text", "word", "reading"),
    [
        ("By shelling the port, Ruritania defied the alliance.", "defied", True),
        ("Ruritania retaliated by expelling four diplomats.", "retaliated", False),  # how it was done
        ("Ruritania defied the alliance on Monday.", "defied", False),
    ],
)
def test_writers_reading(nlp, text, word, reading):
    token = next(t for t in nlp(text) if t.text == word)
    assert writers_reading(token) is reading


@pytest.mark.parametrize(
    ("text", "word", "quoted"),
    [
        ('The army\'s "raids" on the camps were a sham.', "raids", True),
        ("The army's raids on the camps were a sham.", "raids", False),
        ('Its "sanctions" on Iran, he said, were "a joke".', "sanctions", True),
    ],
)
def test_scare_quotes(nlp, text, word, quoted):
    token = next(t for t in nlp(text) if t.text == word)
    assert scare_quoted(token) is quoted


@pytest.mark.parametrize(
    ("text", "word", "describes"),
    [
        ("The rebels, seeking to oust the king, met the envoy.", "seeking", True),
        ("The rebels, pulling out of the town, met the envoy.", "pulling", False),
        ("The envoy met the rebels who control the border.", "control", True),
        ("The envoy met the rebels who seized the border post.", "seized", False),
        ("The envoy met the rebels who have fought beside the army.", "fought", True),
        ("The envoy met the rebels who have fought beside the army since Monday.", "fought", False),
        ("They hoped to roll back Iran's expanding presence in the gulf.", "expanding", True),
    ],
)
def test_only_describes(nlp, text, word, describes):
    token = next(t for t in nlp(text) if t.text == word)
    assert only_describes(token) is describes


def test_perfect_progressive_in_passing_is_background(nlp):
    doc = nlp("The rebels, who have been shelling the town, met the envoy on Monday.")
    assert background(next(t for t in doc if t.text == "shelling"))
    doc = nlp("The rebels, who shelled the town on Sunday, met the envoy on Monday.")
    assert not background(next(t for t in doc if t.text == "shelled"))
