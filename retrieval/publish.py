"""Publishing a built folder atomically: built in a temp dir beside the target, sealed, renamed.

A model folder therefore either does not exist or is complete; concurrent builders (processes or
threads) serialise on a lock file and the second one reuses the first one's result.
"""
from __future__ import annotations

import contextlib
import fcntl
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path


@contextlib.contextmanager
def _file_lock(path: Path) -> Iterator[None]:
    """Exclusive advisory lock (flock) held while the block runs; released if the process dies."""
    with open(path, "a") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def _seal(folder: Path) -> None:
    """Before the rename publishes `folder`: make it readable by others (mkdtemp and safetensors
    create owner-only modes) and durable (a complete-looking folder with a torn file after a
    crash would be reused forever)."""
    for path in [folder, *folder.rglob("*")]:
        path.chmod(0o755 if path.is_dir() else 0o644)
        if path.is_file():
            with open(path, "rb") as fh:
                os.fsync(fh.fileno())


def build_once(target_dir: Path, build: Callable[[Path], None], replace: bool = False) -> Path:
    """Run `build(tmp)` into a temp dir beside `target_dir`, then rename it into place.

    The target therefore either does not exist or is complete. Concurrent callers (processes or
    threads) serialise on a lock file; whoever comes second finds the finished folder and reuses
    it. Temp dirs left by a killed build are removed while the lock is held. `replace` builds
    even if the target exists; the old folder stays in place until the new one is complete.
    """
    target_dir = Path(target_dir)
    if target_dir.is_dir() and not replace:
        return target_dir
    parent, prefix = target_dir.parent, f".{target_dir.name}.tmp-"
    parent.mkdir(parents=True, exist_ok=True)
    with _file_lock(parent / f".{target_dir.name}.lock"):
        if target_dir.is_dir() and not replace:
            return target_dir
        for stale in parent.glob(prefix + "*"):
            shutil.rmtree(stale, ignore_errors=True)
        tmp = Path(tempfile.mkdtemp(prefix=prefix, dir=parent))
        try:
            build(tmp)
            _seal(tmp)
            if target_dir.exists():  # replace: move the old one aside (renames are atomic)
                os.rename(target_dir, Path(tempfile.mkdtemp(prefix=prefix, dir=parent)) / "old")
            os.rename(tmp, target_dir)
        except BaseException:
            shutil.rmtree(tmp, ignore_errors=True)
            raise
        for stale in parent.glob(prefix + "*"):  # the replaced folder
            shutil.rmtree(stale, ignore_errors=True)
    return target_dir
