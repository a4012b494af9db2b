"""kg's Arabic NER: the corpora on kg's words, the component in the parse, training, install,
and the scores `kg models evaluate --ner` prints."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import run_kg

from kg.errors import InputError
from kg.ner import FoldedNer, find_ner, is_month, shipped_ner
from kg.ner_corpus import (
    char_sentences,
    corpus_file,
    iob_spans,
    project,
    read_conll,
    seg_docs,
)
from kg.nlp import ArabicParser
from kg.types import Article

ROOT = Path(__file__).resolve().parent.parent
NER_CORPUS = ROOT.parent / "shared" / "ner"


def _article(text: str) -> Article:
    return Article("t", "t.txt", text, ((0, len(text)),), None)


def _span_text(doc, text: str, ent) -> str:
    """The article characters an entity came from (kg's words may respell them)."""
    return text[doc._.offsets[ent.start][0] : doc._.offsets[ent.end - 1][1]]


# ---------------------------------------------------------------- the corpora on kg's words


def test_iob_tags_become_spans_and_a_stray_inside_tag_starts_one():
    tags = ["B-PER", "I-PER", "O", "I-GPE", "B-ORG", "B-ORG", "I-ORG"]
    assert iob_spans(tags) == [(0, 2, "PER"), (3, 4, "GPE"), (4, 5, "ORG"), (5, 7, "ORG")]


def test_a_malformed_corpus_line_names_the_file_and_line(tmp_path):
    bad = tmp_path / "train.conll"
    bad.write_text("قال\tO\nبوتين\tPERSON\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"train\.conll:2"):
        read_conll(bad)


def test_seg_tokens_lie_on_the_surface_text_character_for_character():
    seg = read_conll(corpus_file(NER_CORPUS, "newsfane", "seg", "test"))[:50]
    surface = read_conll(corpus_file(NER_CORPUS, "newsfane", "surface", "test"))[:50]
    sentences = char_sentences(seg, surface)
    respelt = str.maketrans("ةى", "تي")  # the surface version's only respellings
    for split, sentence in zip(seg, sentences, strict=True):
        names = ["".join(split.tokens[first:end]) for first, end, _ in split.entities()]
        # An entity's characters are its tokens' (a clitic re-attached outside it is not).
        spans = [sentence.text[s:e].replace(" ", "") for s, e, _ in sentence.entities]
        assert [span.translate(respelt) for span in spans] == [
            name.translate(respelt) for name in names
        ]
    assert sum(len(sentence.entities) for sentence in sentences) > 100


def test_entities_are_laid_on_the_words_that_hold_their_characters():
    # «واسرائيل وللامم المتحدة» as UDPipe may split it: و+اسرائيل, و+ل+الامم, المتحدة
    text = "واسرائيل وللامم المتحدة"
    entities = [(1, 8, "GPE"), (10, 23, "ORG")]  # «اسرائيل», «للامم المتحدة» (seg kept لل)
    offsets = [(0, 1), (1, 8), (9, 10), (10, 11), (11, 15), (16, 23)]
    forms = ["و", "اسرائيل", "و", "ل", "الامم", "المتحدة"]
    assert [text[s:e] for s, e in offsets][1] == "اسرائيل"
    # The proclitic ل inside the ORG's characters is left out of the name.
    assert project(offsets, forms, entities) == [(1, 2, "GPE"), (4, 6, "ORG")]
    # A word UDPipe did not split («واسرائيل») takes the entity it mostly is.
    assert project([(0, 8)], ["واسرائيل"], [(1, 8, "GPE")]) == [(0, 1, "GPE")]


def test_corpus_words_are_folded_as_kg_folds_names():
    import spacy

    seg = read_conll(corpus_file(NER_CORPUS, "newsfane", "seg", "train"))[:20]
    docs = seg_docs(seg, spacy.blank("ar").vocab)
    words = {token.text for doc in docs for token in doc}
    assert not any("ة" in word for word in words)  # ta marbuta folded to ه
    assert "على" in words and "الى" in words  # alef maqsura kept: «على» is not «علي»
    assert sum(len(doc.ents) for doc in docs) == sum(len(s.entities()) for s in seg)


def test_month_names_are_not_entities():
    assert is_month(["نيسان"]) and is_month(["أيار", "2025"]) and is_month(["كانون", "الثاني"])
    assert not is_month(["نيسان", "موتورز"]) and not is_month(["لبنان"])


# ---------------------------------------------------------------- the shipped NER in the parse


def test_kg_ships_a_ner_pipeline_with_its_licence():
    shipped = shipped_ner()
    assert shipped is not None
    meta = json.loads((shipped / "meta.json").read_text(encoding="utf-8"))
    assert meta["license"] == "CC BY-SA 3.0"
    assert "Alotaibi" in meta["kg"]["attribution"] and "Alotaibi" in (
        shipped / "LICENSE.md"
    ).read_text(encoding="utf-8")
    assert sum(path.stat().st_size for path in shipped.rglob("*")) < 30_000_000


# Sentences written for these tests (not from the corpora), in news style, with hamzas and
# clitics as real articles have them; each with the people, places and organisations in it.
NEWS_SENTENCES = [
    (
        "استقبل الرئيس المصري عبد الفتاح السيسي في القاهرة وفدا من حركة حماس برئاسة خليل الحية.",
        {"عبد الفتاح السيسي", "خليل الحية"}, {"القاهرة"}, {"حركة حماس"},
    ),
    (
        "وقال وزير الخارجية الفرنسي جان نويل بارو إن فرنسا تدعم جهود الأمم المتحدة.",
        {"جان نويل بارو"}, {"فرنسا"}, {"الأمم المتحدة"},
    ),
    (
        "وأعلنت وزارة الخارجية الأردنية أن أيمن الصفدي سيزور موسكو الأسبوع المقبل.",
        {"أيمن الصفدي"}, {"موسكو"}, {"وزارة الخارجية الأردنية"},
    ),
    (
        "والتقى رئيس الوزراء الماليزي أنور إبراهيم مع زياد النخالة في الدوحة.",
        {"أنور إبراهيم", "زياد النخالة"}, {"الدوحة"}, set(),
    ),
    ("وأكد مصطفى البرغوثي أن المبادرة تحظى بدعم واسع.", {"مصطفى البرغوثي"}, set(), set()),
    (
        "وصرح جوزيب بوريل للصحفيين في بروكسل بأن الاتحاد الأوروبي لن يغير موقفه.",
        {"جوزيب بوريل"}, {"بروكسل"}, {"الاتحاد الأوروبي"},
    ),
    ("من جهته قال سيرغي لافروف إن روسيا مستعدة للحوار.", {"سيرغي لافروف"}, {"روسيا"}, set()),
    ("وشارك محمد دحلان في الاجتماع الذي عقد في أبوظبي.", {"محمد دحلان"}, {"أبوظبي"}, set()),
    ("وأشاد نبيه بري بدور الجيش اللبناني.", {"نبيه بري"}, set(), set()),
    ("وزار رجب طيب أردوغان العاصمة الأذربيجانية باكو.", {"رجب طيب أردوغان"}, {"باكو"}, set()),
]  # fmt: skip


@pytest.mark.model
def test_the_parse_finds_most_people_states_and_organisations():
    """Exact names, as on the NewsFANE test split (person recall 0.60 there): most people,
    nearly every place, the organisations, and no place or organisation read as a person."""
    parser = ArabicParser(ner_everywhere=True)  # most of these sentences hold no trigger
    assert "kg_ner" in parser.nlp.pipe_names
    assert "trainable_lemmatizer" not in parser.nlp.pipe_names
    gold: dict[str, set[str]] = {"PER": set(), "GPE": set(), "ORG": set()}
    found: dict[str, set[str]] = {"PER": set(), "GPE": set(), "ORG": set()}
    for text, people, places, organisations in NEWS_SENTENCES:
        doc = parser.parse(_article(text))
        for label, names in zip(
            ("PER", "GPE", "ORG"), (people, places, organisations), strict=True
        ):
            gold[label] |= names
            found[label] |= {_span_text(doc, text, e) for e in doc.ents if e.label_ == label}
    assert len(found["PER"] & gold["PER"]) >= 0.65 * len(gold["PER"]), found["PER"]
    assert len(found["GPE"] & gold["GPE"]) >= 0.85 * len(gold["GPE"]), found["GPE"]
    assert len(found["ORG"] & gold["ORG"]) >= 0.6 * len(gold["ORG"]), found["ORG"]
    assert not found["PER"] & (gold["GPE"] | gold["ORG"])


# Sentences of a report, each as UDPipe splits its words (its clitics apart): a meeting, a
# statement that no rule reads, a visit. Written for these tests.
REPORT = [
    sentence.split()
    for sentence in (
        "استقبل الرئيس التونسي قيس سعيد في قرطاج وزير الخارجية الجزائري أحمد عطاف .",
        "و قال مصطفى البرغوثي إن الطقس كان معتدلا في رام الله .",
        "و زار عطاف بعد ذلك مقر الجامعة العربية في القاهرة .",
    )
]


def _report_doc(vocab, sentences):
    from spacy.tokens import Doc

    from kg.nlp import register_extensions

    register_extensions()
    words = [word for sentence in sentences for word in sentence]
    starts = [index == 0 for sentence in sentences for index in range(len(sentence))]
    doc = Doc(vocab, words=words, sent_starts=starts)
    doc._.words = words
    return doc


def test_the_gated_ner_reads_only_the_sentences_that_can_hold_an_event():
    """The statement sets off no rule and gets no names; the meeting and the visit, read as
    two runs of text, get the names the NER gives each of them read alone."""
    from kg.extract.triggers import sets_off_a_rule

    assert [sets_off_a_rule(words) for words in REPORT] == [True, False, True]
    gated = FoldedNer(shipped_ner(), gated=True)
    everywhere = FoldedNer(shipped_ner())
    doc = gated(_report_doc(gated.vocab, REPORT))
    statement = (len(REPORT[0]), len(REPORT[0]) + len(REPORT[1]))
    assert gated._runs(doc) == [(0, statement[0]), (statement[1], len(doc))]
    assert not [e for e in doc.ents if statement[0] <= e.start < statement[1]]
    alone = [everywhere(_report_doc(gated.vocab, [words])) for words in (REPORT[0], REPORT[2])]
    expected = [(e.text, e.label_) for e in alone[0].ents] + [
        (e.text, e.label_) for e in alone[1].ents
    ]
    assert [(e.text, e.label_) for e in doc.ents] == expected
    assert ("قيس سعيد", "PER") in expected  # the NER does name people in these sentences
    read_whole = everywhere(_report_doc(gated.vocab, REPORT))
    assert any(statement[0] <= e.start < statement[1] for e in read_whole.ents)


def test_the_ner_multiplies_with_numpy_and_names_what_it_named_with_blis():
    """Every layer of the NER runs on numpy's matrix product rather than thinc's default,
    blis (three times slower where blis falls back to its generic kernel), and tags the same
    entities as the same model loaded with the default."""
    import spacy

    ner = FoldedNer(shipped_ner())
    with_blis = FoldedNer(shipped_ner())
    with_blis.inner = spacy.load(shipped_ner())
    layers = [node for _, pipe in ner.inner.pipeline for node in pipe.model.walk()]
    assert layers and not any(node.ops.use_blis for node in layers)
    assert all(
        node.ops.use_blis for _, pipe in with_blis.inner.pipeline for node in pipe.model.walk()
    )
    sentences = REPORT + [text.split() for text, *_ in NEWS_SENTENCES]
    found = {}
    for key, component in (("numpy", ner), ("blis", with_blis)):
        docs = component.pipe(_report_doc(ner.vocab, [words]) for words in sentences)
        found[key] = [[(e.start, e.end, e.label_) for e in doc.ents] for doc in docs]
    assert found["numpy"] == found["blis"]
    assert sum(map(len, found["numpy"])) >= len(sentences)  # names in (nearly) every one


@pytest.mark.model
def test_the_gated_ner_leaves_the_facts_unchanged():
    """An article built with the NER on every sentence and on the gated ones only: the same
    events, and the same mentions in the sentences that set off a rule."""
    from kg.pipeline import Extractor

    text = (
        "2025-03-10\n"
        "استقبل الرئيس التونسي قيس سعيد في قرطاج أمس زياد النخالة الأمين العام لحركة الجهاد.\n"
        "وقال مصطفى البرغوثي إن الطقس كان معتدلا في رام الله.\n"
        "والتقى النخالة بعد ذلك في تونس مع رئيس البرلمان إبراهيم بودربالة.\n"
    )
    article = Article("t", "t.txt", text, ((11, len(text)),), None)
    results = {
        everywhere: next(Extractor(ArabicParser(ner_everywhere=everywhere)).process([article]))
        for everywhere in (True, False)
    }
    assert results[True].events and results[True].events == results[False].events
    statement = (text.index("وقال"), text.index("والتقى"))
    names = {
        key: [m for m in result.mentions if m.rule == "ner"] for key, result in results.items()
    }
    assert any(statement[0] <= m.start < statement[1] for m in names[True])
    assert names[False] == [m for m in names[True] if not statement[0] <= m.start < statement[1]]


@pytest.mark.model
def test_a_month_with_a_year_is_no_entity_in_the_parse():
    text = "التقى الوزير نظيره التركي في أنقرة في نيسان 2025."
    doc = ArabicParser().parse(_article(text))
    assert not any("نيسان" in ent.text for ent in doc.ents)


@pytest.mark.model
def test_a_short_ner_training_writes_a_pipeline_that_loads_and_tags(tmp_path):
    """`kg models train-ner` end to end on a slice of the real corpora, cut to 20 steps."""
    output = tmp_path / "ner"
    done = run_kg(
        "models", "train-ner", "--corpus", str(NER_CORPUS), "--output", str(output),
        "--max-steps", "20", "--limit", "60",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    meta = json.loads((output / "meta.json").read_text(encoding="utf-8"))
    assert meta["license"] == "CC BY-SA 3.0" and set(meta["kg"]["test"]) >= {"ALL", "PER"}
    assert find_ner(tmp_path) == output  # a model folder's own ner/ wins over the shipped one
    tagger = FoldedNer(output)
    assert set(tagger.labels) == {"PER", "ORG", "GPE", "LOC", "MISC"}
    text = "التقى وزير الخارجية وفدا من حماس في أنقرة."
    doc = ArabicParser(ner=output).parse(_article(text))
    assert len(doc) >= 8 and all(isinstance(ent.label_, str) for ent in doc.ents)


def test_training_without_a_corpus_is_one_line(tmp_path):
    done = run_kg(
        "models", "train-ner", "--corpus", str(tmp_path), "--segmentation", "seg",
        "--output", str(tmp_path / "ner"),
    )  # fmt: skip
    assert done.returncode == 1
    assert done.stderr.strip().count("\n") == 0 and "train.conll" in done.stderr


@pytest.mark.model
def test_evaluate_ner_prints_scores_per_label_on_both_inputs():
    done = run_kg("models", "evaluate", "--ner", "--corpus", str(NER_CORPUS), "--limit", "40")
    assert done.returncode == 0, done.stderr
    for expected in ("seg (corpus tokens)", "kg's words", "PER", "GPE", "ALL", "words/s"):
        assert expected in done.stdout


@pytest.mark.model
def test_kg_build_keeps_a_meeting_with_a_person_only_the_ner_knows(tmp_path):
    """The same article built with and without the NER (`--no-ner`)."""
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "one.txt").write_text(
        "2025-03-10\nالتقى رئيس الوزراء الماليزي أنور إبراهيم مع محمد الهندي في الدوحة أمس.\n",
        encoding="utf-8",
    )
    graphs = {}
    for flag in ("--ner", "--no-ner"):
        output = tmp_path / f"{flag}.ttl"
        done = run_kg("build", "-i", str(folder), "-o", str(output), "--no-cache", flag)
        assert done.returncode == 0, done.stderr
        graphs[flag] = output.read_text(encoding="utf-8")
    assert '"محمد الهندي"@ar' in graphs["--ner"] and "kg:met" in graphs["--ner"]
    assert '"محمد الهندي"@ar' not in graphs["--no-ner"]
