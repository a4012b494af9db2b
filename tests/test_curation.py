"""Analyst corrections that survive a rebuild: `kg curate` writes <input>/curation.tsv,
`kg build` applies it and records each decision, `kg review` says where to look.

Everything runs on the real seed graph: the decisions are written by `kg curate` against the
session's seed build, then the seeds are built again, with the file beside them, by `kg build`
as a user runs it (one build for the whole module).
"""

from __future__ import annotations

import os
import shlex
import shutil
from pathlib import Path

import pytest
from conftest import SEEDS, run_kg
from rdflib import Graph, Literal
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS

from kg.curation import COLUMNS, apply_curation, named
from kg.errors import CurationError
from kg.namespaces import KG, KGR, WD
from kg.validate import check_conforms

pytestmark = pytest.mark.model

FIDAN, HAMAS = KGR["entity/hakan-fidan"], KGR["entity/Q38799"]
TURKEY, TRUMP = KGR["entity/Q43"], KGR["entity/Q22686"]
AL_HAYYA = KGR["entity/khalil-al-hayya"]
# The two people the seeds call «السفير التركي» (the Turkish ambassador): one person.
AMBASSADOR, AMBASSADOR_TOO = KGR["entity/person-d6dd3a988641"], KGR["entity/person-e61b6d9543a9"]
YILMAZ = KGR["entity/nuh-yilmaz"]  # «نوح يلماز» (the deputy minister), renamed to another spelling
ISTANBUL_TALKS = "002_35cd34da39fb3bb3.txt"
WHEN = "2025-12-01T10:00:00+00:00"
# Decisions written by hand that the seed graph gives nothing to act on.
STALE = [
    ("reject", "Hamas", "met", "Pakistan", "", "", "analyst-b", WHEN, "no such meeting"),
    ("link", "زيد بن عمرو", "", "", "", "Q42", "analyst-b", WHEN, "nobody by this name"),
]


def curate(*args: str, graph: Path, folder: Path, user: str = "analyst-a"):
    return run_kg(
        "curate",
        *args,
        "--graph",
        str(graph),
        "--input",
        str(folder),
        env={**os.environ, "USER": user},
    )


def seed_copy(folder: Path) -> Path:
    folder.mkdir()
    for article in SEEDS.glob("*.txt"):
        shutil.copy(article, folder)
    return folder


@pytest.fixture(scope="module")
def curated(seed_graph, tmp_path_factory):
    """(the `kg build` run, the graph it wrote, the input folder) for the seeds with decisions
    written by `kg curate` against the seed graph, plus two stale ones written by hand."""
    base = tmp_path_factory.mktemp("curated")
    folder = seed_copy(base / "articles")
    why = ("--why", "checked against the article")
    for args in [
        ("reject", "هاكان فيدان", "met", "Hamas", "--document", ISTANBUL_TALKS, *why),
        ("reject", "Turkey", "met", "Donald Trump", "-d", ISTANBUL_TALKS, *why),
        ("link", "خليل الحيه", "Q900000082", *why),  # folded spelling of «خليل الحية»
        ("merge", str(AMBASSADOR), "kgr:entity/person-e61b6d9543a9", *why),
        ("rename", "نوح يلماز", "نوح يلمز", *why),
        ("unlink", "Q22686", "--who", "analyst-c", *why),
    ]:
        done = curate(*args, graph=seed_graph, folder=folder)
        assert done.returncode == 0, done.stderr
    with (folder / "curation.tsv").open("a", encoding="utf-8") as file:
        file.writelines("\t".join(row) + "\n" for row in STALE)
    output = base / "out" / "kg.ttl"
    built = run_kg("build", "--input", str(folder), "--output", str(output))
    assert built.returncode == 0, built.stderr
    return built, output, folder


@pytest.fixture(scope="module")
def graph(curated) -> Graph:
    return Graph().parse(curated[1])


def who_met_hamas(graph: Path) -> str:
    done = run_kg("query", "who-met-hamas", "--graph", str(graph), "--format", "csv")
    assert done.returncode == 0, done.stderr
    return done.stdout


# ---------------------------------------------------------------- kg curate writes the file


