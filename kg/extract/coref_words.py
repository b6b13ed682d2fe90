"""Extract stage, coreference: the word tables and small pure helpers the rules share."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from kg.actors.modifiers import HONORIFICS
from kg.datamodel import Actor
from kg.extract.spans import PEOPLE_NOUNS
from kg.extract.table import TokenTable, token_table

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = [
    "DESCRIPTION_WORDS",
    "STATIONING_VERBS",
    "How",
    "Mention",
    "Resolved",
    "Thing",
    "expletive",
    "first_name",
    "generic",
    "is_media",
    "names_and_title",
    "surname",
    "thing_at",
    "thing_of",
    "title_key",
]

How = Literal["name", "nested", "apposition", "pronoun", "description", "speaker", "implicit"]

_FIRST_PERSON = frozenset({"i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves"})
_MALE = frozenset({"he", "him", "his", "himself"})
_FEMALE = frozenset({"she", "her", "hers", "herself"})
_NEUTER = frozenset({"it", "its", "itself"})
_PLURAL = frozenset({"they", "them", "their", "theirs", "themselves"})
_REFLEXIVE = frozenset({"itself", "himself", "herself", "themselves", "myself", "ourselves"})
_MALE_TITLES = frozenset({"mr", "mr.", "sir", "king", "lord", "prince", "sheikh"})
_FEMALE_TITLES = frozenset({"ms", "ms.", "mrs", "mrs.", "miss", "madam", "dame", "queen", "lady", "princess"})
_DETERMINERS = frozenset({"the", "this", "that", "these", "those", "both"})
#: Head nouns of descriptions of organisations, groups, countries and governments.
_ORG_WORDS = frozenset({"alliance", "bloc", "union", "organisation", "organization", "body", "coalition"})
_GROUP_WORDS = frozenset({"group", "militant", "jihadist", "insurgent", "movement", "militia", "faction"})
_COUNTRY_WORDS = frozenset({"country", "nation", "state", "kingdom", "republic"})
_GOVERNMENT_WORDS = frozenset(
    {"government", "regime", "administration", "authority", "leadership", "cabinet"}
)
_SIDE_WORDS = frozenset({"side", "party", "country", "nation", "neighbour", "neighbor", "rival", "foe"})
#: Titles by which a person named earlier is referred to again ("the minister", "the president").
_TITLE_WORDS = frozenset(
    {
        "minister",
        "president",
        "premier",
        "chancellor",
        "secretary",
        "leader",
        "envoy",
        "ambassador",
        "spokesman",
        "spokeswoman",
        "chief",
        "commissioner",
        "general",
        "commander",
        "diplomat",
        "king",
        "queen",
        "prince",
        "emir",
        "official",
        "negotiator",
        "senator",
        "governor",
        "mayor",
        "monarch",
    }
)
#: Head nouns that can refer back to an actor named before ("the alliance", "the minister").
DESCRIPTION_WORDS = (
    _ORG_WORDS | _GROUP_WORDS | _COUNTRY_WORDS | _GOVERNMENT_WORDS | _SIDE_WORDS | _TITLE_WORDS
)
_WINDOW = 4
#: Verbs whose object forces are the subject's own wherever they are ("has troops in Syria",
#: "will withdraw them").
STATIONING_VERBS = frozenset(
    {"have", "keep", "deploy", "redeploy", "station", "send", "withdraw", "pull", "base", "maintain"}
)
#: Bodies that belong to an organisation or a parliament without being it ("a committee of MPs", "a UN
#: panel", "the inquiry"): "it" or "the body" after one of them is that body, not its parent.
_BODY_WORDS = frozenset(
    {"committee", "subcommittee", "panel", "inquiry", "commission", "council", "board", "tribunal", "court"}
)
#: Roles in which a noun phrase that names no actor can be what a later "it" or "they" stands for.
_THING_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "attr"})
#: Sectors of people a bare title ("the president") may refer back to.
_POLITICIANS = frozenset({"GOV", "ELI", "LEG", "PTY", "OPP"})
#: Titles of one person at a time in an article about politics ("the president", "the prime
#: minister"), unlike "the official" or "the minister", which may be anyone.
_HEAD_TITLES = frozenset(
    {"president", "prime minister", "premier", "chancellor", "king", "queen", "emir", "monarch", "pope"}
)
_PLACE_PREPS = frozenset({"in", "at", "near", "inside", "to", "into", "from", "across", "around", "outside"})
#: Words before a surname that are no first name ("Mr Barzani", "General Qasim").
_NAME_TITLES = HONORIFICS | _MALE_TITLES | _FEMALE_TITLES | _TITLE_WORDS | {"gen", "col", "the"}
#: Words that make a title a past one ("former president", "the late king", "then-premier").
_FORMER_WORDS = frozenset({"former", "ex", "late", "then", "erstwhile", "onetime", "one-time"})
_NOT_PEOPLE = frozenset(
    {
        "LOC",
        "GPE",
        "FAC",
        "EVENT",
        "DATE",
        "TIME",
        "LAW",
        "WORK_OF_ART",
        "PRODUCT",
        "NORP",
        "LANGUAGE",
        "MONEY",
    }
)
_ACTOR_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def names_and_title(head: Token, appos: Token) -> bool:
    """An apposition of a person's name and a title ("Saleh Gharib, the refugee minister"), not a
    list of bodies or places the parser read as one ("NATO and Russia, US Deputy Secretary ...")."""
    bodies = ("GPE", "ORG", "NORP")
    if head.ent_type_ in bodies or (appos.pos_ == "PROPN" and appos.ent_type_ in bodies):
        return False
    if not _next_to(head, appos):
        return False  # "Erdoğan's calls for a truce in Idlib, the last rebel stronghold": Idlib's
    return (
        head.ent_type_ == "PERSON"
        or appos.ent_type_ == "PERSON"
        or appos.pos_ == "NOUN"
        or head.pos_ == "NOUN"
    )


def _next_to(head: Token, appos: Token) -> bool:
    """Whether an apposition after its head follows the head's own phrase, with only punctuation
    between: one the parser hung on a name from a phrase further on describes someone or
    something else."""
    start = appos.left_edge.i
    if start <= head.i:
        return True
    table = token_table(head.doc)
    own = set(table.subtree(head.i)).difference(table.subtree(appos.i))
    punct = table.punct
    return all(punct[i] or i in own for i in range(head.i + 1, start))


def title_key(span: Span) -> str:
    """The title a noun phrase names, without its determiners ("the prime minister" → "prime minister")."""
    return " ".join(t.lemma_.lower() for t in span if t.lower_ not in _DETERMINERS)


def first_name(span: Span) -> bool:
    """Whether a capitalised word other than a title stands before the span's head ("Mustafa
    Barzani", not "Mr Barzani")."""
    root = span.root.i
    return any(t.i < root and t.text[:1].isupper() and t.lower_.rstrip(".") not in _NAME_TITLES for t in span)


