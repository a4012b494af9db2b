"""News files to `Article`s: decoding, publication date, page furniture, «إقرأ أيضاً» tails.

News pages pasted into text files carry lines that are not the article: copyright notices,
newsletter prompts, author blurbs, tag lists. They are left out of the article's regions
(the text itself is kept whole, so offsets still point into the file). Everything after a
«اقرأ أيضاً» marker is another article, with no publication date of its own.

A file is checked before it is read: only a regular file no larger than the size limit is
read (a FIFO would block, /dev/zero never ends, a huge file takes memory that grows with it).
UTF-8 (with or without a BOM) is read as is; UTF-16 with a BOM and Windows-1256 (common for
Arabic; taken only when the bytes are not UTF-8 and read as mostly Arabic letters) are decoded
and noted in `Article.read_as`. A saved HTML page is reduced to its article text by
trafilatura, whose metadata gives the publication date; its offsets point into that text.
"""

from __future__ import annotations

import codecs
import datetime
import hashlib
import os
import re
import stat
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path

from kg.dates import (
    date_alone,
    dated_today,
    day_and_month,
    parse_publication_date,
    year_by_weekday,
)
from kg.errors import InputError, UnreadableArticle
from kg.lang import LanguageDefaults, get
from kg.types import Article, Skipped

_DATE_PREFIX = re.compile(r"^\s*date\s*[:=]?\s*(\d{4}-\d{2}-\d{2})\s*", re.IGNORECASE)
_HEADER_MAX_WORDS = 8
_HEADER_MAX_LINES = 3  # a date line counts as the page's header only near the top
_LEAD_LINES = 3  # the headline, a section line, the lead: where «اليوم» dates the story
DEFAULT_MAX_ARTICLE_BYTES = 5_000_000  # `kg build --max-article-bytes`


def article_files(folder: Path) -> list[Path]:
    """The ``*.txt`` files of `folder`, in name order; `InputError` when there are none."""
    if not folder.exists():
        raise InputError(f"input folder {folder} does not exist")
    if not folder.is_dir():
        raise InputError(f"{folder} is not a folder: give a folder of .txt articles")
    files = sorted(folder.glob("*.txt"))
    if not files:
        raise InputError(f"no .txt articles in {folder}")
    return files


def read_folder(
    folder: Path, max_bytes: int = DEFAULT_MAX_ARTICLE_BYTES, language: str | None = None
) -> Iterator[Article | Skipped]:
    """Articles of every ``*.txt`` file in `folder`, in name order; unreadable ones as `Skipped`.
    They are read as news in `language` (a code of kg.lang; default: the configured one)."""
    return read_files(article_files(folder), max_bytes, language)


def read_files(
    files: Iterable[Path], max_bytes: int = DEFAULT_MAX_ARTICLE_BYTES, language: str | None = None
) -> Iterator[Article | Skipped]:
    """The articles of `files`, in their order, read as news in `language`; unreadable ones
    as `Skipped`."""
    for path in files:
        try:
            yield from read_file(path, max_bytes, language)
        except UnreadableArticle as error:
            yield Skipped(path.name, str(error))


def read_file(
    path: Path, max_bytes: int = DEFAULT_MAX_ARTICLE_BYTES, language: str | None = None
) -> list[Article]:
    """The article(s) of one file; `UnreadableArticle` for a file that is not a regular file,
    is over `max_bytes`, is binary, empty, or in an encoding kg cannot tell."""
    return articles_from_bytes(path.name, _read_bounded(path, max_bytes), language)


def _read_bounded(path: Path, max_bytes: int) -> bytes:
    """The bytes of `path`, checked before they are read. The file is opened without blocking
    (a FIFO with no writer would block the open) and must be a regular file (a device such as
    /dev/zero never ends) of at most `max_bytes`; no more than that is read even if it grows."""
    try:
        descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
        with os.fdopen(descriptor, "rb") as handle:
            info = os.fstat(descriptor)
            if not stat.S_ISREG(info.st_mode):
                kind = _kind(info.st_mode)
                raise UnreadableArticle(f"{path.name} is not a regular file ({kind})")
            size = info.st_size
            if size <= max_bytes:
                data = handle.read(max_bytes + 1)
                size = len(data)
    except OSError as error:
        raise UnreadableArticle(f"cannot read {path.name}: {error.strerror}") from error
    if size > max_bytes:
        raise UnreadableArticle(
            f"{path.name} is {size:,} bytes, over the {max_bytes:,}-byte limit for one article: "
            "raise --max-article-bytes to read it"
        )
    return data