def test_kg_curate_writes_one_row_per_decision_with_who_when_why(curated):
    _, _, folder = curated
    lines = (folder / "curation.tsv").read_text(encoding="utf-8").splitlines()
    assert lines[0].split("\t") == list(COLUMNS)
    rows = [line.split("\t") for line in lines[1:]]
    assert [row[0] for row in rows] == [
        *("reject", "reject", "link", "merge", "rename", "unlink"),
        *(row[0] for row in STALE),
    ]
    assert rows[0][:5] == ["reject", "هاكان فيدان", "met", "Hamas", ISTANBUL_TALKS]
    assert {row[6] for row in rows[:5]} == {"analyst-a"}  # $USER
    assert rows[5][6] == "analyst-c"  # --who
    assert rows[5][5] == "Q22686"  # an unlink names the item it removes
    assert all(row[7].endswith("+00:00") and row[8] for row in rows[:6])


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("link", "Hamas", "Q0123"), "«Q0123» is not a Wikidata QID"),
        (("link", "Hamas", "38799"), "«38799» is not a Wikidata QID"),
        (("reject", "Hamas", "met", "Pakistan"), "matches nothing in"),
        (("reject", "Hamas", "likes", "Turkey"), "unknown relation «likes»"),
        (("unlink", "Khalil al-Hayya"), "it is not linked"),
        (("merge", "Turkey", "Hamas"), "only entities of one kind merge"),
        (("rename", "حماس", "Hamas"), "its label is «Hamas» already"),
    ],
)
def test_kg_curate_refuses_a_decision_the_graph_does_not_bear(seed_graph, tmp_path, args, message):
    done = curate(*args, "--why", "test", graph=seed_graph, folder=tmp_path)
    assert done.returncode == 1
    (line,) = done.stderr.splitlines()
    assert message in line
    assert not (tmp_path / "curation.tsv").exists()


def test_kg_curate_lists_the_entities_an_ambiguous_name_may_be(seed_graph, tmp_path):
    done = curate("rename", "السفير التركي", "سفير تركيا", "--why", "x", graph=seed_graph,
                  folder=tmp_path)  # fmt: skip
    assert done.returncode == 1
    (line,) = done.stderr.splitlines()
    assert "«السفير التركي» names 2 entities: kgr:entity/person-d6dd3a988641" in line
    assert "kgr:entity/person-e61b6d9543a9" in line and "name one by its IRI" in line


def test_kg_curate_writes_a_decision_once_under_any_name(curated, seed_graph):
    again = ("reject", "Hakan Fidan", "met", "حماس", "-d", ISTANBUL_TALKS, "--why", "again")
    done = curate(*again, graph=seed_graph, folder=curated[2])
    assert done.returncode == 1
    assert "matches nothing" in done.stderr and "no such fact" in done.stderr


def test_names_resolve_in_every_way_an_analyst_writes_them(seed_graph):
    graph = Graph().parse(seed_graph)
    for name in ("خليل الحية", "خليل الحيه", "Khalil al-Hayya", "khalil  AL-HAYYA",
                 str(AL_HAYYA), "kgr:entity/khalil-al-hayya"):  # fmt: skip
        assert named(graph, name) == [AL_HAYYA], name
    assert named(graph, "Q38799") == named(graph, "حماس") == [HAMAS]
    assert named(graph, "Q999999999") == named(graph, "kgr:entity/nobody") == []


# ---------------------------------------------------------------- kg build applies it


def test_a_rejected_meeting_is_gone_from_who_met_hamas(seed_graph, curated, graph):
    before, after = who_met_hamas(seed_graph), who_met_hamas(curated[1])
    assert "Hakan Fidan" in before
    assert "Hakan Fidan" not in after
    # The other meetings with Hamas stay, the one in the same article too.
    assert after.count("İbrahim Kalın") == before.count("İbrahim Kalın") == 3
    assert f"Turkey,2025-11,Istanbul,0.85,{ISTANBUL_TALKS}" in after
    assert (FIDAN, KG.met, HAMAS) not in graph and (HAMAS, KG.met, FIDAN) not in graph
    assert not [fact for fact in graph.subjects(RDF.subject, FIDAN)]


def test_an_event_goes_with_its_last_fact_and_stays_while_others_remain(seed_graph, graph):
    seeds = Graph().parse(seed_graph)
    (fidan_fact,) = seeds.subjects(RDF.subject, FIDAN)
    (turkey_trump,) = (
        fact for fact in seeds.subjects(RDF.object, TRUMP) if (fact, RDF.subject, TURKEY) in seeds
    )
    alone, shared = seeds.value(fidan_fact, KG.event), seeds.value(turkey_trump, KG.event)
    assert len(set(seeds.subjects(KG.event, alone))) == 1
    assert len(set(seeds.subjects(KG.event, shared))) == 7  # seven states met Trump
    assert (alone, None, None) not in graph
    assert (turkey_trump, None, None) not in graph and (TURKEY, KG.met, TRUMP) not in graph
    assert (shared, RDF.type, KG.Meeting) in graph
    assert len(set(graph.subjects(KG.event, shared))) == 6
    assert (shared, KG.participant, TURKEY) in graph  # Turkey was there; it met no one


