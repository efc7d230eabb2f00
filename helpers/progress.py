"""A student's saved work: one JSON file per student per lesson, saved as they go.

Every answer a widget collects is stored under a key (``"spot/white-house"``)
with the time it was given. The file must survive what happens in a classroom:

* **A crash mid-save** (kernel killed, laptop lid shut): the new version is
  written to a temporary file in the same folder, flushed and synced to disk,
  then swapped in with :func:`os.replace`, which is atomic; the old file stays
  whole until that moment, and a failed swap removes the temporary file.
* **Two kernels for the same student** (the notebook open twice): each save
  takes an exclusive lock on a sidecar ``.lock`` file, reads what is on disk,
  merges its own answers in (per key, the newest wins) and writes the result,
  so neither kernel's answers are lost.
* **A damaged or hand-edited file** (bad JSON, wrong layout, or answers that no
  longer match the stored SHA-256 checksum): it is never overwritten. It is
  renamed ``NAME.corrupt-<timestamp>.json``, a fresh file is started, and
  :attr:`Progress.problems` holds one line saying so, which the notebook shows.

We wrote this instead of using a library because the standard library already
has every piece (``tempfile``, ``os.replace``, ``fcntl.flock``, ``hashlib``)
and the classroom rules above are the point of the module.

>>> import tempfile
>>> folder = tempfile.mkdtemp()
>>> work = Progress("Ana", "03-who-is-speaking", folder=folder)
>>> work.save("self-check/q-channel", "In a tweet")
>>> Progress("Ana", "03-who-is-speaking", folder=folder).get("self-check/q-channel")
'In a tweet'
>>> safe_name("../../etc/passwd")
'etc-passwd'
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import tempfile
import unicodedata
from collections.abc import Iterator, Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

try:  # POSIX; on Windows saves still work, without the cross-kernel lock
    import fcntl
except ImportError:  # pragma: no cover - not on the CI platform
    fcntl = None  # type: ignore[assignment]

__all__ = [
    "ANONYMOUS",
    "Progress",
    "SavedWorkError",
    "export_all",
    "last_student",
    "read_only",
    "remember_student",
    "safe_name",
    "save_dir",
    "set_save_dir",
]

FORMAT = "medialit-saved-work"
EXPORT_FORMAT = "medialit-export"
VERSION = 1
ANONYMOUS = "anonymous"
SEPARATOR = "--"

_setting: Path | None = None
_UNSAFE = re.compile(r"[^\w-]+")  # \w keeps letters and digits of every alphabet, and _
_DASHES = re.compile(r"-{2,}")
_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10))}
_RESERVED |= {f"lpt{i}" for i in range(10)}


class SavedWorkError(RuntimeError):
    """Saved work that cannot be written; the message is one line a person can act on."""


# Where files go ---------------------------------------------------------------
def set_save_dir(path: str | os.PathLike | None) -> None:
    """A teacher's setting: keep saved work in ``path`` (``None`` restores the default).

    It wins over ``MEDIALIT_SAVE_DIR`` and applies to lessons built afterwards.
    """
    global _setting
    _setting = Path(path).expanduser() if path is not None else None


def save_dir() -> Path:
    """The folder for saved work: the teacher's setting, ``MEDIALIT_SAVE_DIR``, or ``notebooks/saved-work``."""
    if _setting is not None:
        return _setting
    env = os.environ.get("MEDIALIT_SAVE_DIR")
    if env:
        return Path(env).expanduser()
    from .articles import project_dir

    return project_dir() / "notebooks" / "saved-work"


def safe_name(name: str | None) -> str:
    """A student or lesson name made safe for a file name, or ``"anonymous"``.

    Letters of any alphabet, digits and ``_`` stay; everything else (slashes,
    dots, spaces) becomes ``-``, so no name can reach outside the folder.

    >>> safe_name("Zoë Ångström")
    'Zoë-Ångström'
    >>> safe_name("  ")
    'anonymous'
    >>> safe_name("..")
    'anonymous'
    """
    text = unicodedata.normalize("NFC", str(name or "")).strip()
    text = _DASHES.sub("-", _UNSAFE.sub("-", text)).strip("-_")[:60].strip("-_")
    if not text:
        return ANONYMOUS
    if text.casefold() in _RESERVED:  # names Windows keeps for devices
        text += "_"
    return text


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def _when(entry: Mapping[str, Any]) -> datetime:
    try:
        return datetime.fromisoformat(entry["saved"])
    except (KeyError, TypeError, ValueError):
        return datetime.min.replace(tzinfo=UTC)


