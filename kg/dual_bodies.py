"""Bodies named after a body word in the dual («حركتي فتح وحماس»): each name is read with the
word's singular («حركة فتح», «حركة حماس»), so a name that is an ordinary word alone («فتح»)
is the body the tables know by that longer name."""

from __future__ import annotations

import re
from collections.abc import Callable

from kg.gazetteer import overlaps
from kg.lang.ar.words import DUAL_BODY_WORDS
from kg.normalize import normalize
from kg.schema import BODIES
from kg.types import Entity, Mention

# the dual word, then two names joined by «و» (glued or apart), one word each
_TWO_NAMES = re.compile(r"(?<!\w)(\w+)\s+(\w+)\s+و\s*(\w+)")


def dual_body_names(
    text: str,
    start: int,
    end: int,
    taken: list[Mention],
    named: Callable[[str], tuple[Entity, ...]],
) -> list[Mention]:
    """The two bodies a dual body word names, each when the tables know exactly one body by
    the singular and the name together."""
    spans = [(m.start, m.end) for m in taken]
    found = []
    for match in _TWO_NAMES.finditer(text, start, end):
        singular = DUAL_BODY_WORDS.get(normalize(match.group(1)).removeprefix("و"))
        if singular is None:
            continue
        for group in (2, 3):
            span = match.span(group)
            bodies = [e for e in named(f"{singular} {match.group(group)}") if e.type in BODIES]
            if len(bodies) == 1 and not overlaps(span, spans):
                found.append(Mention(*span, bodies[0], "dual-body", 0.85))
    return found
