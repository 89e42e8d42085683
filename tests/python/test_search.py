"""Catalog search (A20) through the Python binding: SearchQuery as a struct and
as keywords, hits carrying whole CatalogEntry values, facets, refusals, the
GIL (threads on one handle, checked against an SQL LIKE over the file's
search_documents table with Python's own sqlite3). That words of every length
equal the LIKE scan, name-first ranking, paging and the index following
publication and withdrawal are tests/cpp/search_test.cpp's. The same platform:
the 25 entries of examples/data/catalog-sample.json, each published by its
own department."""

from __future__ import annotations

import datetime
import pathlib
import sqlite3

import pytest

import govshare as gs

BUREAU = "11320600MB1T01108B"  # 南通市大数据管理局
RUGAO_PLATFORM = "11320682MB1R030051"  # 如皋市大数据管理局

START = datetime.datetime(2026, 9, 1, 9, 0, tzinfo=gs.SHANGHAI)

R, L = gs.Role, gs.DepartmentLevel


class Catalog:
    """A platform on a file with the sample catalog published."""

    def __init__(self, path: pathlib.Path, p: gs.Platform) -> None:
        self.path = path
        self.p = p
        self.ids: dict[str, int] = {}  # entry name -> platform id
        self.leaders: dict[int, str] = {}  # platform id -> the publishing leader
        self.operators: dict[int, str] = {}  # platform id -> the drafting operator

    def like(self, *words: str) -> list[int]:
        """Entry ids whose search text holds every word, by SQL LIKE (ASCII case folded)."""
        sql = "SELECT entry_id FROM search_documents WHERE 1"
        sql += " AND text LIKE ?" * len(words) + " ORDER BY entry_id"
        db = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True)
        try:
            return [row[0] for row in db.execute(sql, [f"%{w}%" for w in words])]
        finally:
            db.close()

    def ids_of(self, text: str, limit: int = 1000) -> list[int]:
        """Entry ids the platform's search finds for text, sorted."""
        r = self.p.catalog.search("auditor", gs.SearchQuery(text=text, limit=limit, facets=False))
        ids = [h.entry_id for h in r.hits]
        assert r.total == len(ids), text
        return sorted(ids)


def seed(p: gs.Platform) -> None:
    p.initialize(gs.Department(code=BUREAU, name="南通市大数据管理局", level=L.BUREAU),
                 gs.User(id="admin", name="王局", department_code=BUREAU, roles=[R.BUREAU_ADMIN]))
    p.add_user("admin", gs.User(id="reviewer", name="李审", department_code=BUREAU,
                                roles=[R.BUREAU_REVIEWER]))
    p.add_user("admin", gs.User(id="auditor", name="赵审计", department_code=BUREAU, roles=[R.AUDITOR]))
    p.add_department("admin", gs.Department(code=RUGAO_PLATFORM, name="如皋市大数据管理局",
                                            level=L.COUNTY_PLATFORM))


def publish_sample(p: gs.Platform, path: pathlib.Path, sample: pathlib.Path) -> Catalog:
    seed(p)
    c = Catalog(path, p)
    for n, e in enumerate(gs.load_catalog_file(sample).entries):
        code = e.provider.code
        if p.find_department(code) is None:
            county = code.startswith("11320682")
            p.add_department("admin", gs.Department(
                code=code, name=e.provider.name, level=L.COUNTY if county else L.MUNICIPAL,
                parent_code=RUGAO_PLATFORM if county else ""))
        op, leader = f"op{n}", f"leader{n}"
        p.add_user("admin", gs.User(id=op, name="经办人", department_code=code, roles=[R.DEPT_OPERATOR]))
        p.add_user("admin", gs.User(id=leader, name="分管领导", department_code=code,
                                    roles=[R.DEPT_LEADER]))
        e.code = ""  # assigned by the bureau (A7)
        e.related_codes = []
        r = p.catalog.create_draft(op, e)
        r = p.catalog.submit(op, r.id, r.row_version)
        r = p.catalog.approve("reviewer", r.id, r.row_version)
        r = p.catalog.publish(leader, r.id, r.row_version)
        c.ids[e.name] = r.id
        c.leaders[r.id] = leader
        c.operators[r.id] = op
    return c


