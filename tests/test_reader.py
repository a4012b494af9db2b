"""Reading news files: dates, page furniture, «إقرأ أيضاً» tails, unreadable files."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from kg.errors import InputError, UnreadableArticle
from kg.reader import articles_from_bytes, parse_dateline, read_file, read_folder
from kg.types import Skipped

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def body(article) -> str:
    return "\n".join(article.text[s:e] for s, e in article.regions)


@pytest.mark.parametrize(
    ("name", "published"),
    [
        ("000_aa6a5e2b2c7bcff8.txt", None),
        ("001_e2929590db3c7432.txt", datetime.date(2025, 8, 2)),
        ("002_35cd34da39fb3bb3.txt", datetime.date(2025, 11, 6)),
        ("003_d816d484b0658707.txt", datetime.date(2026, 3, 23)),
        ("004_a05ff47f7670e0e6.txt", None),
    ],
)
def test_publication_date_of_each_seed(name, published):
    assert read_file(SEEDS / name)[0].published == published


def test_date_prefix_is_not_part_of_the_body():
    (article,) = read_file(SEEDS / "001_e2929590db3c7432.txt")
    assert body(article).startswith("فمنذ السابع من أكتوبر")


def test_read_also_tail_is_its_own_undated_article():
    main, tail = read_file(SEEDS / "002_35cd34da39fb3bb3.txt")
    assert tail.parent_id == main.doc_id and tail.doc_id == f"{main.doc_id}-2"
    assert tail.published is None
    assert tail.title == "اجتماع في إسطنبول بشأن غزة"
    assert "يجتمع وزراء خارجية دول إسلامية" in body(tail)
    assert "يجتمع وزراء خارجية" not in body(main)


def test_page_furniture_is_dropped():
    main, _ = read_file(SEEDS / "002_35cd34da39fb3bb3.txt")
    text = body(main)
    for furniture in ("©", "اشترك الآن", "انضممت لأسرة البوابة", "كلمات دلالية", "المصدر: البوابة"):
        assert furniture not in text
    assert "ناقش رئيس جهاز الاستخبارات التركي" in text


def test_regions_are_offsets_into_the_file():
    main, _ = read_file(SEEDS / "002_35cd34da39fb3bb3.txt")
    raw = (SEEDS / "002_35cd34da39fb3bb3.txt").read_text(encoding="utf-8")
    start, end = main.regions[0]
    assert raw[start:end] == main.title


def test_document_ids_are_content_hashes(tmp_path):
    copy = tmp_path / "renamed.txt"
    copy.write_bytes((SEEDS / "003_d816d484b0658707.txt").read_bytes())
    assert read_file(copy)[0].doc_id == read_file(SEEDS / "003_d816d484b0658707.txt")[0].doc_id


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty"),
        (b"   \n\n", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        ("Réunion à Genève".encode("latin-1"), "not UTF-8"),  # Arabic in CP1256 is decoded
        (b"12345 ... 678", "no text"),
    ],
)
def test_unreadable_files_are_reported_with_a_reason(tmp_path, content, reason):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(UnreadableArticle, match=reason):
        read_file(path)


def test_a_folder_skips_bad_files_and_reads_the_rest(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"")
    (tmp_path / "b.txt").write_bytes(b"\x00\x01binary")
    (tmp_path / "c.txt").write_text(
        "التقى وزير الخارجية التركي وفد حماس في إسطنبول.", encoding="utf-8"
    )
    items = list(read_folder(tmp_path))
    assert [type(i).__name__ for i in items] == ["Skipped", "Skipped", "Article"]
    assert all(isinstance(i, Skipped) and i.source in ("a.txt", "b.txt") for i in items[:2])


def test_missing_or_empty_folder_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="does not exist"):
        list(read_folder(tmp_path / "nope"))
    with pytest.raises(InputError, match=r"no \.txt articles"):
        list(read_folder(tmp_path))


@pytest.mark.parametrize(
    ("line", "place", "published"),
    [
        ("القاهرة في 14 يناير 2025 (أ ش أ) - التقى الرئيس", "القاهرة", datetime.date(2025, 1, 14)),
        ("الرياض - واس", "الرياض", None),
        ("الدوحة/ الأناضول", "الدوحة", None),
        ("القدس (وكالات) - التقى وزير الخارجية التركي", "القدس", None),
        ("أثينا 3 مايو / شينخوا / اعلن الوزير", "أثينا", None),
        # KUNA: day and month before the agency, the weekday and full date after it
        ("الجهراء - 4 - 11 (كونا) - الأربعاء 4 نوفمبر 2026", "الجهراء", datetime.date(2026, 11, 4)),
        # the place's country, then the agency, in brackets; the agency after the dash
        (
            "بريتوريا (جنوب أفريقيا) (أ ف ب) - الخميس 6 مارس 2025",
            "بريتوريا",
            datetime.date(2025, 3, 6),
        ),
        ("مدريد - (د ب أ) - تاريخ النشر: 14 أكتوبر 2024", "مدريد", datetime.date(2024, 10, 14)),
    ],
)
def test_an_agency_dateline_gives_place_and_date(line, place, published):
    assert parse_dateline(line) == (place, published)


@pytest.mark.parametrize(
    "line",
    [
        "تركيا - حماس: لقاء سري في إسطنبول",  # a headline, not a dateline
        "تقرير : رئيسا وزراء اسرائيل وفلسطين يجتمعان قريبا",
        "أنقرة تبحث مع حماس مستقبل غزة",
    ],
)
def test_a_headline_is_not_a_dateline(line):
    assert parse_dateline(line) is None


def test_a_dateline_dates_an_undated_article_and_names_its_place():
    text = "لقاء في القاهرة\nالقاهرة في 14 يناير 2025 (أ ش أ) - التقى الرئيس المصري وفدا.\n"
    (article,) = articles_from_bytes("a.txt", text.encode())
    assert (article.published, article.dateline) == (datetime.date(2025, 1, 14), "القاهرة")


@pytest.mark.parametrize(
    ("line", "published"),
    [
        # a Maghrebi month name, a weekday, a clock time: more than a short header's words
        ("نشر في : الخميس 13 فيفري 2025 - 09:15", datetime.date(2025, 2, 13)),
        # the clock glued to the day, and the Hijri date after it
        ("نُشر: 09:40-21 أكتوبر 2024 م ـ 18 ربيع الآخر 1446 هـ", datetime.date(2024, 10, 21)),
        # the time of day and its zone are no words of the date line
        ("الخميس، 6 يونيو 2024 11:05 ص بتوقيت غرينتش", datetime.date(2024, 6, 6)),
        ("الأحد 2024/6/9 09:30 م بتوقيت مكة", datetime.date(2024, 6, 9)),
        ("3 - يونيو - 2024", datetime.date(2024, 6, 3)),
        ("يونيو 3, 2024", datetime.date(2024, 6, 3)),
    ],
)
def test_a_publication_line_dates_the_article(line, published):
    text = f"وزير الخارجية يلتقي نظيره\n{line}\nالتقى وزير الخارجية نظيره في الرباط.\n"
    (article,) = articles_from_bytes("a.txt", text.encode())
    assert article.published == published


@pytest.mark.parametrize(
    ("line", "published", "place"),
    [
        # a communiqué's line: the date, the issuing office, its spokesman
        (
            "الخميس، 3 يوليو 2025 | مكتب رئيس الوزراء - المكتب الإعلامي",
            datetime.date(2025, 7, 3),
            None,
        ),
        # the ministry, the city, the date with a Levantine month
        ("وزارة الخارجية - عمّان - الأحد 9 آذار 2025", datetime.date(2025, 3, 9), None),
        # the city, the date in two calendars without «هـ», the ministry's long name
        (
            "تونس، الجمعة 8 رمضان 1446 الموافق 7 مارس 2025 - بلاغ وزارة الشؤون الخارجية"
            " والهجرة والتونسيين بالخارج",
            datetime.date(2025, 3, 7),
            "تونس",
        ),
        # the city, then the Hijri date and the Gregorian one apart
        ("الكويت - الأحد 5 رجب 1446هـ - 5 يناير 2025م", datetime.date(2025, 1, 5), "الكويت"),
    ],
)
def test_an_issuers_date_line_dates_the_article_and_is_no_text(line, published, place):
    text = f"الوزير يستقبل نظيره\n{line}\nاستقبل وزير الخارجية نظيره الليبي اليوم.\n"
    (article,) = articles_from_bytes("a.txt", text.encode())
    body = article.text[article.regions[1][0] : article.regions[1][1]]
    assert (article.published, article.dateline) == (published, place)
    assert body == "استقبل وزير الخارجية نظيره الليبي اليوم."


def test_a_sentence_with_a_date_between_commas_is_no_date_line():
    line = "وكان الوزير، في 3 يوليو 2025، قد استقبل نظيره الليبي وبحث معه تطورات الأوضاع"
    text = f"الوزير يستقبل نظيره\n{line}\n"
    (article,) = articles_from_bytes("a.txt", text.encode())
    assert (article.published, len(article.regions)) == (None, 2)


def test_a_weekday_opening_a_date_line_is_no_dateline_place():
    text = "قمة في الدوحة\nالأربعاء 5 مارس 2025 - 10:20\nانطلقت القمة في الدوحة.\n"
    (article,) = articles_from_bytes("a.txt", text.encode())
    assert (article.published, article.dateline) == (datetime.date(2025, 3, 5), None)


def test_a_sentence_saying_they_added_is_not_page_furniture():
    text = "وتابعوا أن الاجتماع سيعقد في القاهرة.\nتابعونا على تويتر\n"
    (article,) = articles_from_bytes("a.txt", text.encode())
    lines = [article.text[start:end] for start, end in article.regions]
    assert lines == ["وتابعوا أن الاجتماع سيعقد في القاهرة."]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("قمة في الدوحة\nالدوحة - قنا\nاستضافت الدوحة القمة.\n", ["استضافت الدوحة القمة."]),
        ("زيارة\nعمان - بترا: استقبل الملك الوفد.\n", ["استقبل الملك الوفد."]),
        ("زيارة\nالقاهرة - أ ش أ - التقى الرئيس الوفد.\n", ["التقى الرئيس الوفد."]),
    ],
)
def test_a_datelines_agency_is_not_read_as_text(text, body):
    """«قنا» (QNA) is also Qena, «بترا» (Petra, Jordan's agency) a city: the agency a
    dateline names is left out of the text that is read, the place stays the dateline's."""
    (article,) = articles_from_bytes("a.txt", text.encode())
    assert [article.text[start:end] for start, end in article.regions][1:] == body
    assert article.dateline is not None


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("بيروت- النهار- ", "بيروت"),
        ("تونس - موزاييك: ", "تونس"),
        ("الخرطوم ـ «السوداني» ـ وكالات: ", "الخرطوم"),
        ("الرباط - (وكالات): ", "الرباط"),
        ("عمّان - المملكة: ", "عمّان"),
        ("صنعاء نيوز/ ", None),
        ("عدن - متابعات خاصة: ", "عدن"),
        ("القاهرة - ", "القاهرة"),  # no outlet: the sentence goes on past its first two words
    ],
)
def test_the_outlet_a_dateline_credits_is_not_read_as_text(line, place):
    """An outlet named after the dateline's separator («النهار-», «موزاييك:», «السوداني» between
    kashida dashes, «(وكالات):»), or opening the line («صنعاء نيوز/»), is no actor of the text."""
    body = "قال وزير الخارجية إن اللقاء مع الوفد الزائر بحث سبل تعزيز التعاون بين البلدين."
    (article,) = articles_from_bytes("a.txt", f"عنوان الخبر\n{line}{body}\n".encode())
    assert article.text[slice(*article.regions[-1])].strip() == body
    assert article.dateline == place


