"""Extract stage: noun phrases that can name actors, and the actors nested inside them."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = [
    "NP_DEPS",
    "PEOPLE_NOUNS",
    "PLACE_NOUNS",
    "AGENT_NOUNS",
    "conjuncts",
    "is_pronoun",
    "listed",
    "nested_actor_tokens",
    "noun_phrase",
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
    keep = {token.i}
    stack = [token]
    while stack:
        t = stack.pop()
        for child in t.children:
            dep = child.dep_
            if dep == "compound" and child.ent_type_ in _TIME_ENTS and t.ent_type_ not in _TIME_ENTS:
                continue  # "In September Turkey …": a date the parser glued to the name
            if (
                dep in NP_DEPS
                or (dep == "prep" and child.lower_ in _NAME_PREPS and t.pos_ == "PROPN")
                or dep == "pobj"
                and t.dep_ == "prep"
                and t.i in keep
            ):
                keep.add(child.i)
                stack.append(child)
    start, end = min(keep), max(keep) + 1
    # Keep the span contiguous and drop punctuation and quotes at its edges.
    while start < end - 1 and (doc[start].is_punct or doc[start].is_quote):
        start += 1
    while end - 1 > start and (doc[end - 1].is_punct or doc[end - 1].is_quote):
        end -= 1
    return doc[start:end]


def phrase_words(token: Token) -> list[str]:
    """Lemmas and lower-cased forms of the words of ``token``'s noun phrase (for pattern matching)."""
    span = noun_phrase(token)
    words = []
    for t in span:
        if not t.is_punct:
            words.append(t.lemma_.lower())
            words.append(t.lower_)
    return words


_LIST_ENTS = frozenset({"GPE", "ORG", "NORP"})


def conjuncts(token: Token) -> list[Token]:
    """The token and the tokens coordinated with it ("NATO and Russia").

    A list the parser took for an apposition ("The US, Russia, and Switzerland": Russia as an
    apposition of US) counts as coordination when both sides are names of places or bodies.
    """
    out = [token, *token.conjuncts]
    if token.ent_type_ in _LIST_ENTS:
        for child in token.children:
            if child.dep_ == "appos" and child.ent_type_ in _LIST_ENTS and child.pos_ == "PROPN":
                out.extend(t for t in (child, *child.conjuncts) if t not in out)
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


def is_pronoun(token: Token) -> bool:
    """A personal or possessive pronoun ("it", "they", "she", "its", "we")."""
    return token.pos_ == "PRON" or token.tag_ in ("PRP", "PRP$")


def nested_actor_tokens(token: Token) -> Iterator[Token]:
    """Tokens inside a non-actor noun phrase that may name the actor it belongs to.

    "Moscow's demands" → Moscow; "demands of Russia" → Russia; "Russian diplomats" → Russian
    (nationality words only on nouns for people or bodies, not on "Ukrainian admission").
    """
    if token.lemma_.lower() in _RELATION_NOUNS:
        return  # "the regime and its backers", "Assad's allies": the possessor's partners, not it
    if token.lemma_.lower() in AGENT_NOUNS:
        # "condemned the Ruritanian occupation of the valley": the occupier is the one condemned.
        for child in token.children:
            if child.dep_ in ("amod", "compound", "nmod") and child.ent_type_ in ("NORP", "GPE", "ORG"):
                yield child
    for child in token.children:
        if child.dep_ == "poss":
            yield child
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in ("of", "from", "by"):
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    yield grandchild
    if token.lemma_.lower() in PLACE_NOUNS:
        # "towns held by the armed group": the place's holder.
        for child in token.children:
            if child.dep_ == "acl" and child.lemma_.lower() in _HOLDING:
                for agent in child.children:
                    if agent.dep_ == "agent":
                        yield from (g for g in agent.children if g.dep_ == "pobj")
    if token.lemma_.lower() in PEOPLE_NOUNS:
        for child in token.children:
            if child.dep_ in ("amod", "compound", "nmod") and child.ent_type_ in ("NORP", "GPE", "ORG"):
                yield child
