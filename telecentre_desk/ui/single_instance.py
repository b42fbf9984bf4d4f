"""One window per database: a second start on the same database brings the first window forward and quits.

The first copy listens on a local socket (QLocalServer: a Unix socket, a named pipe on Windows) whose name is
derived from the user and the database's resolved path; a second copy finds it, asks it to come forward, and
exits. Two databases give two names: two windows side by side are fine. A socket left by a crashed copy
answers nobody: it is removed and the new copy takes the name.
"""

from __future__ import annotations

import getpass
import hashlib
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtNetwork import QLocalServer, QLocalSocket

CONNECT_MS = 500
RAISE = b"raise\n"


def server_name(db: Path) -> str:
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no login name (a container): the home folder still tells users apart
        user = str(Path.home())
    digest = hashlib.sha256(f"{user}\0{db.resolve()}".encode()).hexdigest()[:24]
    return f"telecentre-desk-{digest}"


def forward_to_running(db: Path) -> bool:
    """True when a window already has ``db`` open: it was asked to come forward."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(db))
    if not socket.waitForConnected(CONNECT_MS):
        return False
    socket.write(RAISE)
    socket.waitForBytesWritten(CONNECT_MS)
    socket.disconnectFromServer()
    return True


class SingleInstance(QObject):
    """Held by the running copy: emits ``activation_requested`` when another start names the same database."""

    activation_requested = Signal()

    def __init__(self, db: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = server_name(db)
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)  # this user only
        self.server.newConnection.connect(self._on_new_connection)

    def listen(self) -> bool:
        if self.server.listen(self.name):
            return True
        QLocalServer.removeServer(self.name)  # left by a copy that crashed (nobody answered forward_to_running)
        return self.server.listen(self.name)

    def close(self) -> None:
        self.server.close()

    @Slot()
    def _on_new_connection(self) -> None:
        while self.server.hasPendingConnections():
            connection = self.server.nextPendingConnection()
            connection.disconnected.connect(connection.deleteLater)
            self.activation_requested.emit()