def test_a_sentence_quoting_an_agency_is_no_dateline():
    line = "وذكرت وكالة الانباء الكويتية / كونا / ان زيارة الوفد تأتي في اطار جولة خليجية ."
    assert parse_dateline(line) is None
    (article,) = articles_from_bytes("a.txt", f"عنوان\n{line}\n".encode())
    assert article.text[slice(*article.regions[-1])] == line


def test_a_place_alone_before_a_dash_under_the_headline_is_a_dateline():
    """«تونس - استقبل …»: the place is the dateline's, and the text the parse reads starts
    after the dash; a headline's own dash stays («تركيا - حماس: …»)."""
    text = (
        "سعيد يستقبل وزيرا\nتونس - استقبل رئيس الجمهورية قيس سعيد اليوم بقصر قرطاج وزير الخارجية.\n"
    )
    (article,) = articles_from_bytes("a.txt", text.encode())
    assert article.dateline == "تونس"
    assert article.text[article.regions[1][0] :].lstrip().startswith("استقبل")
    tags = "سعيد يستقبل وزيرا\nتونس-ليبيا/حدود - قال المسؤول إن المعبر سيفتح غدا أمام المسافرين.\n"
    (article,) = articles_from_bytes("a.txt", tags.encode())
    assert article.dateline is None  # topic tags joined by a hyphen and slashes


def test_a_transcripts_speakers_are_no_words_of_their_turns():
    text = (
        "حلقة الليلة: عودة اللاجئين\n"
        "المذيعة: مساء الخير، نستضيف الليلة الدبلوماسي السابق سامر العبادي.\n"
        "العبادي: وزير الخارجية أيمن الصفدي كان أول وزير خارجية عربي يزور دمشق.\n"
        "المذيعة: وماذا عن عمّان؟\n"
        "العبادي: القاهرة: عاصمة مصر، لا عمّان.\n"
    )
    (article,) = articles_from_bytes("talk.txt", text.encode())
    lines = body(article).split("\n")
    assert lines[1].startswith("مساء الخير")
    assert lines[2].startswith("وزير الخارجية")
    # a label that opens one line only is no speaker («القاهرة:» after «العبادي:»)
    assert lines[4].startswith("القاهرة: عاصمة مصر")