def checksum(answers: Mapping[str, Any]) -> str:
    """SHA-256 of the answers in a canonical JSON form (key order does not matter)."""
    blob = json.dumps(answers, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def _problem_in(data: Any, student: str, lesson: str) -> str | None:
    """Why ``data`` is not a saved-work file for this student and lesson, or None if it is."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        return "it is not a saved-work file"
    if data.get("version") != VERSION:
        return f"it has an unknown version ({data.get('version')!r})"
    if safe_name(data.get("student")) != student or data.get("lesson") != lesson:
        return "it belongs to another student or lesson"
    answers = data.get("answers")
    if not _answers_fit(answers):
        return "its answers are not in the expected layout"
    if data.get("checksum") != checksum(answers):
        return "its checksum does not match the answers (it was edited or damaged)"
    return None


def _answers_fit(answers: Any) -> bool:
    return isinstance(answers, dict) and all(
        isinstance(v, dict) and "value" in v and isinstance(v.get("saved"), str)
        for v in answers.values()
    )


def _export_problem_in(data: Any, student: str) -> str | None:
    """Why ``data`` is not an export file of ``student`` (see :func:`export_all`), or None."""
    if data.get("version") != VERSION:
        return f"it has an unknown version ({data.get('version')!r})"
    if safe_name(data.get("student")) != student:
        return "it belongs to another student"
    lessons = data.get("lessons")
    if not isinstance(lessons, dict) or not all(_answers_fit(a) for a in lessons.values()):
        return "its answers are not in the expected layout"
    return None


def read_only(path: str | os.PathLike) -> tuple[dict[str, Any] | None, str | None]:
    """Read a saved-work or export file for the teacher, changing nothing on disk.

    Returns ``(document, None)`` for a usable file and ``(None, reason)``
    otherwise, with the same checks and one-line reasons as :class:`Progress`.
    Unlike :class:`Progress`, a damaged file is not set aside: the teacher's
    report must never rename, lock or write a student's file.

    >>> import pathlib, tempfile
    >>> bad = pathlib.Path(tempfile.mkdtemp()) / "Ana--00-start-here.json"
    >>> _ = bad.write_text("{oops", encoding="utf-8")
    >>> read_only(bad)
    (None, 'it is not valid JSON')
    >>> bad.exists()
    True
    """
    path = Path(path)
    student, sep, lesson = path.stem.partition(SEPARATOR)
    if not sep or path.suffix != ".json":
        return None, f"its name is not <student>{SEPARATOR}<lesson>.json"
    try:
        data = json.loads(path.read_bytes().decode("utf-8"))
    except OSError as err:
        return None, f"it cannot be read ({err.strerror})"
    except (UnicodeDecodeError, json.JSONDecodeError):
        return None, "it is not valid JSON"
    if isinstance(data, dict) and data.get("format") == EXPORT_FORMAT and lesson == "export":
        reason = _export_problem_in(data, student)
    else:
        reason = _problem_in(data, student, lesson)
    return (data, None) if reason is None else (None, reason)


def write_atomic(path: Path, text: str) -> None:
    """Replace ``path`` with ``text`` so that a crash leaves either the old or the new file.

    The temporary file sits in the same folder (``os.replace`` is atomic only
    within one file system); it is removed if anything fails before the swap.
    """
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    with contextlib.suppress(OSError):  # make the rename itself durable (POSIX)
        dir_fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)


@contextlib.contextmanager
def _locked(path: Path) -> Iterator[None]:
    """Hold an exclusive lock on ``path``'s sidecar ``.lock`` file (waits for other kernels)."""
    if fcntl is None:  # pragma: no cover
        yield
        return
    lock = path.with_name(path.name + ".lock")
    with open(lock, "a+b") as fh:
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh.fileno(), fcntl.LOCK_UN)