def test_link_merge_rename_and_unlink_are_applied(graph):
    assert graph.value(AL_HAYYA, OWL.sameAs) == WD["Q900000082"]
    assert graph.value(AL_HAYYA, KG.linkStatus) == KG.Linked
    assert graph.value(AL_HAYYA, KG.linkSource) == Literal("curation")

    assert (AMBASSADOR_TOO, None, None) not in graph and (None, None, AMBASSADOR_TOO) in graph
    assert not [p for _, p in graph.subject_predicates(AMBASSADOR_TOO) if p != KG.affects]
    assert (AMBASSADOR, RDF.type, KG.Person) in graph

    arabic = [label for label in graph.objects(YILMAZ, RDFS.label) if label.language == "ar"]
    assert arabic == [Literal("نوح يلمز", lang="ar")]
    assert graph.value(YILMAZ, SKOS.altLabel) == Literal("نوح يلماز", lang="ar")

    assert (TRUMP, OWL.sameAs, None) not in graph
    assert graph.value(TRUMP, KG.linkStatus) == KG.Unlinked


def test_each_applied_decision_is_recorded_with_who_when_why_and_what_it_changed(graph):
    decisions = {str(graph.value(d, KG.action)): d for d in graph.subjects(RDF.type, KG.Decision)}
    assert len(list(graph.subjects(RDF.type, KG.Decision))) == 6
    assert set(decisions) == {"reject", "link", "merge", "rename", "unlink"}
    for decision in decisions.values():
        agent = graph.value(decision, PROV.wasAttributedTo)
        assert (agent, RDF.type, PROV.Agent) in graph
        created = graph.value(decision, DCTERMS.created)
        assert (
            created.datatype.endswith("XMLSchema#dateTime")
            and created.toPython().tzinfo is not None
        )
        assert graph.value(decision, RDFS.comment) == Literal("checked against the article")
    assert str(graph.value(graph.value(decisions["unlink"], PROV.wasAttributedTo), RDFS.label)) == (
        "analyst-c"
    )
    assert set(graph.objects(decisions["merge"], KG.affects)) == {AMBASSADOR, AMBASSADOR_TOO}
    assert set(graph.objects(decisions["link"], KG.affects)) == {AL_HAYYA}
    rejected = {
        d for d in graph.subjects(KG.action, Literal("reject")) if (d, KG.affects, FIDAN) in graph
    }
    (reject,) = rejected
    affected = set(graph.objects(reject, KG.affects))
    assert {FIDAN, HAMAS} < affected
    assert any(str(node).startswith(str(KGR["fact/"])) for node in affected)


def test_stale_decisions_are_reported_and_the_build_succeeds(curated):
    built, output, _ = curated
    assert "curation: applied / matched nothing │ 6 / 2" in built.stdout
    lines = [line for line in built.stderr.splitlines() if line.startswith("curation.tsv")]
    assert lines == [
        "curation.tsv line 8: reject «Hamas» met «Pakistan» in every document matches "
        "nothing: no such fact in the graph",
        "curation.tsv line 9: link «زيد بن عمرو» to Q42 matches nothing: "
        "no entity «زيد بن عمرو» in the graph",
    ]
    assert output.is_file()


def test_the_curation_file_is_not_read_as_an_article(curated):
    built = curated[0].stdout
    assert "│ documents                           │ 7 " in built
    assert "│ skipped                             │ 0 " in built


def test_a_malformed_curation_file_stops_the_build_before_parsing(tmp_path):
    folder = seed_copy(tmp_path / "articles")
    (folder / "curation.tsv").write_text(
        "\t".join(COLUMNS) + "\nlink\tHamas\t\t\t\tQ0\tme\t2025-01-01T00:00:00Z\t\n",
        encoding="utf-8",
    )
    done = run_kg("build", "--input", str(folder), "--output", str(tmp_path / "kg.ttl"))
    assert done.returncode == 1
    (line,) = done.stderr.splitlines()
    assert "curation.tsv line 2: «Q0» is not a Wikidata QID" in line
    assert not (tmp_path / "kg.ttl").exists()


