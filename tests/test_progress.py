"""Saved work: answers survive crashes, damage, two kernels at once, and odd names."""

from __future__ import annotations

import json
import multiprocessing

import pytest

from helpers import progress
from helpers.progress import Progress, SavedWorkError, export_all, safe_name

LESSON = "03-who-is-speaking"


def files(folder) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if not p.name.endswith(".lock"))


def test_answers_come_back_in_a_new_session(tmp_path):
    work = Progress("Ana", LESSON, folder=tmp_path)
    work.save("self-check/q-channel", "In a tweet")
    work.save_many(
        {
            "spot/mayor": {"attribution": "yes", "speaker": "the mayor"},
            "q/answer": "Zoë’s <b>answer</b>",
        }
    )
    again = Progress("Ana", LESSON, folder=tmp_path)
    assert again.get("self-check/q-channel") == "In a tweet"
    assert again.get("spot/mayor") == {"attribution": "yes", "speaker": "the mayor"}
    assert again.get("q/answer") == "Zoë’s <b>answer</b>"
    assert again.problems == []
    assert files(tmp_path) == [f"Ana--{LESSON}.json"]


def test_file_is_plain_json_with_a_checksum_a_teacher_can_read(tmp_path):
    Progress("Ana", LESSON, folder=tmp_path).save("q/answer", "hello")
    data = json.loads((tmp_path / f"Ana--{LESSON}.json").read_text(encoding="utf-8"))
    assert data["student"] == "Ana" and data["lesson"] == LESSON
    assert data["answers"]["q/answer"]["value"] == "hello"
    assert data["checksum"] == progress.checksum(data["answers"])


