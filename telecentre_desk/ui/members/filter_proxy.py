"""Search-as-you-type and the status/category filters of the members table."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel

from telecentre_desk.ui.members.table_model import CATEGORY_ROLE, SEARCH_ROLE, SORT_ROLE, STATUS_ROLE, fold


class MemberFilterProxy(QSortFilterProxyModel):
    """Keeps the rows matching the search text (names, email, company, number) and both filters."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._needle = ""
        self._status: str | None = None
        self._category: str | None = None
        self.setSortRole(SORT_ROLE)

    def set_search(self, text: str) -> None:
        self._change(needle=fold(text.strip()))

    def set_status(self, status: str | None) -> None:
        self._change(status=status or None)

    def set_category(self, category: str | None) -> None:
        self._change(category=category or None)

    def _change(self, **values: str | None) -> None:
        self.beginFilterChange()
        for name, value in values.items():
            setattr(self, f"_{name}", value)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        index = self.sourceModel().index(source_row, 0, source_parent)
        if self._status is not None and index.data(STATUS_ROLE) != self._status:
            return False
        if self._category is not None and index.data(CATEGORY_ROLE) != self._category:
            return False
        # Every word must match somewhere: "flo dup" finds Florence Dupont.
        haystack = index.data(SEARCH_ROLE) or ""
        return all(word in haystack for word in self._needle.split())
