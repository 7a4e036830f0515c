"""Writing files that hold reversible tokens or re-identified values: owner-only (0600)."""

from __future__ import annotations

import os
import uuid

from pipeline.sinks import write_bytes_atomically


def write_private_bytes_atomically(path: str, data: bytes) -> None:
    """Write ``data`` to a temporary 0600 file beside ``path``, then rename it over ``path``.

    Local paths only get the 0600 mode (object stores have no file modes: restrict the
    bucket instead); elsewhere this falls back to ``write_bytes_atomically``.
    """
    if "://" in path:
        write_bytes_atomically(path, data)
        return
    tmp = f"{path}.tmp-{uuid.uuid4().hex}"
    os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.chmod(tmp, 0o600)  # the umask may have narrowed it further; never widened
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.remove(tmp)
        raise
