"""RDF stage: kg's vocabulary as code, and the IRI bases of everything kg mints.

``KGO`` lists every term of ``ontology/kg.ttl``; a typo raises (``_fail = True``) and a test checks
that the two agree.
"""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

__all__ = [
    "ACT",
    "ART",
    "BASE",
    "CAMEO",
    "EV",
    "GRAPH",
    "KGO",
    "MEN",
    "PLOVER",
    "PREFIXES",
    "PROV",
    "ROOT_PROPERTIES",
    "RUN",
    "SEM",
    "WD",
]

BASE = "https://w3id.org/kgnews/"


class KGO(DefinedNamespace):
    """The kg ontology (``ontology/kg.ttl``)."""

    _fail = True
    _NS = Namespace(BASE + "ontology#")

    # classes
    Event: URIRef
    Mention: URIRef
    Article: URIRef
    ExtractionRun: URIRef
    Actor: URIRef
    Country: URIRef
    Organization: URIRef
    ArmedGroup: URIRef
    Person: URIRef
    SectorActor: URIRef
    UnresolvedActor: URIRef
    # event properties
    source: URIRef
    target: URIRef
    action: URIRef
    verb: URIRef
    actionText: URIRef
    rootCode: URIRef
    quadClass: URIRef
    goldstein: URIRef
    plover: URIRef
    negated: URIRef
    modality: URIRef
    confidence: URIRef
    mention: URIRef
    mentionCount: URIRef
    place: URIRef
    # mention properties
    text: URIRef
    charStart: URIRef
    charEnd: URIRef
    sentenceIndex: URIRef
    sourceText: URIRef
    targetText: URIRef
    # article properties
    sourceFile: URIRef
    contentHash: URIRef
    author: URIRef
    siteName: URIRef
    # run properties
    kgVersion: URIRef
    spacyModel: URIRef
    spacyModelVersion: URIRef
    spacyVersion: URIRef
    # actor properties
    cameoCode: URIRef
    country: URIRef
    sector: URIRef
    affiliation: URIRef
    resolved: URIRef
    # PLOVER mapping and derived-shortcut annotations
    ploverContext: URIRef
    derivedFromRoot: URIRef
    # derived actor-to-actor shortcuts
    actedOn: URIRef
    madeStatementTo: URIRef
    appealedTo: URIRef
    expressedIntentToCooperateWith: URIRef
    consulted: URIRef
    cooperatedDiplomaticallyWith: URIRef
    cooperatedMateriallyWith: URIRef
    aided: URIRef
    yieldedTo: URIRef
    investigated: URIRef
    demanded: URIRef
    disapproved: URIRef
    rejected: URIRef
    threatened: URIRef
    protestedAgainst: URIRef
    postured: URIRef
    reducedRelationsWith: URIRef
    coerced: URIRef
    assaulted: URIRef
    fought: URIRef
    usedMassViolenceAgainst: URIRef


EV = Namespace(BASE + "event/")
MEN = Namespace(BASE + "mention/")
ACT = Namespace(BASE + "actor/")
ART = Namespace(BASE + "article/")
RUN = Namespace(BASE + "run/")
CAMEO = Namespace(BASE + "cameo/")
PLOVER = Namespace(BASE + "plover/")
GRAPH = Namespace(BASE + "graph/")
SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
PROV = Namespace("http://www.w3.org/ns/prov#")
WD = Namespace("http://www.wikidata.org/entity/")

#: Prefixes every kg query and serialisation may use without declaring them.
PREFIXES: dict[str, str] = {
    "kgo": str(KGO._NS),
    "ev": str(EV),
    "men": str(MEN),
    "act": str(ACT),
    "art": str(ART),
    "run": str(RUN),
    "cameo": str(CAMEO),
    "plover": str(PLOVER),
    "kgg": str(GRAPH),
    "sem": str(SEM),
    "prov": str(PROV),
    "wd": str(WD),
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "dcterms": "http://purl.org/dc/terms/",
}

#: CAMEO root → the derived shortcut property between source and target actors.
ROOT_PROPERTIES: dict[str, URIRef] = {
    "01": KGO.madeStatementTo,
    "02": KGO.appealedTo,
    "03": KGO.expressedIntentToCooperateWith,
    "04": KGO.consulted,
    "05": KGO.cooperatedDiplomaticallyWith,
    "06": KGO.cooperatedMateriallyWith,
    "07": KGO.aided,
    "08": KGO.yieldedTo,
    "09": KGO.investigated,
    "10": KGO.demanded,
    "11": KGO.disapproved,
    "12": KGO.rejected,
    "13": KGO.threatened,
    "14": KGO.protestedAgainst,
    "15": KGO.postured,
    "16": KGO.reducedRelationsWith,
    "17": KGO.coerced,
    "18": KGO.assaulted,
    "19": KGO.fought,
    "20": KGO.usedMassViolenceAgainst,
}
