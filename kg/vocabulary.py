"""kg's ontology as a closed rdflib namespace: a term not in ontology/kg.ttl raises.

Written by scripts/vocabulary.py from ontology/kg.ttl; do not edit by hand.
"""

from rdflib.namespace import DefinedNamespace, Namespace
from rdflib.term import URIRef


class KG(DefinedNamespace):
    """Terms of https://w3id.org/arabic-news-kg/ontology#"""

    _fail = True
    _NS = Namespace("https://w3id.org/arabic-news-kg/ontology#")

    # What the decision does: "reject", "link", "unlink", "merge" or "rename".
    action: URIRef
    # Anyone who can act in the news: a person, a state, an organisation or a group.
    Actor: URIRef
    # A node the decision changed: an entity it linked, unlinked, renamed or merged (the merged
    # one is gone from the graph), or a fact it rejected (gone too) and the entities of that fact.
    affects: URIRef
    # An organisation or a group: what convenes meetings and has members.
    Body: URIRef
    # A Wikidata item this unlinked entity may be.
    candidate: URIRef
    # Joining a legal case
    CaseJoining: URIRef
    # City
    City: URIRef
    # How sure the extractor is, in [0, 1].
    confidence: URIRef
    # The group or organisation whose meeting, summit or session it was (it met, or hosted it).
    convener: URIRef
    # When the event happened: xsd:date, or xsd:gYearMonth / xsd:gYear when the text gives only a
    # month or a year.
    date: URIRef
    # "text" when the date was read from the sentence, "publication" when only the article's
    # publication date dates the event.
    dateBasis: URIRef
    # The place an agency dateline names at the head of the article («القاهرة - أ ش أ»): where the
    # report was filed, not necessarily where its events happened.
    dateline: URIRef
    # A correction an analyst made in the curation file beside the input (reject a fact, link,
    # unlink, merge, rename), applied by every `kg build`: who (prov:wasAttributedTo), when
    # (dcterms:created), why (rdfs:comment) and what it changed (kg:affects).
    Decision: URIRef
    # defendant
    defendant: URIRef
    # News document
    Document: URIRef
    # Character offset (exclusive) where the evidence ends in the document text.
    end: URIRef
    # End of a date range («من 28 أبريل إلى 2 مايو»; kg:date is its start), or of an office held
    # (kg:startDate is its start).
    endDate: URIRef
    # An n-ary event read from one or more sentences; it carries participants, place, date,
    # confidence and provenance.
    Event: URIRef
    # The extracted event a reified binary fact (rdf:Statement) was read from.
    event: URIRef
    # The sentence and character span of a document that a fact was read from.
    Evidence: URIRef
    # evidence
    evidence: URIRef
    # file name
    fileName: URIRef
    # A diplomatic coalition of states, such as a contact group.
    Group: URIRef
    # group
    group: URIRef
    # A group or organisation convened or hosted a meeting, summit or session in a place.
    heldMeetingIn: URIRef
    # holder
    holder: URIRef
    # The Wikidata item a link candidate proposes.
    item: URIRef
    # joined case
    joinedCase: URIRef
    # A case before a court, such as a contentious case or an advisory procedure at the ICJ.
    LegalCase: URIRef
    # legal case
    legalCase: URIRef
    # A Wikidata item `kg link` found for an unlinked entity but could not choose with confidence;
    # kept, with its score and labels, for a person to decide.
    LinkCandidate: URIRef
    # linked to Wikidata
    Linked: URIRef
    # How well a Wikidata item fits an entity, in [0, 1]: on a linked entity the score of its
    # link, on a link candidate the candidate's score (name match, kind, co-occurring countries,
    # popularity).
    linkScore: URIRef
    # How the Wikidata ID was found: "table" (the curated knowledge base), "kb-update" (the tables
    # `kg kb update` read from Wikidata), "role" (an office held at the article's date), or, by
    # `kg link`, "kb" (a local table) or "online" (a lookup on a SPARQL endpoint), or "curation"
    # (an analyst's decision, kg curate link).
    linkSource: URIRef
    # Wikidata link status
    LinkStatus: URIRef
    # link status
    linkStatus: URIRef
    # location
    location: URIRef
    # Meeting
    Meeting: URIRef
    # member of
    memberOf: URIRef
    # Membership
    Membership: URIRef
    # met
    met: URIRef
    # How a meeting was reported when it did not take place face to face: "phone" (a call),
    # "planned" (announced, expected, future), "denied" (denied or negated) or "unconfirmed" (said
    # to be possible or uncertain). Such a meeting states no kg:met.
    modality: URIRef
    # An event with a name of its own (a forum, a plan, an agreement).
    NamedEvent: URIRef
    # office
    office: URIRef
    # Organization
    Organization: URIRef
    # participant
    participant: URIRef
    # Person
    Person: URIRef
    # Place
    Place: URIRef
    # plaintiff
    plaintiff: URIRef
    # The state or body a person's title in the article names («وزير الخارجية التركي» → Turkey,
    # «رئيس المكتب السياسي لحركة حماس» → Hamas), also when no name or Wikidata item is known for
    # the person.
    represents: URIRef
    # The office statement through which a title in an article was resolved to this person.
    resolvedByRole: URIRef
    # Who held an office from when to when (Wikidata P39 with P580/P582); a title in the text
    # («رئيس جهاز الاستخبارات التركي») names the holder on the article's date.
    RoleStatement: URIRef
    # extractor rule
    rule: URIRef
    # sentence
    sentence: URIRef
    # Character offset (Unicode code points) where the evidence starts in the document text.
    start: URIRef
    # start date
    startDate: URIRef
    # A sovereign state (Wikidata Q3624078), also when news names it by its capital.
    State: URIRef
    # Territory
    Territory: URIRef
    # No Wikidata ID could be justified for this entity; it is kept with its Arabic label.
    Unlinked: URIRef
