"""kg's review of the verb tables: vague verbs code nothing alone, specific objects code specifically."""

import pytest

from kg.coding import CameoCoder, load_verbs
from kg.coding.cameo import base_form
from kg.coding.plover import plover_for


@pytest.fixture(scope="module")
def coder():
    return CameoCoder()


def _code(coder, verb, obj="", particle=None, preps=()):
    words = obj.split()
    found = coder.code_of(
        verb,
        particle=particle,
        obj=words[-1] if words else None,
        obj_words=words,
        preps=[(p, w.split()[-1], w.split()) for p, w in preps],
    )
    return found[0] if found is not None else None


@pytest.mark.parametrize(
    ("verb", "obj", "particle", "preps", "code"),
    [
        # vague verbs: no event without a pattern
        ("need", "", None, (), None),  # "the envoy needs more time"
        ("need", "help", None, (), None),  # not the DEMAND block's "want help"
        ("embolden", "militants", None, (), None),  # an effect, not praise
        ("lead", "campaign", None, (), None),  # the campaign (an event noun) codes, not "lead"
        ("accord", "", None, (("to", "officials"),), None),  # "according to officials"
        ("control", "territory", None, (), None),
        ("expect", "victory", None, (), None),
        ("establish", "control", None, (), None),
        ("intervene", "", None, (("in", "war"),), None),
        ("bid", "time", None, (), None),  # "biding their time"
        ("provide", "evidence", None, (), None),
        ("dominate", "forces", None, (), None),  # the DESTROY block's "force" pattern does not apply
        ("keep", "troops", None, (), None),  # nor the block's "maintain forces"
        ("conduct", "attacks", None, (), None),  # the event noun codes, not a borrowed pattern
        ("launch", "legal bid", None, (), None),  # an attempt is no reduction of relations
        # defaults changed to the code the verb itself names
        ("arm", "", None, (), "072"),
        ("fund", "", None, (), "071"),
        ("sue", "", None, (("for", "damages"),), "115"),
        ("negotiate", "", None, (), "046"),
        ("surrender", "", None, (), "0874"),
        ("capture", "gunmen", None, (), "173"),
        ("capture", "town", None, (), "190"),
        ("capture", "rifles", None, (), "171"),
        ("free", "hostages", None, (), "0841"),
        ("seek", "loan", None, (), "020"),
        ("urge", "", None, (), "020"),
        # specific objects
        ("grant", "access", None, (), "086"),
        ("allow", "humanitarian access", None, (), "0863"),
        ("allow", "inspectors", None, (), "0862"),
        ("provide", "rifles", None, (), "072"),
        ("supply", "ammunition", None, (), "072"),
        ("provide", "support", None, (), "070"),
        ("provide", "military support", None, (), "072"),
        ("provide", "political support", None, (), "051"),
        ("expel", "inspectors", None, (), "1662"),
        ("expel", "peacekeepers", None, (), "1661"),
        ("suspend", "military aid", None, (), "1622"),
        ("cut", "aid", None, (), "162"),
        ("suspend", "talks", None, (), "164"),
        ("halt", "mediation", None, (), "165"),
        ("launch", "mediation effort", None, (), "045"),
        ("extend", "curfew", None, (), "1723"),
        ("tighten", "blockade", None, (), "191"),
        ("tighten", "sanctions", None, (), "163"),
        ("meet", "demands", None, (), "080"),
        ("dismiss", "appeal", None, (), "120"),
        ("disperse", "protesters", None, (), "175"),
        ("upgrade", "ties", None, (), "050"),
        ("sever", "ties", None, (), "161"),
        ("violate", "truce", None, (), "196"),
        ("cut", "deal", None, (), "057"),
        ("attend", "summit", None, (), "040"),
        ("recognise", "independence", None, (), "054"),
        ("apply", "", None, (("for", "membership"),), "020"),
        # pushing alone is no demand (pushing someone to act is one, through the complement); pushing for is
        ("push", "", None, (), None),
        ("push", "", None, (("for", "reform"),), "100"),
        ("push", "fighters", None, (("towards", "river"),), None),
        ("push", "", "back", (), None),
        ("push", "", None, (("into", "province"),), "192"),
        # pushing someone into a decision is pressure on them (a demand), not force or criticism
        ("push", "premier", None, (("into", "u-turn"),), "100"),
        ("push", "government", None, (("into", "concession"),), "100"),
        # a claim rejected is disagreed with; an accusation rejected is still denied (016)
        ("reject", "claim", None, (), "120"),
        ("dismiss", "claim", None, (), "120"),
        ("reject", "accusation", None, (), "016"),
        # a judgement of a thing's worth is no act towards its owner
        ("dismiss", "value", None, (), None),
        ("dismiss", "strategic importance", None, (), None),
        # a venue lent is no meeting; leave given is yielding, as "allowed"
        ("host", "speech", None, (), None),
        ("give", "green light", None, (), "080"),
        # support given in aid is aid, the aid naming which
        ("support", "", None, (("with", "military aid"),), "072"),
        ("back", "", None, (("with", "weapons"),), "072"),
        ("support", "", None, (("with", "funding"),), "071"),
        ("support", "", None, (("with", "words"),), "050"),
        # a plea in court is no appeal
        ("plead", "", None, (("to", "charges"),), None),
        # forms the lemmatiser leaves as they are code as their verb
        ("retook", "town", None, (), "190"),
        ("withdrew", "", None, (("from", "treaty"),), "161"),
    ],
)
def test_reviewed_codes(coder, verb, obj, particle, preps, code):
    assert _code(coder, verb, obj, particle, preps) == code


def test_dictionary_pattern_wins_when_it_asks_more(coder):
    # kg's "provide support" (070) is less specific than the dictionary's "provide financial support".
    assert _code(coder, "provide", "financial support") == "071"
    assert _code(coder, "provide", "support") == "070"


def test_verbs_known_without_a_code_still_make_frames(coder):
    # Light verbs the dictionary lacks are known, so the event noun they carry can code.
    for verb in ("renew", "seal"):
        assert coder.knows(verb)
        assert coder.code_of(verb) is None


def test_irregular_forms_are_known_only_through_a_known_verb(coder):
    assert coder.knows("retook") and coder.knows("overran")
    assert not coder.knows("rethought")  # "think" codes nothing, so neither does "rethought"
    assert base_form("withdrew", coder.knows) == "withdraw"
    assert base_form("sang", coder.knows) is None


def test_own_and_detached_verbs():
    verbs = load_verbs()
    assert verbs.entry("dominate").own and verbs.entry("dominate").block == "DESTROY"
    assert verbs.entry("link").block == ""  # left the dictionary's block altogether
    assert not verbs.entry("reject").own


@pytest.mark.parametrize(
    ("code", "category"),
    [("020", "REQUEST"), ("0253", "REQUEST"), ("100", "REQUEST"), ("010", None), ("086", "RETREAT")],
)
def test_appeals_are_plover_requests(code, category):
    assert plover_for(code) == category