def test_crash_between_write_and_rename_keeps_the_old_file(tmp_path, monkeypatch):
    work = Progress("Ana", LESSON, folder=tmp_path)
    work.save("q/answer", "first version")
    path = work.path
    before = path.read_bytes()

    def crash(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(progress.os, "replace", crash)
    with pytest.raises(SavedWorkError, match="could not save your work"):
        work.save("q/answer", "second version")
    monkeypatch.undo()
    assert path.read_bytes() == before  # old version intact
    assert files(tmp_path) == [path.name]  # temporary file cleaned up
    assert Progress("Ana", LESSON, folder=tmp_path).get("q/answer") == "first version"


def test_crash_while_writing_the_temp_file_keeps_the_old_file(tmp_path, monkeypatch):
    work = Progress("Ana", LESSON, folder=tmp_path)
    work.save("q/answer", "first version")
    before = work.path.read_bytes()

    def crash(fd):
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(progress.os, "fsync", crash)
    with pytest.raises(SavedWorkError):
        work.save("q/answer", "second version")
    monkeypatch.undo()
    assert work.path.read_bytes() == before
    assert files(tmp_path) == [work.path.name]


@pytest.mark.parametrize(
    ("damage", "reason"),
    [
        (lambda t: t[: len(t) // 2], "not valid JSON"),
        (lambda t: b"\xff\xfe" + t, "not valid JSON"),
        (lambda t: json.dumps({"hello": 1}).encode(), "not a saved-work file"),
        (lambda t: t.replace(b'"first"', b'"edited by hand"'), "checksum does not match"),
        (lambda t: t.replace(b'"version": 1', b'"version": 9'), "unknown version"),
    ],
    ids=["truncated", "not-utf8", "wrong-schema", "hand-edited", "future-version"],
)
def test_damaged_file_is_kept_aside_and_reported(tmp_path, damage, reason):
    Progress("Ana", LESSON, folder=tmp_path).save("q/answer", "first")
    path = tmp_path / f"Ana--{LESSON}.json"
    damaged = damage(path.read_bytes())
    path.write_bytes(damaged)

    work = Progress("Ana", LESSON, folder=tmp_path)
    assert work.get("q/answer") is None
    assert len(work.problems) == 1 and "\n" not in work.problems[0]
    assert reason in work.problems[0]
    backups = [p for p in tmp_path.iterdir() if ".corrupt-" in p.name]
    assert len(backups) == 1 and backups[0].name in work.problems[0]
    assert backups[0].name.startswith(f"Ana--{LESSON}.corrupt-") and backups[0].suffix == ".json"
    assert backups[0].read_bytes() == damaged  # nothing lost: the damaged file is kept as it was
    work.save("q/answer", "fresh start")
    assert Progress("Ana", LESSON, folder=tmp_path).get("q/answer") == "fresh start"
    assert backups[0].read_bytes() == damaged


def test_file_damaged_by_someone_else_mid_session_is_not_overwritten(tmp_path):
    work = Progress("Ana", LESSON, folder=tmp_path)
    work.save("a", 1)
    work.path.write_text("{ not json", encoding="utf-8")
    work.save("b", 2)
    backups = [p for p in tmp_path.iterdir() if ".corrupt-" in p.name]
    assert [b.read_text(encoding="utf-8") for b in backups] == ["{ not json"]
    assert work.problems and backups[0].name in work.problems[-1]
    assert Progress("Ana", LESSON, folder=tmp_path).answers == {"a": 1, "b": 2}


def _save_many(folder: str, who: str, n: int, go) -> None:
    go.wait(60)
    for i in range(n):
        # A fresh object each time reads the file, then saves: without the lock,
        # the other kernel's write in between would be lost.
        Progress("Ana", LESSON, folder=folder).save(f"{who}/{i}", {"i": i, "by": who})


def test_two_kernels_saving_at_once_lose_nothing(tmp_path):
    ctx = multiprocessing.get_context("spawn")
    n = 60
    go = ctx.Event()
    procs = [
        ctx.Process(target=_save_many, args=(str(tmp_path), who, n, go))
        for who in ("kernel-a", "kernel-b")
    ]
    for p in procs:
        p.start()
    go.set()
    for p in procs:
        p.join(120)
        assert p.exitcode == 0
    answers = Progress("Ana", LESSON, folder=tmp_path).answers
    assert len(answers) == 2 * n
    assert answers[f"kernel-a/{n - 1}"] == {"i": n - 1, "by": "kernel-a"}
    assert answers["kernel-b/0"] == {"i": 0, "by": "kernel-b"}
    assert files(tmp_path) == [f"Ana--{LESSON}.json"]


def test_merge_keeps_the_newest_answer_per_key(tmp_path):
    first = Progress("Ana", LESSON, folder=tmp_path)
    second = Progress("Ana", LESSON, folder=tmp_path)  # a second kernel, opened at the same time
    first.save("q/answer", "old")
    second.save("q/answer", "new")  # later
    first.save("other", 1)  # first still holds "old" in memory; it must not win
    final = Progress("Ana", LESSON, folder=tmp_path).answers
    assert final == {"q/answer": "new", "other": 1}
    assert first.get("q/answer") == "new"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("../../etc", "etc"),
        ("/etc/passwd", "etc-passwd"),
        ("..", "anonymous"),
        ("a/../../b", "a-b"),
        ("C:\\Users\\x", "C-Users-x"),
        ("nul\x00byte", "nul-byte"),
        ("CON", "CON_"),
        ("Zoë Ångström", "Zoë-Ångström"),
        ("Αλέξης", "Αλέξης"),
        ("李雷", "李雷"),
        ("", "anonymous"),
        (None, "anonymous"),
    ],
)
def test_student_names_are_safe_file_names(tmp_path, name, expected):
    assert safe_name(name) == expected
    work = Progress(name, LESSON, folder=tmp_path)
    work.save("k", 1)
    assert work.path.parent == tmp_path
    assert work.path.name == f"{expected}--{LESSON}.json"
    assert [p.parent for p in tmp_path.rglob("*.json")] == [tmp_path]


def test_very_long_name_is_cut(tmp_path):
    assert len(safe_name("x" * 500)) == 60


def test_no_name_saves_as_anonymous(tmp_path):
    work = Progress("   ", LESSON, folder=tmp_path)
    assert work.anonymous and work.display_name == "anonymous"
    work.save("k", 1)
    assert (tmp_path / f"anonymous--{LESSON}.json").exists()


def test_export_gathers_every_lesson_of_one_student(tmp_path):
    Progress("Ana", "01-anatomy", folder=tmp_path).save("q/answer", "one")
    Progress("Ana", LESSON, folder=tmp_path).save("q/answer", "three")
    Progress("Anabel", LESSON, folder=tmp_path).save("q/answer", "not Ana's")
    bad = tmp_path / "Ana--02-readability.json"
    bad.write_text("{broken", encoding="utf-8")
    out = export_all("Ana", folder=tmp_path)
    assert out == tmp_path / "Ana--export.json"
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["student"] == "Ana"
    assert set(data["lessons"]) == {"01-anatomy", LESSON, "02-readability"}
    assert data["lessons"]["01-anatomy"]["q/answer"]["value"] == "one"
    assert data["lessons"][LESSON]["q/answer"]["value"] == "three"
    assert data["lessons"]["02-readability"] == {}
    assert len(data["problems"]) == 1 and "Ana--02-readability.corrupt-" in data["problems"][0]
    again = json.loads(export_all("Ana", folder=tmp_path).read_text(encoding="utf-8"))
    assert set(again["lessons"]) == {"01-anatomy", LESSON}  # the export itself is not a lesson
    assert again["problems"] == []  # the damaged file was set aside once, not again


def test_save_folder_setting_env_and_default(tmp_path, monkeypatch, root):
    monkeypatch.delenv("MEDIALIT_SAVE_DIR", raising=False)
    assert progress.save_dir() == root / "notebooks" / "saved-work"
    monkeypatch.setenv("MEDIALIT_SAVE_DIR", str(tmp_path / "env"))
    assert progress.save_dir() == tmp_path / "env"
    Progress("Ana", LESSON).save("k", 1)
    assert (tmp_path / "env" / f"Ana--{LESSON}.json").exists()
    progress.set_save_dir(tmp_path / "teacher")
    try:
        assert progress.save_dir() == tmp_path / "teacher"
    finally:
        progress.set_save_dir(None)
    assert progress.save_dir() == tmp_path / "env"


def test_last_student_is_remembered_per_folder(tmp_path):
    assert progress.last_student(tmp_path) == ""
    progress.remember_student("  Zoë  Li ", tmp_path)
    assert progress.last_student(tmp_path) == "Zoë Li"


def test_values_json_cannot_hold_fail_in_the_callers_cell(tmp_path):
    work = Progress("Ana", LESSON, folder=tmp_path)
    with pytest.raises(TypeError):
        work.save("k", object())
    assert not work.path.exists()


def test_unusable_folder_gives_one_line(tmp_path):
    not_a_folder = tmp_path / "saved-work"
    not_a_folder.write_text("a file where the folder should be", encoding="utf-8")
    with pytest.raises(SavedWorkError, match="could not save your work") as err:
        Progress("Ana", LESSON, folder=not_a_folder).save("k", 1)
    assert "\n" not in str(err.value)
