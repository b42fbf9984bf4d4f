"""One member's card: identity and contact, plan (and its change), carnet, badge, visits, bookings, invoices.

Non-modal, so the host keeps it open beside the desk. Everything is read at once by ``reports.member_card``
and read again after every write. The plan change is the CLI's ``member plan`` (``plans.service.change_plan``):
refused inside an invoiced month, the refusal saying which credit note opens the month again.
"""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QDate, QLocale, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from telecentre_desk.common.money import format_eur
from telecentre_desk.plans.info import read_plans
from telecentre_desk.reports.member_card import MemberCard, read_member_card
from telecentre_desk.ui.form_errors import error_label, message_for
from telecentre_desk.ui.members.labels import category_label, status_label
from telecentre_desk.ui.operations.changes import OpChanges
from telecentre_desk.ui.operations.watch import ChangeWatch
from telecentre_desk.ui.store import ACTOR, Store


def _day(value: dt.date | None) -> str:
    return "" if value is None else f"{value:%d/%m/%Y}"  # as every table of the app shows a day


def _table(parent: QWidget, name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    table.setAccessibleName(name)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            table.setItem(r, c, item)
    table.resizeColumnsToContents()


CARD_READS = ("members", "presence", "bookings", "invoices", "plans", "spaces", "sync", "place")


class MemberCardDialog(QDialog):
    """``edit_requested`` / ``sell_requested`` carry the member's uid: the Members screen opens those dialogs."""

    edit_requested = Signal(str)
    sell_requested = Signal(str)
    PLAN_TAB = 1

    def __init__(self, store: Store, member_uid: str, *, badge_menu: QMenu | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._uid = member_uid
        self.card: MemberCard | None = None
        self.setMinimumSize(560, 420)
        self.resize(760, 540)

        self.header = QLabel(self)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.setWordWrap(True)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Member card"))

        # Identity and contact.
        identity = QWidget(self.tabs)
        self.identity_form = QFormLayout(identity)
        self.identity_labels: dict[str, QLabel] = {}
        for key, caption in (("number", self.tr("Number")), ("status", self.tr("Status")),
                             ("category", self.tr("Category")), ("email", self.tr("Email")),
                             ("phone", self.tr("Phone")), ("company", self.tr("Company")),
                             ("address", self.tr("Address")), ("joined", self.tr("Member since")),
                             ("badge", self.tr("Badge")), ("notes", self.tr("Notes"))):
            label = QLabel(identity)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.identity_labels[key] = label
            self.identity_form.addRow(caption, label)
        self.tabs.addTab(identity, self.tr("Identity"))

        # Plan: what runs today, the change of monthly plan, the history.
        plan_page = QWidget(self.tabs)
        self.plan_now = QLabel(plan_page)
        self.plan_now.setWordWrap(True)
        self.new_plan = QComboBox(plan_page)
        self.new_plan.setAccessibleName(self.tr("New monthly plan"))
        self.change_on = QDateEdit(plan_page)
        self.change_on.setCalendarPopup(True)
        self.change_on.setAccessibleName(self.tr("Change from"))
        self.change_button = QPushButton(self.tr("Change plan"), plan_page)
        self.change_error = error_label(plan_page)
        self.change_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.sell_button = QPushButton(self.tr("Sell a carnet, a day or an extra…"), plan_page)
        change = QFormLayout()
        change.addRow(self.tr("New monthly plan"), self.new_plan)
        change.addRow(self.tr("From"), self.change_on)
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(self.change_button)
        buttons_row.addStretch(1)
        buttons_row.addWidget(self.sell_button)
        self.subscriptions = _table(plan_page, self.tr("Plans"),
                                    [self.tr("Plan"), self.tr("From"), self.tr("To"), self.tr("Days left")])
        plan_layout = QVBoxLayout(plan_page)
        plan_layout.addWidget(self.plan_now)
        plan_layout.addLayout(change)
        plan_layout.addLayout(buttons_row)
        plan_layout.addWidget(self.change_error)
        plan_layout.addWidget(self.subscriptions, 1)
        self.tabs.addTab(plan_page, self.tr("Plan"))

        self.visits = _table(self.tabs, self.tr("Visits"), [self.tr("Day"), self.tr("Place"), self.tr("In"),
                                                            self.tr("Out")])
        self.tabs.addTab(self.visits, self.tr("Visits"))
        self.bookings = _table(self.tabs, self.tr("Bookings"), [self.tr("Day"), self.tr("Time"),
                                                                self.tr("Room or desk"), self.tr("Status")])
        self.tabs.addTab(self.bookings, self.tr("Bookings"))
        money_page = QWidget(self.tabs)
        self.due_label = QLabel(money_page)
        self.invoices = _table(money_page, self.tr("Invoices"), [self.tr("Number"), self.tr("Period"),
                                                                 self.tr("Total"), self.tr("Still due")])
        self.payments = _table(money_page, self.tr("Payments"), [self.tr("Paid on"), self.tr("Amount"),
                                                                 self.tr("Method"), self.tr("Invoice")])
        money_layout = QVBoxLayout(money_page)
        money_layout.addWidget(self.due_label)
        money_layout.addWidget(self.invoices, 2)
        money_layout.addWidget(QLabel(self.tr("Payments"), money_page))
        money_layout.addWidget(self.payments, 1)
        self.tabs.addTab(money_page, self.tr("Invoices and payments"))

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.edit_button = self.buttons.addButton(self.tr("Edit…"), QDialogButtonBox.ButtonRole.ActionRole)
        if badge_menu is not None:
            badge = self.buttons.addButton(self.tr("Badge"), QDialogButtonBox.ButtonRole.ActionRole)
            badge.setMenu(badge_menu)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)

        self.edit_button.clicked.connect(lambda: self.edit_requested.emit(self._uid))
        self.sell_button.clicked.connect(lambda: self.sell_requested.emit(self._uid))
        self.change_button.clicked.connect(self._on_change_button_clicked)
        # The card reads nearly everything about the member; not the settings, never the other members' changes
        # that touch none of these (a sync of invoices only still reloads it: cheap, one member).
        self.watch = ChangeWatch(store, self, CARD_READS, self._on_store_changed)
        self.refresh()
        self.new_plan.setFocus()

    def _on_store_changed(self, _changes: OpChanges) -> None:
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        card = self._store.read(lambda conn: read_member_card(conn, self._uid), parent_widget=self)
        if card is None:
            return
        self.card = card
        member = card.member
        self.setWindowTitle(self.tr("Member card: %1").replace("%1", member.full_name))
        plan = html.escape(member.plan_name) if member.plan_name else self.tr("no plan")
        self.header.setText(f"<b>{html.escape(member.full_name)}</b> — {html.escape(member.display_number)} · "
                            f"{html.escape(status_label(member.status))} · {plan}")
        address = " ".join(p for p in (member.address, member.postcode, member.city) if p)
        badge, place = card.badge, self._store.place
        badge_text = self.tr("none") if badge is None else self.tr("no. %1, %2, issued on %3").replace(
            "%1", str(badge.serial)).replace("%2", badge.status).replace("%3", _day(place.local_day(badge.issued_at)))
        for key, text in (("number", member.display_number), ("status", status_label(member.status)),
                          ("category", category_label(member.category)), ("email", member.email or ""),
                          ("phone", member.phone or ""), ("company", member.company_name or ""),
                          ("address", address), ("joined", _day(member.joined_on)), ("badge", badge_text),
                          ("notes", member.notes or "")):
            self.identity_labels[key].setText(text)
        self._show_plan(card)
        tz = place.tz  # the place's hours, not the computer's zone
        _fill(self.visits, [[_day(v.arrived.astimezone(tz).date()), f"{v.place_name} ({v.place_code})",
                             f"{v.arrived.astimezone(tz):%H:%M}",
                             "" if v.left is None else f"{v.left.astimezone(tz):%H:%M}"] for v in card.visits])
        _fill(self.bookings, [[_day(b.starts_at.astimezone(tz).date()),
                               f"{b.starts_at.astimezone(tz):%H:%M}–{b.ends_at.astimezone(tz):%H:%M}",
                               f"{b.desk_name} · {b.space_name}" if b.desk_name else b.space_name, b.status]
                              for b in card.bookings])
        _fill(self.invoices, [[row.number or self.tr("draft"),
                               f"{_day(dt.date.fromisoformat(row.period_start)) if row.period_start else ''}",
                               format_eur(row.total_incl_vat_cents), format_eur(max(0, row.balance_cents))]
                              for row in card.invoices])
        _fill(self.payments, [[_day(p.paid_on), format_eur(p.amount_cents), p.method, p.invoice_number or ""]
                              for p in card.payments])
        self.due_label.setText(self.tr("Still due: %1").replace("%1", format_eur(card.due_cents)))

    def _show_plan(self, card: MemberCard) -> None:
        monthly = card.monthly_plan
        lines = [self.tr("Monthly plan: %1").replace("%1", monthly.plan_name if monthly else self.tr("none"))]
        if card.carnet_half_days is not None:
            lines.append(self.tr("Carnet: %n half day(s) left", "", card.carnet_half_days))
        self.plan_now.setText("\n".join(lines))
        current = self.new_plan.currentData()
        self.new_plan.clear()
        for plan in self._store.read(lambda conn: read_plans(conn, include_inactive=False), parent_widget=self) or []:
            if plan.kind == "monthly":
                self.new_plan.addItem(f"{plan.name} ({plan.code})", plan.code)
        if current is not None:
            self.new_plan.setCurrentIndex(max(0, self.new_plan.findData(current)))
        if not self.change_on.property("chosen"):
            self.change_on.setDate(QDate(card.today.year, card.today.month, card.today.day))
        self.change_button.setEnabled(self.new_plan.count() > 0)
        _fill(self.subscriptions, [
            [f"{s.plan_name} ({s.plan_code})", _day(s.start), _day(s.end),
             "" if s.remaining_half_days is None else QLocale().toString(s.remaining_half_days / 2, "f", 1)]
            for s in card.subscriptions])

    def change_plan(self, plan_code: str, on: dt.date) -> bool:
        """Move the member to ``plan_code`` from ``on``; the refusal is shown on the card. True when done."""
        from telecentre_desk.members import service as members
        from telecentre_desk.plans import service as plans

        self.change_error.hide()
        uid = self._uid

        def change(session) -> None:  # type: ignore[no-untyped-def]
            plans.change_plan(session, member=members.member_row(session, uid), plan_code=plan_code, on=on,
                              actor=ACTOR)

        def refused(error) -> bool:  # type: ignore[no-untyped-def]
            text = message_for(error)
            if "credit" in text.lower() or "avoir" in text.lower():
                text += "\n" + self.tr("In the window: Invoices, select that invoice, then Credit note.")
            self.change_error.setText(text)
            self.change_error.show()
            self.tabs.setCurrentIndex(self.PLAN_TAB)
            return True

        return self._store.run(change, parent_widget=self, on_failure=refused, changes=OpChanges(members=True)).ok

    @Slot()
    def _on_change_button_clicked(self) -> None:
        code = self.new_plan.currentData()
        if code is None:
            return
        self.change_on.setProperty("chosen", True)
        on = self.change_on.date().toPython()
        self.change_plan(code, on)  # type: ignore[arg-type]
