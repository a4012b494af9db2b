"""The toy's one rule: «A met B», A and B two of the names it knows, is a meeting."""

from itertools import pairwise

from spacy.language import Language
from spacy.tokens import Doc

from kg.types import Entity, Event, Evidence, Mention

NAMES = {
    "egypt": Entity("toy-egypt", "State", "Egypt", lang="en"),
    "turkey": Entity("toy-turkey", "State", "Turkey", lang="en"),
    "hamas": Entity("toy-hamas", "Organization", "Hamas", lang="en"),
}
TRIGGER = "met"


@Language.component("toy_met")
def meetings(doc: Doc) -> Doc:
    for sentence in doc.sents:
        found = [
            (token, NAMES[doc._.folded[token.i]])
            for token in sentence
            if doc._.folded[token.i] in NAMES
        ]
        doc._.mentions += [
            Mention(*doc._.offsets[token.i], entity, "alias", 1.0) for token, entity in found
        ]
        for (first, host), (second, guest) in pairwise(found):
            between = doc._.folded[first.i + 1 : second.i]
            if between == [TRIGGER]:
                trigger = doc._.offsets[first.i + 1]
                span = doc._.offsets[sentence.start][0], doc._.offsets[sentence.end - 1][1]
                evidence = Evidence(doc._.article.doc_id, *span, *trigger)
                doc._.events.append(Event("Meeting", ((host,), (guest,)), evidence, 0.9, "toy-met"))
    return doc
