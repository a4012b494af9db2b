"""People a member title names: «إدريس عمران، العضو في مجلس النواب الليبي», or «عضو Y X» where
Y is a body's mention of its own and X the next person (a title the person's mention takes in,
«عضو المكتب السياسي لحماس X», names an organ, not the body, and is left alone). The title says
the person sits in the body; no verb or member list is needed."""

from __future__ import annotations

import re

from kg.normalize import normalize
from kg.types import Entity, Mention

# folded: «عضو», «وعضو», «العضو في», «عضوة»; right before the body's name
_TITLE_BEFORE = re.compile(r"(?:^|\s)و?(?:ال)?عضو(?:ه)?(?:\s+في)?\s*$")
# after the person: «X، العضو في Y», «X، عضو Y»
_TITLE_AFTER = re.compile(r"\s*[،,]\s*(?:ال)?عضو(?:ه)?(?:\s+في)?\s*")
# between the body and the person: nothing, or the body's one adjective («الليبي»)
_ADJECTIVE = re.compile(r"\s*(?:ال\w+)?\s*")


def members_titled(text: str, body: Mention, people: list[Mention]) -> list[Entity]:
    """The person a member title puts in `body`: named right after «عضو <body>», or right
    before «، العضو في <body>»."""
    folded_before = normalize(text[max(0, body.start - _REACH) : body.start])
    if _TITLE_BEFORE.search(folded_before):
        after = [m for m in people if m.start >= body.end]
        first = min(after, key=lambda m: m.start, default=None)
        if first is not None and _ADJECTIVE.fullmatch(normalize(text[body.end : first.start])):
            return [first.entity]
    before = [m for m in people if m.end <= body.start]
    last = max(before, key=lambda m: m.end, default=None)
    if last is not None and _TITLE_AFTER.fullmatch(normalize(text[last.end : body.start])):
        return [last.entity]
    return []


_REACH = 12  # characters before the body: «والعضو في »
