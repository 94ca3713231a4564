"""Launch a program under Xvfb and time it as a user sees it.

A run records, from the moment before ``Popen`` (wall clock):

* ``mapped``: the process has a viewable top-level window on the X server,
  found by polling the window tree for ``_NET_WM_PID`` (what
  ``xdotool search --onlyvisible --pid`` does, without spawning a process per poll);
* ``first_paint`` and ``rows_visible``: the lines the program itself writes to
  ``IQ_DESKTOP_BENCH_LOG`` (iq_desktop/ui/startup_probe.py, floors/_paint_log.py);
* ``peak_mb``: the process's peak resident memory (``VmHWM``) once the last
  awaited moment has passed.

python-xlib speaks the X protocol directly; one poll is a few round trips
over a Unix socket, so polling every millisecond hardly loads the second core.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import subprocess
import tempfile
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from Xlib import X, display
from Xlib.error import XError

POLL_S = 0.001


class BenchError(RuntimeError):
    pass


@contextlib.contextmanager
def xvfb(width: int = 1920, height: int = 1080) -> Iterator[str]:
    """A private Xvfb server for the run; yields its DISPLAY name."""
    if shutil.which("Xvfb") is None:
        raise BenchError("Xvfb is missing: sudo apt-get install xvfb")
    read_fd, write_fd = os.pipe()
    proc = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", f"{width}x{height}x24", "-nolisten", "tcp", "-noreset"],
        pass_fds=(write_fd,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    try:
        with os.fdopen(read_fd) as pipe:
            number = pipe.readline().strip()
        if not number:
            raise BenchError("Xvfb did not start")
        yield f":{number}"
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@dataclass
class Run:
    """One launch: seconds since launch for each moment, peak memory in MB."""

    mapped: float | None = None
    moments: dict[str, float] = field(default_factory=dict)
    facts: dict[str, dict] = field(default_factory=dict)
    peak_mb: float | None = None


class _WindowWatcher:
    def __init__(self, display_name: str) -> None:
        self._display = display.Display(display_name)
        self._root = self._display.screen().root
        self._pid_atom = self._display.intern_atom("_NET_WM_PID")
        self._pids: dict[int, int | None] = {}

    def viewable_window_of(self, pid: int) -> bool:
        try:
            for child in self._root.query_tree().children:
                window_id = child.id
                if window_id not in self._pids:
                    prop = child.get_full_property(self._pid_atom, X.AnyPropertyType)
                    self._pids[window_id] = int(prop.value[0]) if prop is not None and len(prop.value) else None
                if self._pids[window_id] == pid and child.get_attributes().map_state == X.IsViewable:
                    return True
        except XError:
            self._pids.clear()  # a window vanished between the calls; look again next poll
        return False

    def close(self) -> None:
        self._display.close()


def _peak_mb(pid: int) -> float | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def launch(
    command: Sequence[str],
    display_name: str,
    wait_for: str,
    *,
    env: dict[str, str] | None = None,
    timeout_s: float = 60.0,
) -> Run:
    """Start ``command`` and time it until the program logs ``wait_for`` (and its window is mapped)."""
    with tempfile.TemporaryDirectory(prefix="iq-bench-") as tmp:
        log_path = Path(tmp) / "moments.jsonl"
        run_env = {**os.environ, **(env or {})}
        run_env.update(DISPLAY=display_name, IQ_DESKTOP_BENCH_LOG=str(log_path), QT_QPA_PLATFORM="xcb")
        for variable in ("WAYLAND_DISPLAY", "PYTHONDONTWRITEBYTECODE"):
            run_env.pop(variable, None)  # an installed program starts from compiled bytecode
        watcher = _WindowWatcher(display_name)
        run = Run()
        start = time.time()
        proc = subprocess.Popen(command, env=run_env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        try:
            while True:
                if run.mapped is None and watcher.viewable_window_of(proc.pid):
                    run.mapped = time.time() - start
                if log_path.exists():
                    # only complete lines: the program may be writing the last one right now
                    for line in log_path.read_text().splitlines(keepends=True):
                        if not line.endswith("\n"):
                            break
                        record = json.loads(line)
                        run.moments[record["event"]] = record["t"] - start
                        run.facts[record["event"]] = record
                if wait_for in run.moments and run.mapped is not None:
                    run.peak_mb = _peak_mb(proc.pid)
                    break
                if proc.poll() is not None:
                    stderr = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
                    raise BenchError(f"{command[-1]} ended early ({proc.returncode}): {stderr.strip()[-500:]}")
                if time.time() - start > timeout_s:
                    raise BenchError(f"{command[-1]}: no {wait_for!r} within {timeout_s} s")
                time.sleep(POLL_S)
        finally:
            watcher.close()
            if proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
                try:
                    proc.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait()
            if proc.stderr:
                proc.stderr.close()
        return run