def curation_file(folder: Path, *rows: tuple[str, ...]) -> Path:
    lines = ["\t".join(COLUMNS), *("\t".join(row) for row in rows)]
    (folder / "curation.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def test_merging_two_who_met_leaves_no_one_meeting_themself(seed_graph, tmp_path):
    graph = Graph().parse(seed_graph)
    kalin = KGR["entity/ibrahim-kalin"]
    assert (kalin, KG.met, AL_HAYYA) in graph and (TURKEY, KG.met, AL_HAYYA) in graph
    merge = ("merge", "İbrahim Kalın", "", "Khalil al-Hayya", "", "", "me", WHEN, "a test")
    report = apply_curation(graph, curation_file(tmp_path, merge))
    assert len(report.applied) == 1 and report.unmatched == []
    check_conforms(graph)
    assert (AL_HAYYA, None, None) not in graph
    assert (kalin, KG.met, kalin) not in graph
    assert not [f for f in graph.subjects(RDF.subject, kalin) if (f, RDF.object, kalin) in graph]
    assert (TURKEY, KG.met, kalin) in graph and (kalin, KG.met, HAMAS) in graph
    assert (kalin, SKOS.altLabel, Literal("خليل الحية", lang="ar")) in graph


def test_a_name_in_the_file_that_fits_two_entities_is_an_error_naming_both(seed_graph, tmp_path):
    rename = ("rename", "السفير التركي", "", "", "", "سفير تركيا", "me", WHEN, "")
    with pytest.raises(CurationError, match="line 2: «السفير التركي» names 2 entities") as error:
        apply_curation(Graph().parse(seed_graph), curation_file(tmp_path, rename))
    assert str(AMBASSADOR).split("/")[-1] in str(error.value)
    assert str(AMBASSADOR_TOO).split("/")[-1] in str(error.value)


# ---------------------------------------------------------------- kg review


def review(graph: Path, *args: str) -> list[str]:
    done = run_kg("review", "--graph", str(graph), *args, env={**os.environ, "COLUMNS": "200"})
    assert done.returncode == 0, done.stderr
    return done.stdout.splitlines()


def commands(lines: list[str]) -> list[list[str]]:
    """The `kg curate` command lines printed under the table."""
    found = [line.strip().split("  ", 1)[1] for line in lines if "  kg curate " in line]
    return [shlex.split(line) for line in found]


def test_kg_review_lists_conflicting_dates_and_low_confidence_facts(seed_graph, tmp_path):
    lines = review(seed_graph, "--limit", "3")
    conflicts = [line for line in lines if "conflicting date" in line]
    assert len(conflicts) == 2  # İbrahim Kalın met Hamas in 2025-11 and in 2026-03
    assert all("İbrahim Kalın met Hamas" in line for line in conflicts)
    assert "2025-11" in conflicts[0] and "2026-03" in conflicts[1]
    low = [line for line in lines if "low confidence" in line]
    assert len(low) == 3 and all(" 0.70 " in line for line in low)
    found = commands(lines)
    assert len(found) == 5
    assert found[0] == [
        *("kg", "curate", "reject", "İbrahim Kalın", "met", "Hamas"),
        *("--document", ISTANBUL_TALKS, "--why", "REASON"),
    ]
    # A printed command does what it says.
    done = curate(*found[1][2:], graph=seed_graph, folder=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "reject «İbrahim Kalın» met «Hamas» in 003_" in done.stdout


def test_kg_review_lists_link_candidates_with_their_link_command(
    seed_graph, wikidata_server, tmp_path
):
    linked = tmp_path / "kg.ttl"
    shutil.copy(seed_graph, linked)
    url = wikidata_server.endpoints.query
    env = {**os.environ, "KG_CACHE_DIR": str(tmp_path / "cache")}
    done = run_kg("link", "-g", str(linked), "--online", "--endpoint", url, "--threshold", "0.99",
                  env=env)  # fmt: skip
    assert done.returncode == 0, done.stderr
    lines = review(linked)
    candidates = [line for line in lines if "link candidate" in line]
    assert any("Hakan Fidan → Q900000003" in line for line in candidates), lines
    link = ["kg", "curate", "link", "Hakan Fidan", "Q900000003", "--why", "REASON"]
    assert link in commands(lines)
    done = curate(*link[2:], graph=linked, folder=tmp_path)
    assert done.returncode == 0, done.stderr


def test_kg_link_leaves_unlinked_what_an_analyst_unlinked(curated, tmp_path):
    copy = tmp_path / "kg.ttl"
    shutil.copy(curated[1], copy)
    done = run_kg("link", "-g", str(copy))  # the shipped table knows Donald Trump (Q22686)
    assert done.returncode == 0, done.stderr
    assert "1 kept unlinked by an analyst (kg curate unlink)" in done.stdout
    assert (TRUMP, OWL.sameAs, None) not in Graph().parse(copy)