def _kind(mode: int) -> str:
    kinds = {
        stat.S_ISFIFO: "a FIFO",
        stat.S_ISCHR: "a character device",
        stat.S_ISBLK: "a block device",
        stat.S_ISDIR: "a folder",
        stat.S_ISSOCK: "a socket",
    }
    return next((name for test, name in kinds.items() if test(mode)), "not a file")


def articles_from_bytes(source: str, data: bytes, language: str | None = None) -> list[Article]:
    defaults = get(language)
    text, read_as = _decode(source, data, defaults)
    html_date = None
    if _HTML.match(text):
        text, html_date = _html_article(source, text)
        read_as = ", ".join(filter(None, ("HTML", read_as)))
    if not _mostly_letters_of(defaults, text):
        name = defaults.name
        raise UnreadableArticle(
            f"{source} is not {name} (most of its letters are not {name}): kg reads {name} news"
        )
    digest = hashlib.sha256(data).hexdigest()[:16]
    split = defaults.pages.read_also.search(defaults.folder(text))
    main_end = len(text) if split is None else _folded_to_original(defaults, text, split.start())
    articles = []
    main = _article(defaults, digest, source, text, 0, main_end, find_published=True)
    if main is not None:
        articles.append(replace(main, published=html_date or main.published))
    if split is not None:
        tail_start = _folded_to_original(defaults, text, split.end())
        tail = _article(
            defaults, f"{digest}-2", source, text, tail_start, len(text), find_published=False
        )
        if tail is not None:
            articles.append(replace(tail, published=None, parent_id=digest))
    if not articles:
        raise UnreadableArticle(f"{source} has no article text")
    return [replace(article, read_as=read_as) for article in articles]


def _decode(source: str, data: bytes, defaults: LanguageDefaults) -> tuple[str, str | None]:
    """The text of `data`, and the encoding it was read from when that is not UTF-8."""
    if not data.strip():
        raise UnreadableArticle(f"{source} is empty")
    read_as = None
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text, read_as = data.decode("utf-16"), "UTF-16"
        except UnicodeDecodeError as error:
            raise UnreadableArticle(
                f"{source} starts as UTF-16 but is not UTF-16 text (byte {error.start})"
            ) from error
    elif b"\x00" in data:
        raise UnreadableArticle(
            f"{source} is a binary file, not UTF-8 text (nor UTF-16 with a byte-order mark)"
        )
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            legacy = defaults.pages.legacy_encoding
            text = _legacy(defaults, data)
            if text is None:
                raise UnreadableArticle(_not_utf8(source, error.start, defaults)) from error
            read_as = legacy and legacy[1]
    if not any(char.isalpha() for char in text):
        raise UnreadableArticle(f"{source} has no text")
    return text, read_as


def _legacy(defaults: LanguageDefaults, data: bytes) -> str | None:
    """`data` read in the language's 8-bit encoding (Windows-1256 for Arabic), when most of
    the letters that gives are the language's; bytes of another 8-bit encoding (Latin-1
    French, say) give mostly other letters."""
    if defaults.pages.legacy_encoding is None:
        return None
    try:
        text = data.decode(defaults.pages.legacy_encoding[0])
    except UnicodeDecodeError:
        return None
    return text if _mostly_letters_of(defaults, text) else None


def _not_utf8(source: str, byte: int, defaults: LanguageDefaults) -> str:
    legacy = defaults.pages.legacy_encoding
    if legacy is None:
        return (
            f"{source} is not UTF-8 text (byte {byte}): convert it to UTF-8 from its own encoding"
        )
    return (
        f"{source} is not UTF-8 text (byte {byte}) and does not read as "
        f"{defaults.name} in {legacy[1]}: convert it to UTF-8 from its own encoding, "
        f"iconv -f ENCODING -t UTF-8 (e.g. iconv -f {legacy[1].upper()} -t UTF-8)"
    )


