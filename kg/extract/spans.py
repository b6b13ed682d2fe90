"""Extract stage: noun phrases that can name actors, and the actors nested inside them."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from spacy.strings import get_string_id
from spacy.tokens import Span

from kg.extract.table import TokenTable, token_table

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = [
    "NP_DEPS",
    "PEOPLE_NOUNS",
    "PLACE_NOUNS",
    "AGENT_NOUNS",
    "conjunct_indices",
    "conjuncts",
    "is_pronoun",
    "listed",
    "nested_actor_indices",
    "nested_actor_tokens",
    "noun_phrase",
    "phrase_bounds",
    "phrase_words",
]

#: Children that belong to the name of an actor ("US Deputy Secretary of State Wendy Sherman").
NP_DEPS = frozenset({"compound", "amod", "nmod", "poss", "case", "det", "nummod", "quantmod"})
_NAME_PREPS = frozenset({"of"})
_TIME_ENTS = frozenset({"DATE", "TIME"})

#: Nouns for people or bodies acting for an actor: a nationality adjective on them names the actor
#: ("Russian diplomats"), unlike on abstract nouns ("Ukrainian admission").
PEOPLE_NOUNS = frozenset(
    {
        "official",
        "diplomat",
        "minister",
        "leader",
        "government",
        "authority",
        "force",
        "troop",
        "soldier",
        "army",
        "military",
        "police",
        "navy",
        "president",
        "envoy",
        "negotiator",
        "delegation",
        "ambassador",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "aircraft",
        "plane",
        "warplane",
        "jet",
        "drone",
        "militia",
        "fighter",
        "rebel",
        "militant",
        "insurgent",
        "protester",
        "demonstrator",
        "regime",
        "administration",
        "ministry",
        "court",
        "parliament",
        "lawmaker",
        "politician",
        "counterpart",
        "side",
        "unit",
        "ship",
        "warship",
        "tank",
        "artillery",
        "agent",
        "intelligence",
        "commander",
        "general",
        "officer",
        "security",
        "guard",
        "coalition",
        "state",
        "people",
        "citizen",
        "national",
        "civilian",
        "refugee",
        "opposition",
        "group",
        "company",
        "firm",
        "media",
        "team",
        "investigator",
        "prosecutor",
        "judge",
        "partner",
        "ally",
        "prisoner",
        "detainee",
        "hostage",
        "captive",
        "worker",
        "student",
        "migrant",
        "journalist",
        "activist",
        "dissident",
        "protestor",
        "returnee",
        "inspector",
        "observer",
        "peacekeeper",
        "delegate",
        "representative",
        "member",
        "staff",
        "personnel",
        "operative",
        "jihadist",
        "separatist",
        "loyalist",
        "settler",
        "opponent",
        "supporter",
        "militiaman",
        "gunman",
        "sailor",
        "pilot",
        "marine",
        "paramilitary",
        "candidate",
        "party",
        "man",
        "woman",
        "boy",
        "girl",
        "businessman",
        "missionary",
        "doctor",
        "voter",
        "tanker",
        "vessel",
        "boat",
        "embassy",
        "consulate",
        "convoy",
        "airliner",
        "airbase",
        "base",
        "mission",
        "outpost",
    }
)


#: Nouns for places: a nationality or a name in them names the country that holds them ("Iraqi
#: towns", "the province of Idlib").
PLACE_NOUNS = frozenset(
    {
        "town",
        "city",
        "village",
        "province",
        "region",
        "capital",
        "territory",
        "area",
        "district",
        "border",
        "port",
        "enclave",
        "stronghold",
        "camp",
        "position",
        "airport",
        "island",
        "coast",
        "countryside",
        "neighbourhood",
        "outskirts",
        "state",
        "republic",
        "soil",
        "waters",
        "airspace",
    }
)


#: Nouns of acts whose nationality word names who acts ("the Turkish invasion", "Russian strikes").
AGENT_NOUNS = frozenset(
    {
        "invasion",
        "attack",
        "offensive",
        "occupation",
        "strike",
        "airstrike",
        "assault",
        "bombing",
        "bombardment",
        "incursion",
        "intervention",
        "crackdown",
        "campaign",
        "operation",
        "aggression",
        "annexation",
        "blockade",
        "siege",
        "deployment",
        "involvement",
        "interference",
        "policy",
        "decision",
        "threat",
        "claim",
        "demand",
        "proposal",
    }
)
#: Nouns for someone's partners or foes abroad: the possessor is the other side ("Iran's allies");
#: supporters and opponents of a leader are mostly the leader's own people ("supporters of Ben Bella").
_RELATION_NOUNS = frozenset({"ally", "backer", "sponsor", "patron", "proxy", "enemy", "foe", "rival"})
_HOLDING = frozenset({"hold", "control", "occupy", "seize", "capture", "run", "besiege", "retake"})


def noun_phrase(token: Token) -> Span:
    """The span naming ``token``'s noun phrase: its modifiers and ``of`` phrases, no clauses.

    Conjuncts, relative clauses, appositions and other prepositions are left out, so
    "NATO and Russia" gives "NATO" for the first token.
    """
    doc = token.doc
    start, end = phrase_bounds(token_table(doc), token.i)
    return Span(doc, start, end)  # as ``doc[start:end]``, without its checks of the bounds


def phrase_bounds(t: TokenTable, i: int) -> tuple[int, int]:
    """The start and end of :func:`noun_phrase` of token ``i`` (worked out once per token)."""
    found = t.phrases.get(i)
    if found is not None:
        return found
    dep, ent, children, lower, pos = t.dep, t.ent, t.children, t.lower, t.pos
    if not children[i]:
        found = t.phrases[i] = (i, i + 1)  # a word with no modifiers: the phrase is the word
        return found
    keep = {i}
    stack = [i]
    while stack:
        h = stack.pop()
        for c in children[h]:
            d = dep[c]
            if d == "compound" and ent[c] in _TIME_ENTS and ent[h] not in _TIME_ENTS:
                continue  # "In September Turkey …": a date the parser glued to the name
            if (
                d in NP_DEPS
                or (d == "prep" and lower[c] in _NAME_PREPS and pos[h] == "PROPN")
                or d == "pobj"
                and dep[h] == "prep"
                and h in keep
            ):
                keep.add(c)
                stack.append(c)
    start, end = min(keep), max(keep) + 1
    # Keep the span contiguous and drop punctuation and quotes at its edges.
    punct, quote = t.punct, t.quote
    while start < end - 1 and (punct[start] or quote[start]):
        start += 1
    while end - 1 > start and (punct[end - 1] or quote[end - 1]):
        end -= 1
    found = t.phrases[i] = (start, end)
    return found


def phrase_words(token: Token) -> list[str]:
    """Lemmas and lower-cased forms of the words of ``token``'s noun phrase (for pattern matching)."""
    t = token_table(token.doc)
    start, end = phrase_bounds(t, token.i)
    lemma, lower, punct = t.lemma, t.lower, t.punct
    if end == start + 1:  # a phrase of one word
        return [] if punct[start] else [lemma[start], lower[start]]
    words = []
    for j in range(start, end):
        if not punct[j]:
            words.append(lemma[j])
            words.append(lower[j])
    return words


