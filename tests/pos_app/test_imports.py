"""CSV imports of items and people: every row's problem named, all rows or none imported."""
from __future__ import annotations

import pytest
from sqlalchemy import func, select

from pos_app.errors import AmountNegative, ImeiCheckDigit, PermissionDenied
from pos_app.models import (
    AuditEntry,
    Item,
    ItemEvent,
    LabelJob,
    OutboxEvent,
    Party,
    PriceChange,
)
from pos_app.services import imports, items, parties
from tests.pos_app.intake_support import imei, list_stolen

PHONE_IMEI = imei("35391110123456")
GOOD_ITEMS = (
    "Category,Code,Brand,Model,Serial,Grade,Price,Cost,Location,Notes\n"
    f"3c.phone,OLD-001,Apple,iPhone 13 128GB,{PHONE_IMEI},B,\"1,289.50\",900,A-3,蓝色\n"
    "女装,OLD-002,优衣库,羽绒服,,A,129,,B-1,\n"
    "3c.phone,,Huawei,P30,,,,,,\"no grade yet, no price\"\n"
)
GOOD_PARTIES = (
    "name,kind,phone,email,consignor,buyer,notes\n"
    "王芳,person,138 1234 5678,wang@example.com,yes,no,寄卖老客户\n"
    "Green Repairs Ltd,business,021-5555-0101,,否,是,\n"
)