def _mostly_letters_of(defaults: LanguageDefaults, text: str) -> bool:
    """Whether most of the letters of `text` are of the language's script (a name or a link
    in Latin letters is common in Arabic news; an English or French article is not Arabic
    news)."""
    letters = [char for char in text if char.isalpha()]
    own = len(defaults.pages.letters.findall("".join(letters)))
    return bool(letters) and own > len(letters) / 2


# A page saved from a browser or fetched by a crawler, not text pasted from one.
_HTML = re.compile(r"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)[\s>]", re.I | re.S)


def _html_article(source: str, page: str) -> tuple[str, datetime.date | None]:
    """The article text of an HTML page (menus, scripts, related links and comments left out)
    and the publication date its metadata gives, by trafilatura."""
    import trafilatura

    found = trafilatura.bare_extraction(page, with_metadata=True, include_comments=False)
    if found is None or not (found.text or "").strip():
        raise UnreadableArticle(f"{source} is an HTML page with no article text kg could find")
    try:
        published = datetime.date.fromisoformat(found.date) if found.date else None
    except ValueError:
        published = None
    return found.text, published


def _folded_to_original(defaults: LanguageDefaults, text: str, folded_index: int) -> int:
    """Offset in `text` of the character at `folded_index` in the folded text."""
    count = 0
    for index, char in enumerate(text):
        if count >= folded_index:
            return index
        count += len(defaults.folder(char))
    return len(text)


def _article(
    defaults: LanguageDefaults,
    doc_id: str,
    source: str,
    text: str,
    start: int,
    end: int,
    find_published: bool,
) -> Article | None:
    """The article in text[start:end]: its body lines, title and publication date."""
    regions: list[tuple[int, int]] = []
    turns: list[tuple[str, int, int]] = []
    published = None
    title = None
    dateline = None
    day_month = None
    speakers = _speakers(text, start, end)
    for line_start, line_end in _lines(text, start, end):
        line = text[line_start:line_end]
        if defaults.pages.furniture.search(defaults.folder(line)):
            continue
        turn = _SPEAKER.match(line)
        if turn is not None and turn.group(1) in speakers:
            # «العبادي: وزير الخارجية … التقى …»: a transcript's speaker is no word of the turn
            line_start += turn.end()
            turns.append((turn.group(1), line_start, line_end))
            line = text[line_start:line_end]
        if dateline is None and len(regions) <= _HEADER_MAX_LINES and regions:
            pages = defaults.pages
            outlet = pages.outlet_head.match(line) or pages.byline.match(line)
            if outlet is not None and outlet.end() < len(line):
                # «شفق نيوز/ أعلنت …», «المصدر أونلاين - متابعات خاصة: …», «كتب محمد سالم: …»:
                # the outlet or the writer is no text
                line_start += _credit_end(defaults, line, outlet.end()) or outlet.end()
                line = text[line_start:line_end]
        header = find_published and published is None and len(regions) < _HEADER_MAX_LINES
        if header and (issued := _issuer_date_line(defaults, line)) is not None:
            published, dateline = issued
            continue
        if dateline is None and len(regions) <= _HEADER_MAX_LINES:
            found_line = _read_dateline(defaults, line, after_headline=bool(regions))
            if found_line is not None:
                dateline, dated, body, day_month = found_line
                published = published or (dated if find_published else None)
                line_start += body
                line = text[line_start:line_end]
        if find_published and published is None and len(regions) < _HEADER_MAX_LINES:
            prefix = _DATE_PREFIX.match(line)
            if prefix:
                published = parse_publication_date(prefix.group(1))
                line_start += prefix.end()
                line = text[line_start:line_end]
            elif _header_line(defaults, line) and (found := parse_publication_date(line)):
                published = found
                continue
        if not line.strip():
            continue
        if title is None and not regions and _looks_like_title(line):
            title = line.strip()
        regions.append((line_start, line_end))
    if not regions:
        return None
    if find_published and published is None and len(regions) > 1:
        # «أبوظبي - رؤيا - السبت 2 آذار/مارس 2019» as the last line: a date line some outlets
        # put at the foot of the story
        last = _issuer_date_line(defaults, text[slice(*regions[-1])])
        if last is not None:
            published, dateline = last[0], dateline or last[1]
            regions.pop()
    if find_published and published is None:
        # «… إلى إسلام آباد، اليوم الجمعة 9 مايو 2025»: the lead gives the day it was written
        leads = (dated_today(text[slice(*region)]) for region in regions[:_LEAD_LINES])
        published = next(filter(None, leads), None)
    if find_published and published is None and day_month is not None:
        body_text = "\n".join(text[begin:end] for begin, end in regions)
        published = year_by_weekday(*day_month, body_text)
    return Article(
        doc_id,
        source,
        text,
        tuple(regions),
        published,
        title,
        dateline=dateline,
        lang=defaults.code,
        turns=tuple(turns),
    )


