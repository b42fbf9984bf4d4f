"""Issuing, reissuing, revoking, reprinting; the key file; codes that decode from PNG and PDF."""

from __future__ import annotations

from pathlib import Path

import pytest
import zxingcpp
from PIL import Image
from sqlalchemy import Engine
from sqlmodel import select

from telecentre_desk.badges import render, secrets, sheet
from telecentre_desk.badges import service as badges
from telecentre_desk.common.errors import DeskError, NotFoundError, ValidationError
from telecentre_desk.db.models import Badge, PlaceSetting
from telecentre_desk.db.uow import unit_of_work
from telecentre_desk.members import service as members

KEY = bytes(range(32))


@pytest.fixture
def desk(place_engine: Engine) -> Engine:
    with unit_of_work(place_engine) as session:
        members.add_member(session, first_name="Marie", last_name="Dupont")
        members.add_member(session, first_name="Élodie", last_name="Thévenot-Grangier")
    return place_engine


def test_issue_then_reissue_supersedes(desk: Engine) -> None:
    with unit_of_work(desk) as session:
        first = badges.issue_badge(session, "1", key=KEY)
        second = badges.issue_badge(session, "FLO-0001", key=KEY)
    assert (first.serial, second.serial, second.superseded) == (1, 2, 1)
    assert first.payload != second.payload
    with unit_of_work(desk) as session:
        assert [(s.serial, s.status) for s in badges.badge_history(session, "1")] == [
            (1, "superseded"), (2, "active")]
        stored = session.exec(select(Badge)).all()
        assert all(first.payload.split(":")[-1] not in b.secret_hash for b in stored)  # only hashes


def test_revoke(desk: Engine) -> None:
    with unit_of_work(desk) as session:
        badges.issue_badge(session, "1", key=KEY)
        assert badges.revoke_badge(session, "1", reason="perdu") == 1
    with pytest.raises(NotFoundError, match="no active badge"), unit_of_work(desk) as session:
        badges.revoke_badge(session, "1")


def test_inactive_members_get_no_badge(desk: Engine) -> None:
    with unit_of_work(desk) as session:
        members.deactivate_member(session, "2")
    with pytest.raises(ValidationError, match="inactive"), unit_of_work(desk) as session:
        badges.issue_badge(session, "2", key=KEY)


def test_reprint_keeps_the_code_and_a_wrong_key_is_refused(desk: Engine) -> None:
    with unit_of_work(desk) as session:
        issued = badges.issue_badge(session, "1", key=KEY)
    with unit_of_work(desk) as session:
        printed = badges.badges_to_print(session, None, key=KEY)
    assert [b.payload for b in printed if b.display_number == "FLO-0001"] == [issued.payload]
    assert [b.display_number for b in printed] == ["FLO-0001", "FLO-0002"]  # 2 never had one: issued
    with pytest.raises(DeskError, match="not the one this place's badges were made with"), \
            unit_of_work(desk) as session:
        badges.badges_to_print(session, None, key=bytes(32))


def test_sheet_skips_revoked_members_unless_named(desk: Engine) -> None:
    with unit_of_work(desk) as session:
        badges.issue_badge(session, "1", key=KEY)
        badges.issue_badge(session, "2", key=KEY)
        badges.revoke_badge(session, "2")
    with unit_of_work(desk) as session:
        assert [b.display_number for b in badges.badges_to_print(session, None, key=KEY)] == ["FLO-0001"]
        named = badges.badges_to_print(session, ["2"], key=KEY)
    assert [(b.display_number, b.serial) for b in named] == [("FLO-0002", 2)]


def test_key_file_is_created_once_private_and_required_after(desk: Engine, tmp_path: Path) -> None:
    key_path = tmp_path / "desk.sqlite.badge-key"
    with unit_of_work(desk) as session:
        key = badges.place_key(session, key_path)
        badges.issue_badge(session, "1", key=key)
    assert key_path.stat().st_mode & 0o777 == 0o600
    with unit_of_work(desk) as session:
        assert badges.place_key(session, key_path) == key
        assert session.exec(select(PlaceSetting).where(PlaceSetting.key == badges.KEY_SETTING)).one().value.strip(
            '"') == secrets.key_fingerprint(key)
    key_path.unlink()
    with pytest.raises(DeskError, match="missing"), unit_of_work(desk) as session:
        badges.place_key(session, key_path)
    assert not key_path.exists()  # never silently replaced by a new key


def _decode(image: Image.Image) -> list[str]:
    return [r.text for r in zxingcpp.read_barcodes(image.convert("L"), formats=zxingcpp.BarcodeFormat.QRCode)]


def test_png_decodes_to_the_payload(desk: Engine, tmp_path: Path) -> None:
    with unit_of_work(desk) as session:
        issued = badges.issue_badge(session, "1", key=KEY)
    render.write_png(issued.payload, tmp_path / "b.png")
    assert _decode(Image.open(tmp_path / "b.png")) == [issued.payload]


def test_sheet_pdf_badges_decode_at_print_resolution(desk: Engine, tmp_path: Path, qapp) -> None:
    from PySide6.QtCore import QSize
    from PySide6.QtPdf import QPdfDocument

    with unit_of_work(desk) as session:
        printed = badges.badges_to_print(session, None, key=KEY) * 6  # 12 badges: two pages
    pages = sheet.write_sheet(printed, tmp_path / "sheet.pdf")
    assert pages == 2
    document = QPdfDocument()
    assert document.load(str(tmp_path / "sheet.pdf")) == QPdfDocument.Error.None_
    assert document.pageCount() == 2
    found: list[str] = []
    for page in range(2):
        size = document.pagePointSize(page)  # render at 150 dpi, a cheap office printer's detail
        qimage = document.render(page, QSize(int(size.width() * 150 / 72), int(size.height() * 150 / 72)))
        qimage.save(str(tmp_path / f"p{page}.png"))
        found += _decode(Image.open(tmp_path / f"p{page}.png"))
    document.close()
    assert sorted(found) == sorted(b.payload for b in printed)