def _file(tmp_path, text: str, name: str = "in.csv", encoding: str = "utf-8-sig"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def _counts(store) -> dict[str, int]:
    with store.db.read() as s:
        return {m.__tablename__: s.scalar(select(func.count()).select_from(m))
                for m in (Item, ItemEvent, Party, PriceChange, LabelJob, AuditEntry, OutboxEvent)}


def _only_problem(preview) -> imports.ImportProblem:
    assert not preview.ok and len(preview.problems) == 1, [p.message for p in preview.problems]
    return preview.problems[0]


def test_a_good_items_file_imports_completely(store, tmp_path):
    before = _counts(store)
    steps: list[tuple[int, int]] = []
    checked = imports.preview(store.db, store.manager, "items", _file(tmp_path, GOOD_ITEMS),
                              progress=lambda d, t: steps.append((d, t)))
    assert checked.ok and checked.problems == () and len(checked.rows) == 3
    assert checked.columns[:3] == ("category", "code", "brand") and steps[-1] == (3, 3)

    result = imports.import_rows(store.db, store.manager, checked)
    assert result.imported == 3 and all(code.startswith("SH01-") for code in result.keys)
    phone, coat, plain = (items.find_by_code(store.db, code) for code in result.keys)
    assert (phone.state, phone.grade, str(phone.price.amount), str(phone.cost.amount)) == (
        "priced", "B", "1289.50", "900.00")
    assert (coat.state, coat.category, str(coat.price.amount)) == ("priced", "Women's clothing",
                                                                   "129.00")
    assert (plain.state, plain.price, plain.notes) == ("received", None, "no grade yet, no price")
    with store.db.read() as s:
        found = s.scalars(select(Item).where(Item.code == phone.code)).one()
        assert (found.serial, found.attributes, found.location) == (
            PHONE_IMEI, {"legacy_code": "OLD-001"}, "A-3")
    after = _counts(store)
    assert after["items"] - before["items"] == 3
    assert after["item_events"] - before["item_events"] == 3 + 2 + 2  # received, graded, priced
    assert after["price_changes"] - before["price_changes"] == 2
    assert after["label_queue"] - before["label_queue"] == 2
    assert "import.items" in store.actions()


def test_a_good_parties_file_imports_completely(store, tmp_path):
    checked = imports.preview(store.db, store.manager, "parties", _file(tmp_path, GOOD_PARTIES))
    assert checked.ok, [p.message for p in checked.problems]
    result = imports.import_rows(store.db, store.manager, checked)
    assert result.imported == 2
    found = {p.name: p for p in parties.list_parties(store.db, store.manager)}
    assert found["王芳"].is_consignor and not found["王芳"].is_buyer
    assert found["王芳"].email == "wang@example.com" and found["王芳"].notes == "寄卖老客户"
    assert found["Green Repairs Ltd"].kind == "business" and found["Green Repairs Ltd"].is_buyer


def test_a_file_saved_by_chinese_excel_in_gb18030_reads(store, tmp_path):
    path = _file(tmp_path, GOOD_PARTIES, encoding="gb18030")
    assert imports.preview(store.db, store.manager, "parties", path).ok


BAD_ROWS = [
    ("bad code", "3c.phone,OLD 7,Apple,X,,,,", "code", imports.BadCode),
    ("unknown category", "bicycles,,Giant,ATX,,,,", "category", imports.UnknownCategory),
    ("negative price", "3c.phone,,Apple,X,,B,-5,", "price", AmountNegative),
    ("malformed price", "3c.phone,,Apple,X,,B,12.5.0,", "price", imports.ValidationError),
    ("bad IMEI", "3c.phone,,Apple,X,353911101234567,,,", "serial", ImeiCheckDigit),
    ("duplicate code", "3c.phone,OLD-001,Apple,X,,,,", "code", imports.DuplicateInFile),
    ("duplicate IMEI", f"3c.phone,,Apple,X,{PHONE_IMEI},,,", "serial", imports.DuplicateInFile),
    ("bad grade", "3c.phone,,Apple,X,,Z,,", "grade", imports.ValidationError),
    ("price without grade", "3c.phone,,Apple,X,,,100,", "price", imports.PriceNeedsGrade),
    ("too many fields", "3c.phone,,Apple,X,,,,,extra", "", imports.FieldCount),
]


@pytest.mark.parametrize(("case", "line", "column", "error"), BAD_ROWS, ids=[c[0] for c in BAD_ROWS])
def test_one_bad_row_rejects_the_whole_file_naming_the_row(store, tmp_path, case, line, column,
                                                             error):
    text = ("category,code,brand,model,serial,grade,price,cost\n"
            f"3c.phone,OLD-001,Apple,iPhone 13,{PHONE_IMEI},B,1289,\n"
            "3c.tablet,OLD-002,Apple,iPad,,A,2000,\n"
            f"{line}\n")
    before = _counts(store)
    checked = imports.preview(store.db, store.manager, "items", _file(tmp_path, text))
    problem = _only_problem(checked)
    assert (problem.row, problem.column) == (4, column) and isinstance(problem.error, error)
    assert [r.row for r in checked.rows if r.problems] == [4]
    assert checked.rows_with_problems == 1 and len(checked.rows) == 3
    with pytest.raises(imports.ImportHasProblems):
        imports.import_rows(store.db, store.manager, checked)
    assert _counts(store) == before


def test_a_device_or_code_already_in_the_store_is_a_problem(store, tmp_path):
    with store.db.write() as s:
        items.add_received(s, store.admin, category="3c.phone", acquisition="buy_back",
                           serial=PHONE_IMEI, attributes={"legacy_code": "old-9"})
    stolen = imei("86012345678901")
    list_stolen(store, stolen)
    text = ("category,code,serial\n"
            f"3c.phone,,{PHONE_IMEI}\n"
            "3c.phone,OLD-9,\n"
            f"3c.phone,,{stolen}\n")
    before = _counts(store)
    checked = imports.preview(store.db, store.manager, "items", _file(tmp_path, text))
    assert [(p.row, p.column, type(p.error)) for p in checked.problems] == [
        (2, "serial", imports.AlreadyInStore), (3, "code", imports.AlreadyInStore),
        (4, "serial", imports.StolenDevice)]
    assert checked.problems[0].message == f"The serial “{PHONE_IMEI}” is already in the store's records."
    assert _counts(store) == before


def test_a_malformed_csv_file_is_rejected_naming_where_it_breaks(store, tmp_path):
    text = 'category,brand,model\n3c.phone,Apple,iPhone\n3c.phone,"Apple"x,iPad\n'
    before = _counts(store)
    checked = imports.preview(store.db, store.manager, "items", _file(tmp_path, text))
    problem = _only_problem(checked)
    assert problem.row == 3 and isinstance(problem.error, imports.MalformedCsv)
    with pytest.raises(imports.ImportHasProblems):
        imports.import_rows(store.db, store.manager, checked)
    assert _counts(store) == before


@pytest.mark.parametrize(("text", "error"), [
    ("brand,model\nApple,iPhone\n", imports.MissingColumn),
    ("category,colour\n3c.phone,blue\n", imports.UnknownColumn),
    ("category,brand,Brand\n3c.phone,a,b\n", imports.DuplicateColumn),
    ("category,brand\n", imports.EmptyFile),
    ("", imports.EmptyFile),
])
def test_a_bad_first_row_or_an_empty_file_is_a_problem_of_row_one(store, tmp_path, text, error):
    problem = _only_problem(imports.preview(store.db, store.manager, "items",
                                            _file(tmp_path, text)))
    assert isinstance(problem.error, error) and problem.row in (0, 1)


def test_a_spreadsheet_that_is_not_csv_is_refused(store, tmp_path):
    path = tmp_path / "items.xlsx"
    path.write_bytes(b"PK\x03\x04 zipped workbook")
    problem = _only_problem(imports.preview(store.db, store.manager, "items", path))
    assert isinstance(problem.error, imports.NotCsv)


def test_every_problem_of_every_row_is_listed(store, tmp_path):
    text = ("category,code,serial,grade,price\n"
            "bicycles,a b,,Z,-1\n"
            "3c.phone,OK-1,,,\n"
            "3c.phone,OK-1,12345,B,\n")
    checked = imports.preview(store.db, store.manager, "items", _file(tmp_path, text))
    assert [(p.row, p.column) for p in checked.problems] == [
        (2, "category"), (2, "code"), (2, "grade"), (2, "price"),
        (4, "code"), (4, "serial")]
    assert checked.rows_with_problems == 2


def test_bad_people_rows_name_the_row_and_the_field(store, tmp_path):
    parties.add_party(store.db, store.manager, "Old customer", phone="13900001111")
    text = ("name,phone,email,consignor\n"
            ",13800000000,,\n"
            "李雷,phone?,,\n"
            "韩梅梅,,not-an-email,\n"
            "张三,139-0000-1111,,\n"
            "赵四,,,maybe\n")
    before = _counts(store)
    checked = imports.preview(store.db, store.manager, "parties", _file(tmp_path, text))
    assert [(p.row, p.column) for p in checked.problems] == [
        (2, "name"), (3, "phone"), (4, "email"), (5, "phone"), (6, "consignor")]
    assert isinstance(checked.problems[3].error, imports.AlreadyInStore)
    with pytest.raises(imports.ImportHasProblems):
        imports.import_rows(store.db, store.manager, checked)
    assert _counts(store) == before


def test_the_store_changing_after_the_preview_stops_the_import(store, tmp_path):
    checked = imports.preview(store.db, store.manager, "items", _file(tmp_path, GOOD_ITEMS))
    assert checked.ok
    with store.db.write() as s:
        items.add_received(s, store.admin, category="3c.phone", acquisition="buy_back",
                           serial=PHONE_IMEI)
    before = _counts(store)
    with pytest.raises(imports.ImportOutdated):
        imports.import_rows(store.db, store.manager, checked)
    assert _counts(store) == before


def test_only_a_manager_may_import(store, tmp_path):
    path = _file(tmp_path, GOOD_ITEMS)
    with pytest.raises(PermissionDenied):
        imports.preview(store.db, store.clerk, "items", path)
    with pytest.raises(PermissionDenied):
        imports.preview(store.db, store.grader, "parties", _file(tmp_path, GOOD_PARTIES, "p.csv"))
    with pytest.raises(imports.UnknownImport):
        imports.preview(store.db, store.manager, "vouchers", path)
    checked = imports.preview(store.db, store.manager, "items", path)  # a manager's preview
    before = _counts(store)
    with pytest.raises(PermissionDenied):  # is not a clerk's licence to import it
        imports.import_rows(store.db, store.clerk, checked)
    assert _counts(store) == before


def test_a_large_file_reports_progress_as_it_imports(store, tmp_path):
    rows = "".join(f"clothing.women,BULK-{n},Brand,Coat {n},,C,{n + 10}\n" for n in range(450))
    path = _file(tmp_path, "category,code,brand,model,serial,grade,price\n" + rows)
    checked = imports.preview(store.db, store.manager, "items", path)
    assert checked.ok
    steps: list[tuple[int, int]] = []
    result = imports.import_rows(store.db, store.manager, checked,
                                 progress=lambda d, t: steps.append((d, t)))
    assert result.imported == 450 and steps == [(200, 450), (400, 450), (450, 450)]