# «القاهرة في 14 يناير 2025 (أ ش أ) - …», «الرياض - واس», «الدوحة/ الأناضول», «القدس (وكالات) -»
_DATELINE = re.compile(
    # WAFA's «البحر الميت 11-6-2024 وفا-»: a date's dashes are no separator
    r"^\s*(?P<head>[^\-–—ـ/()\n:«»\"]{2,60}?(?:\s\d{1,2}-\d{1,2}-\d{4}(?:\s+[^\W\d]+)?)?)\s*"
    # KUNA's «الكويت - 21 - 1 (كونا) --»: the day and month between the place and the agency
    r"(?:[-–—]\s*(?P<day>\d{1,2})\s*[-–—/]\s*(?P<month>\d{1,2})\s*(?=\())?"
    # «تيانجين (الصين) (أ ف ب) -»: the place's country before the agency
    r"(?:\([^)\n]{1,30}\)\s*(?=\())?"
    # «واشنطن ـ “رأي اليوم” ـ وكالات:»: a kashida standing alone is a dash
    # «أبوظبي (الاتحاد):», «جدة: عكاظ:»: a colon (the second kind accepted only with a credit)
    r"(?:\((?P<agency>[^)\n]{1,40})\)\s*)?(?P<separator>(?<!\d)[-–—]+|[-–—]+(?![\d\-–—])|[/:]|(?<=\s)ـ+(?=\s))"
    # «لاهاي - (د ب أ) -»: the agency after the separator, MAP's «الرباط – 28/10/2024 (ومع)-»
    # with the date before it
    r"(?:\s*(?P<date>\d{1,2}/\d{1,2}/\d{4})?\s*\((?P<after>[^)\n]{1,40})\)\s*[-–—]*)?"
)
_DATELINE_WORDS = 6
_DASHES = "-–—ـ"
_UNDATED_PLACE_WORDS = 2  # «رام الله - وفا»; longer heads must carry a date


def parse_dateline(
    line: str, language: str | None = None
) -> tuple[str, datetime.date | None] | None:
    """The place and, when it gives a year, the date of an agency dateline opening `line`."""
    found = _read_dateline(get(language), line)
    return None if found is None else found[:2]


def _read_dateline(
    defaults: LanguageDefaults, line: str, after_headline: bool = False
) -> tuple[str, datetime.date | None, int, tuple[int, int] | None] | None:
    """`parse_dateline`, where the line's text begins (past the separator, and past an
    agency named after it, «الدوحة - قنا - …»: the parse reads the sentence better without
    them), and the day and month of a line that gives no year («الدوحة في 18 مارس /قنا/»).
    `after_headline`: a line under the headline may open with its place alone and a spaced
    dash («الجزائر - تحادث وزير …»)."""
    match = _DATELINE.match(line)
    if match is None:
        return None
    head = match.group("head").strip()
    words = head.split()
    pages, fold = defaults.pages, defaults.folder
    if not words or len(words) > _DATELINE_WORDS or fold(words[0]) in pages.not_places:
        return None
    if len(words) > _UNDATED_PLACE_WORDS and not any(char.isdigit() for char in head):
        return None  # «وذكرت وكالة الأنباء الكويتية / كونا / أن …» is a sentence, not a place
    place_words = []
    for word in words:
        # «عمّان»: a letter's marks (the shadda) are no reason to end the place
        if not fold(word).isalpha() or fold(word) in pages.place_end or len(place_words) == 2:
            break
        place_words.append(word)
    dated = parse_publication_date(head) if len(place_words) < len(words) else None
    dated = dated or (parse_publication_date(match["date"]) if match["date"] else None)
    rest = fold(line[match.end() :]).split()
    if dated is None and _header_line(defaults, line[match.end() :]):
        # «الكويت - 21 - 1 (كونا) - الثلاثاء 21 يناير 2025»: a header line, its date at the end
        dated = parse_publication_date(line[match.end() :])
    agency = match.group("agency") or match.group("after")
    agency = agency or (rest and rest[0].strip("/ :،") in pages.agencies)
    sentence = (
        after_headline
        and len(words) <= _UNDATED_PLACE_WORDS
        and _spaced_dash(line, match.end() - 1)
        and not _header_line(defaults, line[match.end() :])
    )
    body = _agency_end(defaults, line, match.end()) or _credit_end(defaults, line, match.end())
    credit = line[match.end() : body]
    # «جدة: عكاظ:»: a paper credited after a colon (not «نُشر: 09:40-21 أكتوبر»: a clock)
    credited = match.group("separator") == ":" and credit.rstrip().endswith(":")
    credited = credited and not any(char.isdigit() for char in credit)
    if not (agency or dated or sentence or credited) or not place_words:
        return None
    end = body or match.end()
    day_month = None
    if dated is None:
        numbers = match["day"] and (int(match["day"]), int(match["month"]))
        day_month = numbers or day_and_month(head)
    start = end + len(line[end:]) - len(line[end:].lstrip())
    return " ".join(place_words), dated, start, day_month