@pytest.fixture
def catalog(tmp_path: pathlib.Path, sample_catalog_path: pathlib.Path):
    path = tmp_path / "search.db"
    with gs.Platform.open(path, durability=gs.Durability.NORMAL, simulated_time=START) as p:
        yield publish_sample(p, path, sample_catalog_path)


# ---- the search documents (A20) --------------------------------------------------------------


def test_search_documents_hold_every_published_entry(catalog: Catalog) -> None:
    assert catalog.like("") == sorted(catalog.ids.values())


# ---- ranking, descriptions, paging --------------------------------------------------------------


def test_name_matches_first_with_full_descriptions(catalog: Catalog) -> None:
    # Name matches first and paging are SearchTest.NameMatchesFirstWithFullDescriptions';
    # here the hits' types, and (not yet in C++) the order within each group, the
    # hit's entry equal to the live content, and paging past the end.
    p = catalog.p
    r = p.catalog.search("auditor", gs.SearchQuery(text="登记"))
    assert isinstance(r, gs.SearchResult)
    for h in r.hits:
        assert isinstance(h, gs.SearchHit) and isinstance(h.entry, gs.CatalogEntry)
        assert h.entry_id == catalog.ids[h.entry.name]
        # The full description: the live content, as get_entry gives it.
        assert h.entry == p.catalog.get_entry("auditor", h.entry_id).live
    # Within each group, by entry id.
    names = [h.entry_id for h in r.hits if h.name_match]
    others = [h.entry_id for h in r.hits if not h.name_match]
    assert names == sorted(names) and others == sorted(others) and names and others
    assert p.catalog.search("auditor", gs.SearchQuery(text="登记", offset=r.total)).hits == []
    assert p.catalog.search("auditor", gs.SearchQuery(text="登记", limit=0)).total == r.total


def test_default_limit_is_twenty(catalog: Catalog) -> None:
    r = catalog.p.catalog.search("auditor", gs.SearchQuery())
    assert r.total == 25 and len(r.hits) == 20 == gs.SearchQuery().limit


# ---- filters and facets (A20: by department, topic, industry) ------------------------------------


def test_filters_and_facets(catalog: Catalog) -> None:
    # The department facet and filter, topic, share class and method filters and an
    # unknown provider are SearchTest.FiltersAndFacets'; the rest is not yet in C++.
    p = catalog.p
    all_ = p.catalog.search("auditor", gs.SearchQuery(text="信息"))
    f = all_.facets
    assert isinstance(f, gs.SearchFacets)
    counts = [d.count for d in f.departments]
    assert counts == sorted(counts, reverse=True)
    top = f.departments[0]
    assert isinstance(top, gs.FacetCount)
    assert top.label == p.find_department(top.value).name
    for t in f.topics:
        assert p.catalog.search("auditor", gs.SearchQuery(text="信息", topic=t.value)).total == t.count
    for i in f.industries:
        hits = p.catalog.search("auditor", gs.SearchQuery(text="信息", industry=i.value, limit=1000))
        assert hits.total == i.count
        assert all(h.entry.industry == i.value for h in hits.hits)

    daily = p.catalog.search("auditor", gs.SearchQuery(update_cycle=gs.UpdateCycle.DAILY, limit=1000))
    assert all(h.entry.update_cycle == gs.UpdateCycle.DAILY for h in daily.hits)
    db = p.catalog.search("auditor", gs.SearchQuery(format=gs.FormatClass.DATABASE, limit=1000))
    assert db.total > 0
    assert all(h.entry.format.format_class == gs.FormatClass.DATABASE for h in db.hits)

    # Enumeration facets: the value is enum_name, the label the Chinese label.
    classes = f.share_classes
    assert classes
    for c in classes:
        assert c.label == gs.chinese_label(gs.parse_share_class(c.value))
        q = gs.SearchQuery(text="信息", share_class=gs.parse_share_class(c.value))
        assert p.catalog.search("auditor", q).total == c.count
    assert sum(c.count for c in classes) == all_.total
    for m in f.methods:
        assert m.label == gs.chinese_label(gs.parse_share_method(m.value))
    for u in f.update_cycles:
        assert u.label == gs.chinese_label(gs.parse_update_cycle(u.value))
    for fc in f.formats:
        assert fc.label == gs.chinese_label(gs.parse_format_class(fc.value))

    # Facets off.
    bare = p.catalog.search("auditor", gs.SearchQuery(text="信息", facets=False))
    assert bare.total == all_.total
    assert bare.facets.departments == [] and bare.facets.share_classes == []