class Progress:
    """One student's answers for one lesson, kept in memory and on disk.

    Args:
        student: the name the student typed (cleaned with :func:`safe_name`;
            empty means ``"anonymous"``).
        lesson: the lesson id (the notebook's file name without ``.ipynb``).
        folder: where to keep the file; default :func:`save_dir`.

    Reading happens once, here; :attr:`problems` lists (one line each) any
    damaged file found and set aside.
    """

    def __init__(self, student: str | None, lesson: str, folder: str | os.PathLike | None = None):
        self.display_name = " ".join(str(student or "").split()) or ANONYMOUS
        self.student = safe_name(student)
        self.lesson = safe_name(lesson)
        self.folder = Path(folder).expanduser() if folder is not None else save_dir()
        self.path = self.folder / f"{self.student}{SEPARATOR}{self.lesson}.json"
        self.problems: list[str] = []
        self._answers: dict[str, dict[str, Any]] = {}
        if (
            self.path.parent.resolve() != self.folder.resolve()
        ):  # pragma: no cover - safe_name prevents it
            raise SavedWorkError(f"refusing to save outside {self.folder}")
        if self.path.exists():
            with self._locked_if_possible():
                self._answers = self._read()

    @property
    def anonymous(self) -> bool:
        return self.student == ANONYMOUS

    # Reading ------------------------------------------------------------------
    def _locked_if_possible(self):
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            return _locked(self.path)
        except OSError:  # a read-only folder: read without the lock
            return contextlib.nullcontext()

    def _read(self) -> dict[str, dict[str, Any]]:
        """The answers on disk; a damaged file is set aside (never overwritten)."""
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return {}
        except OSError as err:
            raise SavedWorkError(
                f"cannot read saved work {self.path.name}: {err.strerror}"
            ) from None
        try:
            data = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            reason = "it is not valid JSON"
        else:
            reason = _problem_in(data, self.student, self.lesson)
            if reason is None:
                return data["answers"]
        self._set_aside(reason)
        return {}

    def _set_aside(self, reason: str) -> None:
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
        backup = self.path.with_name(f"{self.path.stem}.corrupt-{stamp}.json")
        os.replace(self.path, backup)
        self.problems.append(
            f"Your saved work {self.path.name} could not be used because {reason}; "
            f"it was kept as {backup.name} and a fresh file was started (show your teacher)."
        )

    # Answers ------------------------------------------------------------------
    def get(self, key: str, default: Any = None) -> Any:
        """The saved answer for ``key``, or ``default``."""
        entry = self._answers.get(key)
        return entry["value"] if entry is not None else default

    def __contains__(self, key: str) -> bool:
        return key in self._answers

    def keys(self) -> list[str]:
        return list(self._answers)

    @property
    def answers(self) -> dict[str, Any]:
        """Every saved answer, ``{key: value}`` (a copy)."""
        return {k: json.loads(json.dumps(v["value"])) for k, v in self._answers.items()}

    def save(self, key: str, value: Any) -> None:
        """Record one answer now and write the file (merging with other kernels' answers)."""
        self.save_many({key: value})

    def save_many(self, values: Mapping[str, Any]) -> None:
        """Record several answers at once (one write)."""
        stamp = _now()
        for key, value in values.items():
            json.dumps(value)  # fail here, in the caller's cell, on values JSON cannot hold
            self._answers[str(key)] = {"value": value, "saved": stamp}
        self.flush()

    def flush(self) -> None:
        """Merge with the file on disk (newest answer per key wins) and write atomically."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            with _locked(self.path):
                on_disk = self._read()
                for key, entry in on_disk.items():
                    mine = self._answers.get(key)
                    if mine is None or _when(entry) > _when(mine):
                        self._answers[key] = entry
                document = {
                    "format": FORMAT,
                    "version": VERSION,
                    "student": self.display_name,
                    "lesson": self.lesson,
                    "answers": self._answers,
                    "checksum": checksum(self._answers),
                }
                write_atomic(self.path, json.dumps(document, ensure_ascii=False, indent=1) + "\n")
        except OSError as err:
            raise SavedWorkError(
                f"could not save your work in {self.folder} ({err.strerror or err}); "
                "ask your teacher where to save"
            ) from None


def lesson_files(student: str, folder: str | os.PathLike | None = None) -> list[Path]:
    """Every saved-work file of one student (not backups, not temporary files)."""
    base = Path(folder).expanduser() if folder is not None else save_dir()
    prefix = safe_name(student) + SEPARATOR
    if not base.is_dir():
        return []
    return sorted(
        p
        for p in base.iterdir()
        if p.name.startswith(prefix)
        and p.suffix == ".json"
        and ".corrupt-" not in p.name
        and p.stem != prefix + "export"
    )


def export_all(student: str, folder: str | os.PathLike | None = None) -> Path:
    """Write one file with every lesson's answers of ``student``, for the teacher; returns its path.

    Damaged lesson files are set aside as usual and noted in the export's
    ``problems`` list.
    """
    base = Path(folder).expanduser() if folder is not None else save_dir()
    name = safe_name(student)
    lessons: dict[str, Any] = {}
    problems: list[str] = []
    for path in lesson_files(name, base):
        lesson = path.stem[len(name) + len(SEPARATOR) :]
        work = Progress(student, lesson, folder=base)
        problems += work.problems
        lessons[lesson] = {k: v for k, v in sorted(work._answers.items())}
    document = {
        "format": EXPORT_FORMAT,
        "version": VERSION,
        "student": " ".join(str(student or "").split()) or ANONYMOUS,
        "exported": _now(),
        "lessons": lessons,
        "problems": problems,
    }
    base.mkdir(parents=True, exist_ok=True)
    out = base / f"{name}{SEPARATOR}export.json"
    write_atomic(out, json.dumps(document, ensure_ascii=False, indent=1) + "\n")
    return out


_LAST = ".last-student"


def remember_student(name: str, folder: str | os.PathLike | None = None) -> None:
    """Note the name last typed in this folder, so a restarted lesson greets the student again."""
    base = Path(folder).expanduser() if folder is not None else save_dir()
    try:
        base.mkdir(parents=True, exist_ok=True)
        write_atomic(base / _LAST, " ".join(str(name).split())[:100] + "\n")
    except OSError:  # remembering is a convenience; the answers themselves are saved elsewhere
        pass


def last_student(folder: str | os.PathLike | None = None) -> str:
    """The name last typed in this folder, or ``""``."""
    base = Path(folder).expanduser() if folder is not None else save_dir()
    try:
        return (base / _LAST).read_text(encoding="utf-8").strip()[:100]
    except (OSError, UnicodeDecodeError):
        return ""