def surname(token: Token) -> str:
    """The key a person's last name is remembered by ("al-Baghdadi" and "Baghdadi" alike)."""
    return token.lower_.removeprefix("al-")


def is_media(actor: Actor) -> bool:
    """A news outlet or agency (PLOVER's JRN sector; CAMEO writes it MED): it reports, it is not the
    organisation, the side or the target a sentence speaks of.

    Examples:
        >>> is_media(Actor("REUTERS", "Reuters", "organization", sector="JRN", cameo="GBRJRN"))
        True
        >>> is_media(Actor("org-x", "X Corp", "organization", sector="BUS", cameo="MNCUSAMED"))
        True
        >>> is_media(Actor("NATO", "NATO", "organization"))
        False
    """
    return actor.sector == "JRN" or (actor.cameo or "").endswith("MED")


def generic(actor: Actor) -> bool:
    """An actor of no particular country or body ("the prime minister" → ---GOV)."""
    return not actor.country and not actor.affiliation and actor.kind in ("sector", "person")


@dataclass(frozen=True, slots=True)
class Resolved:
    """An actor found for a noun phrase, the words that named it, and how it was found."""

    actor: Actor
    span: Span
    how: How


@dataclass(slots=True)
class Mention:
    actor: Actor
    sentence: int
    token: int
    subject: bool
    plural: bool
    title: frozenset[str]
    place: bool = False
    former: bool = False
    #: A subject or direct object (not a word inside another phrase).
    argument: bool = False