def _spaced_dash(line: str, at: int) -> bool:
    """A dash with a space on one side («الجزائر - », «القاهرة- »): a dateline's; not a slash
    or a hyphen inside words («اسرائيل/فسلطينيون/…», «الولايات-المتحدة/…»: topic tags)."""
    spaced = line[at - 1 : at].isspace() or line[at + 1 : at + 2].isspace()
    return line[at] in _DASHES and spaced


def _header_line(defaults: LanguageDefaults, line: str) -> bool:
    """Whether a line is short enough to be a page header's date line: at most
    `_HEADER_MAX_WORDS` words (punctuation and the time of day apart), or twice as many after
    a word that says it gives the date («نشر في : الإثنين 03 فيفري 2025 - 18:40», «نُشر: 16
    مايو 2024 م ـ 08 ذو القعدة 1445 هـ») or that gives it in both calendars."""
    folded = defaults.folder(line)
    words = len(_WORD.findall(defaults.pages.clock.sub(" ", folded)))
    if defaults.pages.published.match(folded) or _TWO_CALENDARS.search(folded):
        return words <= 2 * _HEADER_MAX_WORDS
    return words <= _HEADER_MAX_WORDS


def _issuer_date_line(
    defaults: LanguageDefaults, line: str
) -> tuple[datetime.date, str | None] | None:
    """The date and place of a communiqué's date line: short pieces between separators, one
    of them a date and nothing else, the others the issuing office or the place («الخميس، 3
    يوليو 2025 | مكتب رئيس الوزراء - الإعلام», «وزارة الخارجية - عمّان - الأحد 9 آذار
    2025»); the place is the first piece when the date comes right after it («مسقط - السبت 18
    ذو الحجة 1446هـ - 14 يونيو 2025م»). A sentence has a piece longer than an office's name, or
    ends in a full stop."""
    pieces = [piece.strip() for piece in _PIECE_SEPARATORS.split(line) if piece.strip()]
    if len(pieces) < 2 or len(pieces) > _ISSUER_PIECES or line.rstrip().endswith("."):
        return None
    dates = [date_alone(_without_date_label(defaults, piece)) for piece in pieces]
    if not any(dates) or any(
        len(_WORD.findall(defaults.folder(piece))) > _ISSUER_WORDS
        for piece, date in zip(pieces, dates, strict=True)
        if date is None
    ):
        return None
    return next(date for date in dates if date), _issuers_place(defaults, pieces)


def _without_date_label(defaults: LanguageDefaults, piece: str) -> str:
    """A date line's piece without the label before its date («تاريخ الإيداع: 2025/11/30»,
    «تصدير المحادثة: الأحد 27/06/2021»: a few words and a colon)."""
    label = defaults.pages.date_label.match(defaults.folder(piece))
    if label is None:
        colon = _COLON_LABEL.match(piece)
        return piece[colon.end() :] if colon else piece
    words = label.group().split()
    rest = piece.split(None, len(words))
    return rest[-1] if len(rest) > len(words) else ""


