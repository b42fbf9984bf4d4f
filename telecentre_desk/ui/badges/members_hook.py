"""Put the badge actions on the Members screen: a Badge button in its toolbar and the table's context menu.

Kept outside the Members screen, which needs no change: the actions follow its selection from here.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QToolBar, QToolButton

from telecentre_desk.ui.badges.actions import BadgeActions
from telecentre_desk.ui.members.screen import MembersScreen


class MembersBadgeHook(QObject):
    """Enables the badge actions for the selected member; ``menu`` also goes in the window's menu bar."""

    def __init__(self, screen: MembersScreen, actions: BadgeActions) -> None:
        super().__init__(screen)
        self._screen = screen
        self._actions = actions
        per_member, print_all = actions.actions[:-1], actions.actions[-1]
        self.menu = QMenu(QCoreApplication.translate("BadgeActions", "&Badges"), screen)
        self.menu.addActions(per_member)
        self.menu.addSeparator()
        self.menu.addAction(print_all)
        screen.badge_menu = self.menu  # the member card offers the same actions
        self.button = QToolButton(screen)
        self.button.setText(QCoreApplication.translate("BadgeActions", "Badge"))
        self.button.setMenu(self.menu)
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        toolbar = screen.findChild(QToolBar)  # the screen's one toolbar: New, Edit, Deactivate
        if toolbar is not None:
            toolbar.addWidget(self.button)
        # Right-click on a member: Edit and Deactivate are already the table's actions; the badge ones follow.
        separator = QAction(screen.table)
        separator.setSeparator(True)
        screen.table.addActions([separator, *per_member])
        screen.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        screen.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        screen.proxy.modelReset.connect(self._on_selection_changed)
        self._on_selection_changed()

    @Slot()
    def _on_selection_changed(self) -> None:
        self._actions.update_for(self._screen.selected_member())