def test_refusals(catalog: Catalog) -> None:
    p = catalog.p
    with pytest.raises(gs.InvalidArgumentError):
        p.catalog.search("auditor", gs.SearchQuery(limit=2000))
    with pytest.raises(gs.InvalidArgumentError):
        p.catalog.search("auditor", gs.SearchQuery(offset=-1))
    with pytest.raises(gs.PermissionDeniedError):
        p.catalog.search("ghost", gs.SearchQuery())
    # Any platform user may search (A20): a department's operator too.
    assert p.catalog.search("op0", gs.SearchQuery(text="人口")).total == len(catalog.like("人口"))


def test_keyword_form_builds_the_same_query(catalog: Catalog) -> None:
    p = catalog.p

    def ids(r: gs.SearchResult) -> list[int]:
        return [h.entry_id for h in r.hits]

    q = gs.SearchQuery(text="信息", topic="人口", share_class=gs.ShareClass.CONDITIONAL, limit=5)
    assert ids(p.catalog.search("auditor", "信息", topic="人口", share_class=gs.ShareClass.CONDITIONAL,
                        limit=5)) == ids(p.catalog.search("auditor", q))
    assert ids(p.catalog.search("auditor", query=q)) == ids(p.catalog.search("auditor", q))
    assert p.catalog.search("auditor").total == 25  # no words, no filters
    assert ids(p.catalog.search("auditor", "婚")) == ids(p.catalog.search("auditor", gs.SearchQuery(text="婚")))
    r = p.catalog.search("auditor", text="登记", offset=2, limit=2, facets=False)
    assert ids(r) == ids(p.catalog.search("auditor", gs.SearchQuery(text="登记", limit=1000)))[2:4]
    assert r.facets.departments == []
    with pytest.raises(TypeError):
        p.catalog.search("auditor", "信息", "人口")  # filters are keyword-only


# ---- the index follows the catalog at once -------------------------------------------------------


# ---- types ---------------------------------------------------------------------------------------


def test_value_types_are_keyword_structs() -> None:
    q = gs.SearchQuery(text="人口", share_class=gs.ShareClass.CONDITIONAL)
    assert q.department == "" and q.offset == 0 and q.limit == 20 and q.facets is True
    assert q.format is None and q.update_cycle is None and q.method is None
    assert repr(q).startswith("SearchQuery(text='人口', ")
    assert gs.SearchQuery.__module__ == "govshare"
    with pytest.raises(TypeError):
        gs.SearchQuery("人口")  # keyword-only
    import copy
    c = copy.deepcopy(q)
    c.text = "婚"
    assert q.text == "人口"
    f = gs.FacetCount(value="conditional", label="有条件共享", count=3)
    assert repr(f) == "FacetCount(value='conditional', label='有条件共享', count=3)"
    # List fields read as copies: assign a new list.
    facets = gs.SearchFacets()
    facets.topics.append(f)
    assert facets.topics == []
    facets.topics = [f]
    assert facets.topics[0].count == 3
    # A struct field is a live reference.
    hit = gs.SearchHit(entry_id=1)
    hit.entry.name = "户籍人口基本信息"
    assert hit.entry.name == "户籍人口基本信息"


def test_threads_search_one_handle_together(catalog: Catalog) -> None:
    # search releases the GIL (after copying the query) and takes the handle's lock.
    import threading

    expected = {w: catalog.like(w) for w in ("婚", "人口", "不动产", "登记信息")}
    errors: list = []

    def work(word: str) -> None:
        try:
            for _ in range(50):
                r = catalog.p.catalog.search("auditor", word, limit=1000, facets=False)
                assert sorted(h.entry_id for h in r.hits) == expected[word]
        except Exception as error:  # reported below
            errors.append(error)

    threads = [threading.Thread(target=work, args=(w,)) for w in expected]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert errors == []
