"""The network over a real synchronisation engine: two places on this machine, each its own Syncthing daemon
on 127.0.0.1 only (no relays, no discovery, no NAT, no usage reporting), sharing the network's folder.
Florac's export written at Florac arrives at Marvejols and is imported there; Syncthing's temporary and
conflict files are ignored. Skipped only outside CI when the `syncthing` binary is missing (CI installs it:
.ci/run); every wait is bounded and the daemons are always stopped."""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import time
import urllib.request
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.system_tools import program

from .helpers import manifest

FOLDER_ID = "solozere-network"
WAIT = 45.0  # seconds for the files to cross; Syncthing needs a few


def _binary() -> str:
    return program("syncthing", "syncthing")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class Daemon:
    home: Path
    folder: Path
    device_id: str = ""
    api_key: str = ""
    gui_port: int = 0
    listen_port: int = 0
    process: subprocess.Popen | None = None

    def request(self, method: str, path: str) -> bytes:
        req = urllib.request.Request(f"http://127.0.0.1:{self.gui_port}{path}", method=method,
                                     headers={"X-API-Key": self.api_key})
        with urllib.request.urlopen(req, timeout=5) as response:  # our own daemon on 127.0.0.1
            return response.read()


def _generate(binary: str, daemon: Daemon) -> None:
    env = {**os.environ, "STNODEFAULTFOLDER": "1", "STNOUPGRADE": "1"}
    subprocess.run([binary, "generate", f"--home={daemon.home}", "--no-default-folder", "--skip-port-probing"],
                   check=True, capture_output=True, timeout=30, env=env)
    daemon.device_id = subprocess.run([binary, "serve", f"--home={daemon.home}", "--device-id"], check=True,
                                      capture_output=True, text=True, timeout=30, env=env).stdout.strip()
    daemon.gui_port, daemon.listen_port = _free_port(), _free_port()


def _configure(daemon: Daemon, peer: Daemon) -> None:
    """Local only: listen on 127.0.0.1, know the peer by address, no discovery, relays, NAT or reporting."""
    path = daemon.home / "config.xml"
    tree = ET.parse(path)
    root = tree.getroot()
    gui = root.find("gui")
    gui.find("address").text = f"127.0.0.1:{daemon.gui_port}"
    daemon.api_key = gui.find("apikey").text
    options = root.find("options")
    for name, value in (("listenAddress", f"tcp://127.0.0.1:{daemon.listen_port}"),
                        ("globalAnnounceEnabled", "false"), ("localAnnounceEnabled", "false"),
                        ("relaysEnabled", "false"), ("natEnabled", "false"), ("startBrowser", "false"),
                        ("urAccepted", "-1"), ("autoUpgradeIntervalH", "0"), ("crashReportingEnabled", "false"),
                        ("reconnectionIntervalS", "1")):
        options.find(name).text = value
    own = root.find("device")
    other = ET.SubElement(root, "device", {**own.attrib, "id": peer.device_id, "name": "peer"})
    ET.SubElement(other, "address").text = f"tcp://127.0.0.1:{peer.listen_port}"
    folder = ET.SubElement(root, "folder", {
        "id": FOLDER_ID, "label": "Réseau", "path": str(daemon.folder), "type": "sendreceive",
        "rescanIntervalS": "1", "fsWatcherEnabled": "true", "fsWatcherDelayS": "1", "ignorePerms": "false",
        "autoNormalize": "true"})
    for device_id in (daemon.device_id, peer.device_id):
        ET.SubElement(folder, "device", {"id": device_id, "introducedBy": ""})
    ET.SubElement(folder, "filesystemType").text = "basic"
    ET.SubElement(folder, "minDiskFree", {"unit": "%"}).text = "0"
    root.remove(own)
    root.insert(0, own)
    tree.write(path, encoding="utf-8", xml_declaration=False)


@contextlib.contextmanager
def _pair(tmp_path: Path) -> Iterator[tuple[Daemon, Daemon]]:
    binary = _binary()
    daemons = [Daemon(tmp_path / f"st-{n}", tmp_path / f"shared-{n}") for n in ("flo", "mar")]
    for daemon in daemons:
        daemon.folder.mkdir()
        (daemon.folder / ".stfolder").mkdir()
        _generate(binary, daemon)
    _configure(daemons[0], daemons[1])
    _configure(daemons[1], daemons[0])
    try:
        for daemon in daemons:
            daemon.process = subprocess.Popen(
                [binary, "serve", f"--home={daemon.home}", "--no-browser", "--no-restart", "--no-upgrade"],
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                env={**os.environ, "STNODEFAULTFOLDER": "1", "STNOUPGRADE": "1", "STNORESTART": "1"})
        yield daemons[0], daemons[1]
    finally:
        for daemon in daemons:
            if daemon.process is not None:
                daemon.process.terminate()
        for daemon in daemons:
            if daemon.process is not None:
                try:
                    daemon.process.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    daemon.process.kill()
                    daemon.process.wait(timeout=10)


def _wait_until(condition, what: str, timeout: float = WAIT) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with contextlib.suppress(OSError, ValueError, KeyError):
            if condition():
                return
        time.sleep(0.2)
    pytest.fail(f"Syncthing did not {what} within {timeout:.0f} s")


def _export_arrived(folder: Path) -> bool:
    """The manifest and every file it names, whole (Syncthing renames a file into place when complete)."""
    content = manifest(folder)
    return all((folder / f["file"]).is_file() and (folder / f["file"]).stat().st_size == f["bytes"]
               for f in content["files"])


def test_an_export_crosses_syncthing_and_is_imported(network, tmp_path: Path) -> None:
    flo, mar = network("FLO"), network("MAR")
    chloe = flo.add_member("Chloé", "Thévenot")
    with _pair(tmp_path) as (at_flo, at_mar):
        for daemon in (at_flo, at_mar):
            _wait_until(lambda d=daemon: d.request("GET", "/rest/system/ping"), "start its API")
        flo.shared, mar.shared = at_flo.folder, at_mar.folder
        exported = flo.export()
        # Syncthing's own debris at Marvejols' copy: a temporary file and a conflict copy.
        (at_mar.folder / "FLO").mkdir(exist_ok=True)
        (at_mar.folder / "FLO" / ".syncthing.manifest.json.tmp").write_bytes(b'{"format": "half')
        (at_mar.folder / "FLO" / "manifest.sync-conflict-20261126-090000-ABCDEFG.json").write_bytes(b"[")
        at_flo.request("POST", f"/rest/db/scan?folder={FOLDER_ID}")
        _wait_until(lambda: manifest(at_mar.folder / "FLO")["sequence"] == exported.sequence
                    and _export_arrived(at_mar.folder / "FLO"), "bring Florac's export to Marvejols")

        report = mar.import_().to_json()
        assert report["rejected"] == 0, report
        assert [(p["place"], p["status"]) for p in report["places"]] == [("FLO", "applied")]
        assert mar.scan(flo.badges[chloe]).accepted

        # And back: Marvejols' export arrives at Florac the same way.
        mar.export()
        at_mar.request("POST", f"/rest/db/scan?folder={FOLDER_ID}")
        _wait_until(lambda: _export_arrived(at_flo.folder / "MAR"), "bring Marvejols' export to Florac")
        back = flo.import_().to_json()
        assert [(p["place"], p["status"]) for p in back["places"]] == [("MAR", "applied")]