_LIST_ENTS = frozenset({"GPE", "ORG", "NORP"})


def conjuncts(token: Token) -> list[Token]:
    """The token and the tokens coordinated with it ("NATO and Russia").

    A list the parser took for an apposition ("The US, Russia, and Switzerland": Russia as an
    apposition of US) counts as coordination when both sides are names of places or bodies.
    """
    doc = token.doc
    return [doc[j] for j in conjunct_indices(token_table(doc), token.i)]


def conjunct_indices(t: TokenTable, i: int) -> list[int]:
    """:func:`conjuncts` of token ``i``, as indices."""
    out = [i, *t.conjuncts(i)]
    if t.ent[i] in _LIST_ENTS:
        dep, ent, pos = t.dep, t.ent, t.pos
        for c in t.children[i]:
            if dep[c] == "appos" and ent[c] in _LIST_ENTS and pos[c] == "PROPN":
                out.extend(j for j in (c, *t.conjuncts(c)) if j not in out)
    return out


def listed(token: Token) -> list[Token]:
    """The token and its conjuncts, without a conjunct that is really the next clause's subject.

    Small parsers hang the subject of the main clause on a fronted phrase's last noun
    ("Following the talks between A and B, Minister C warned …": C becomes a conjunct of A).
    A conjunct after a comma that ends right before a verb is that subject, not part of the list.
    """
    doc = token.doc
    out = [token]
    for c in token.conjuncts:
        after = c.right_edge.i + 1
        before = c.left_edge.i - 1
        if (
            after < len(doc)
            and doc[after].pos_ in ("AUX", "VERB")
            and before >= 0
            and doc[before].text == ","
            and not any(t.lower_ in ("and", "or") for t in doc[before - 1 : before + 1])
        ):
            continue
        out.append(c)
    return out


#: The ids of the part of speech and the tags of personal and possessive pronouns.
_PRON = get_string_id("PRON")
_PRONOUN_TAGS = frozenset({get_string_id("PRP"), get_string_id("PRP$")})


def is_pronoun(token: Token) -> bool:
    """A personal or possessive pronoun ("it", "they", "she", "its", "we")."""
    return token.pos == _PRON or token.tag in _PRONOUN_TAGS  # pos_ "PRON" or tag_ "PRP"/"PRP$", by id


def nested_actor_tokens(token: Token) -> Iterator[Token]:
    """Tokens inside a non-actor noun phrase that may name the actor it belongs to.

    "Moscow's demands" → Moscow; "demands of Russia" → Russia; "Russian diplomats" → Russian
    (nationality words only on nouns for people or bodies, not on "Ukrainian admission").
    """
    doc = token.doc
    for j in nested_actor_indices(token_table(doc), token.i):
        yield doc[j]


_NATIONAL_ENTS = frozenset({"NORP", "GPE", "ORG"})
_MODIFIERS = frozenset({"amod", "compound", "nmod"})


def nested_actor_indices(t: TokenTable, i: int) -> list[int]:
    """:func:`nested_actor_tokens` of token ``i``, as indices."""
    lemma = t.lemma[i]
    if lemma in _RELATION_NOUNS:
        return []  # "the regime and its backers", "Assad's allies": the possessor's partners, not it
    dep, ent, children = t.dep, t.ent, t.children
    kids = children[i]
    found: list[int] = []
    if lemma in AGENT_NOUNS:
        # "condemned the Ruritanian occupation of the valley": the occupier is the one condemned.
        found.extend(c for c in kids if dep[c] in _MODIFIERS and ent[c] in _NATIONAL_ENTS)
    found.extend(c for c in kids if dep[c] == "poss")
    for c in kids:
        if dep[c] == "prep" and t.lower[c] in ("of", "from", "by"):
            found.extend(g for g in children[c] if dep[g] == "pobj")
    if lemma in PLACE_NOUNS:
        # "towns held by the armed group": the place's holder.
        for c in kids:
            if dep[c] == "acl" and t.lemma[c] in _HOLDING:
                for agent in children[c]:
                    if dep[agent] == "agent":
                        found.extend(g for g in children[agent] if dep[g] == "pobj")
    if lemma in PEOPLE_NOUNS:
        found.extend(c for c in kids if dep[c] in _MODIFIERS and ent[c] in _NATIONAL_ENTS)
    return found