def _issuers_place(defaults: LanguageDefaults, pieces: list[str]) -> str | None:
    """The first piece of a communiqué's date line when it is a place: a word or two, the date
    (or its weekday) right after it."""
    words = [defaults.folder(word) for word in pieces[0].split()]
    following = defaults.folder(pieces[1]).split()
    dated = following[0] in defaults.pages.not_places or following[0].isdigit()
    if not dated or len(words) > _UNDATED_PLACE_WORDS or words[0] in defaults.pages.not_places:
        return None
    return pieces[0] if all(word.isalpha() for word in words) else None


# «|», a spaced dash, a comma: what a communiqué's date line puts between its pieces; «›»,
# a forum's breadcrumbs («منتديات … › الأخبار › مشاركة بتاريخ 17-04-2024, 14:52»)
_PIECE_SEPARATORS = re.compile(r"\s*[|›]\s*|\s+[-–—]\s+|\s*[،,]\s*")
_COLON_LABEL = re.compile(r"\s*[^\W\d_]+(?:\s+[^\W\d_]+){0,2}\s*:\s*")  # «آخر تحديث: »
_ISSUER_PIECES = 6  # «كووورة | البصرة – تغطية مباشرة | الخميس 19 يناير 2023 | آخر تحديث: 23:52»
_ISSUER_WORDS = 12  # «بيان وزارة الشؤون الخارجية والجالية الوطنية بالخارج والشؤون الإفريقية»


# «الأربعاء - 5 ربيع الأول 1445 هـ - 20 سبتمبر 2023 مـ»: a Hijri year beside a Gregorian one
_TWO_CALENDARS = re.compile(r"\d{4}\s*ه\W.*\d{4}|\d{4}\s*م?\W.*\d{4}\s*ه(?!\w)")


_WORD = re.compile(r"[^\W_]+")


def _agency_end(defaults: LanguageDefaults, line: str, separator_end: int) -> int:
    """Where the text after the agency named past a dateline's separator begins, else 0: the
    agency's name is no place to read («قنا» is also Qena, «بترا» Petra); nor is the
    dateline's place, and the parse reads the sentence better without it."""
    word = defaults.pages.agency_word.match(line, separator_end)
    if word is None or defaults.folder(word.group(1)).split()[0] not in defaults.pages.agencies:
        return 0
    return word.end()


def _credit_end(defaults: LanguageDefaults, line: str, separator_end: int) -> int:
    """Where the text begins past the outlet a dateline credits after its separator («عمان-
    الغد- استضافت …», «برلين - بوابة الوسط: اختتم …») and the agencies it cites after it, else
    0: an outlet's name is no actor."""
    end = 0
    pages = defaults.pages
    for _ in range(_CREDITS):
        at = end or separator_end
        credit = pages.byline.match(line, at) or pages.credit.match(line, at)
        if credit is None or credit.end() >= len(line):
            break
        end = credit.end()
    return end


_CREDITS = 2  # «واشنطن ـ “رأي اليوم” ـ وكالات: …»: the outlet, then the agencies it cites


# «المذيعة: …», «العبادي: …»: a turn of a transcript, opened by its speaker's name (a word or
# two) and a colon
_SPEAKER = re.compile(r"\s*(\w+(?:[ -]\w+)?)\s*:\s+")


def _speakers(text: str, start: int, end: int) -> set[str]:
    """The speaker labels of a transcript: those that open two of its lines or more (a
    dateline or a heading opens one)."""
    seen: dict[str, int] = {}
    for line_start, line_end in _lines(text, start, end):
        turn = _SPEAKER.match(text, line_start, line_end)
        if turn is not None:
            seen[turn.group(1)] = seen.get(turn.group(1), 0) + 1
    return {label for label, count in seen.items() if count >= 2}


def _lines(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    position = start
    while position < end:
        newline = text.find("\n", position, end)
        line_end = end if newline == -1 else newline
        yield _trim(text, position, line_end)
        position = line_end + 1


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _looks_like_title(line: str) -> bool:
    stripped = line.strip()
    return len(stripped.split()) <= 15 and not stripped.endswith((".", "،", ":"))