@dataclass(frozen=True, slots=True)
class Thing:
    """A noun phrase that names no actor ("the decision", "a call for a ceasefire", "a committee of
    MPs") where a pronoun or description may point back to it.

    ``owner`` is the token of its possessor ("its call": the one whose call it is), if any;
    ``body`` marks a committee, panel or inquiry, which "the body" may refer to.
    """

    sentence: int
    token: int
    subject: bool
    plural: bool
    dobj: bool
    owner: int | None = None
    body: bool = False


def thing_of(token: Token, sentence: int) -> Thing | None:
    """The thing a common noun names as a subject or object, if it can be no actor: not a word for
    people or bodies that the resolver may know ("officials", "the alliance"), not a named entity
    except a people ("the Kurds"). It counts only where no actor was found for it."""
    return thing_at(token_table(token.doc), token.i, sentence)


def thing_at(table: TokenTable, i: int, sentence: int) -> Thing | None:
    """:func:`thing_of` token ``i`` of a Doc's table (called for every noun: no Token made)."""
    pos, ent, dep, tag = table.pos[i], table.ent[i], table.dep[i], table.tag[i]
    people = pos == "PROPN" and ent == "NORP" and tag == "NNPS"
    if dep not in _THING_DEPS or not (people or (pos == "NOUN" and ent not in _ACTOR_ENTS)):
        return None  # but "the Kurds" the resolver may not know are someone "they" can stand for
    if dep == "attr" and not any(table.dep[c] == "expl" for c in table.children[table.head[i]]):
        return None  # "It is a regime with ...": says what something is; "there was a plan" names one
    lemma = table.lemma[i]
    body = lemma in _BODY_WORDS
    if not body and (lemma in PEOPLE_NOUNS or lemma in DESCRIPTION_WORDS):
        return None
    owner = next((c for c in table.children[i] if table.dep[c] == "poss"), None)
    subject = dep in ("nsubj", "nsubjpass")
    plural = tag in ("NNS", "NNPS")
    return Thing(sentence, i, subject, plural, dep == "dobj", owner, body)


#: Verbs an expletive "it" is the subject of ("it is clear that", "it seems", "it was not until").
_EXPLETIVE_VERBS = frozenset({"be", "seem", "appear", "remain", "become", "look", "emerge", "take"})


def expletive(token: Token) -> bool:
    """Whether "it" stands for nothing: the subject of a cleft ("it was Chile that protested"), of
    "be" or "seem" with a clause after it ("it seems that ...", "it is vital to act"), or tagged
    so by the parser."""
    if token.dep_ == "expl":
        return True
    verb = token.head
    if token.dep_ not in ("nsubj", "nsubjpass") or verb.lemma_.lower() not in _EXPLETIVE_VERBS:
        return False
    for child in verb.children:
        if child.i < token.i:
            continue
        if child.dep_ in ("ccomp", "csubj", "xcomp"):
            return True
        if child.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "that" for c in child.children):
            return True  # "it was not until May that ..."
        if child.dep_ in ("attr", "acomp") and any(
            c.dep_ in ("relcl", "ccomp", "xcomp") and c.i > child.i for c in child.children
        ):
            return True  # "it is Chile that protested", "it is clear that ..."
    return False
