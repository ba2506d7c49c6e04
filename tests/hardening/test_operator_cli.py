"""What an operator meets at the command line (issue 14): special and huge files, a typo in
--db, an unreadable file in a batch, a read-only or broken store path, and the modes of a new
store. Every case runs the real ``newsbot`` in its own process, with a timeout, so a hang or a
memory blow-up fails the test instead of stalling the suite.

Permission cases need the operating system to refuse: as root the process is started without
CAP_DAC_OVERRIDE/CAP_DAC_READ_SEARCH (``setpriv``), so a 0000 file is unreadable to it too.
"""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from knowledge.store import Store

NEWSBOT = Path(sys.executable).with_name("newsbot")
ARTICLES = Path(__file__).resolve().parents[1] / "articles"
GOOD1, GOOD2 = ARTICLES / "101_shiraz_water_crisis.txt", ARTICLES / "102_mashhad_flu_vaccine.txt"
TIMEOUT = 60  # seconds; every one of these finishes in a few
NOT_REGULAR = "یک فایل معمولی نیست"
TOO_BIG = "بزرگ‌تر از حد مجاز است"


def env(tmp_path: Path) -> dict[str, str]:
    """No seeds (each new store would parse them), nothing from the caller's NEWSBOT_*."""
    seeds = tmp_path / "no-seeds"
    seeds.mkdir(exist_ok=True)
    base = {k: v for k, v in os.environ.items() if not k.startswith(("NEWSBOT_", "TELEGRAM_"))}
    return base | {"NEWSBOT_SEEDS": str(seeds)}


def no_override() -> list[str]:
    """A prefix that makes the permission bits bind even for root."""
    if os.geteuid() != 0:
        return []
    if shutil.which("setpriv") is None:
        pytest.skip("running as root without setpriv: file permissions cannot be made to bind")
    return ["setpriv", "--bounding-set=-dac_override,-dac_read_search"]


def newsbot(tmp_path: Path, *args: str, prefix: list[str] | None = None,
            stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    done = subprocess.run([*(prefix or []), str(NEWSBOT), *args], env=env(tmp_path), input=stdin and stdin.decode(),
                          capture_output=True, text=True, timeout=TIMEOUT, cwd=tmp_path)
    assert "Traceback" not in done.stderr, done.stderr
    return done


def ids(out: str) -> list[int]:
    return [int(line) for line in out.split() if line.isdigit()]


# -- 1. special and huge files ----------------------------------------------------------------

def make_special(tmp_path: Path, kind: str) -> Path:
    path = tmp_path / f"{kind}.txt"
    if kind == "zero":
        path.symlink_to("/dev/zero")  # endless zeros: read unbounded, memory runs out
    elif kind == "urandom":
        path.symlink_to("/dev/urandom")
    elif kind == "fifo":
        os.mkfifo(path)  # nobody writes: a plain open() blocks forever
    elif kind == "dir":
        path.mkdir()
    elif kind == "huge":
        with path.open("wb") as f:  # 1.5 GB, sparse: was read whole (1.6 GB of memory) before refusal
            f.truncate(1_500_000_000)
    return path


@pytest.mark.parametrize(("kind", "expected"), [
    ("zero", NOT_REGULAR),  # a symlink to a device is followed, and refused
    ("urandom", NOT_REGULAR),
    ("fifo", NOT_REGULAR),  # refused without waiting for a writer
    ("dir", NOT_REGULAR),
    ("huge", TOO_BIG),  # at most limit + 1 bytes read
])
def test_special_or_huge_file_is_named_and_the_rest_added(tmp_path: Path, kind: str, expected: str) -> None:
    special = make_special(tmp_path, kind)
    done = newsbot(tmp_path, "add", str(GOOD1), str(special), str(GOOD2), "--db", str(tmp_path / "s" / "news.db"))
    assert 1 == done.returncode
    assert [1, 2] == ids(done.stdout)
    lines = [line for line in done.stdout.splitlines() if not line.isdigit()]
    assert 1 == len(lines) and str(special) in lines[0] and expected in lines[0], done.stdout


def test_stdin_is_still_read(tmp_path: Path) -> None:
    done = newsbot(tmp_path, "add", "-", "--db", str(tmp_path / "news.db"), stdin=GOOD1.read_bytes())
    assert (0, [1]) == (done.returncode, ids(done.stdout))


# -- 10. one unreadable file does not stop a batch --------------------------------------------

def test_unreadable_file_is_named_and_the_rest_added(tmp_path: Path) -> None:
    noperm = tmp_path / "noperm.txt"
    shutil.copyfile(GOOD1, noperm)
    noperm.chmod(0)
    db = tmp_path / "news.db"
    done = newsbot(tmp_path, "add", str(GOOD1), str(noperm), str(GOOD2), "--db", str(db), prefix=no_override())
    assert 1 == done.returncode  # not click's 2: the argument is not rejected before anything is added
    assert [1, 2] == ids(done.stdout)
    assert f"{noperm}: خوانده نشد (اجازهٔ خواندن آن نیست" in done.stdout


# -- 9. a typo in an explicit --db -----------------------------------------------------------

@pytest.mark.parametrize("command", [
    ["articles"], ["show", "1"], ["delete", "150"], ["export"], ["ask", "چه خبر؟"],
])
def test_explicit_db_in_a_missing_folder_is_refused(tmp_path: Path, command: list[str]) -> None:
    db = tmp_path / "typo" / "dir" / "news.db"
    done = newsbot(tmp_path, *command, "--db", str(db))
    assert 1 == done.returncode
    assert f"پوشهٔ پایگاه داده وجود ندارد: {db.parent}" in done.stderr
    assert not (tmp_path / "typo").exists()  # nothing created


def test_add_makes_the_missing_folder(tmp_path: Path) -> None:
    db = tmp_path / "new" / "dir" / "news.db"
    done = newsbot(tmp_path, "add", str(GOOD1), "--db", str(db))
    assert (0, [1]) == (done.returncode, ids(done.stdout))
    assert db.is_file()


# -- 3. operational errors: one Persian line ---------------------------------------------------

def one_line_error(done: subprocess.CompletedProcess[str], path: Path, cause: str) -> None:
    lines = done.stderr.strip().splitlines()
    assert (1, 1) == (done.returncode, len(lines)), done.stderr
    assert str(path) in lines[0] and cause in lines[0], lines[0]


def test_store_under_a_file_is_one_persian_line(tmp_path: Path) -> None:
    (tmp_path / "afile").write_text("x")
    db = tmp_path / "afile" / "x" / "news.db"
    done = newsbot(tmp_path, "add", str(GOOD1), "--db", str(db))
    one_line_error(done, db, "بخشی از مسیر فایل است نه پوشه")


@pytest.mark.parametrize("command", [["add", str(GOOD1)], ["articles"], ["delete", "1"]])
def test_new_store_in_a_read_only_folder_is_one_persian_line(tmp_path: Path, command: list[str]) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    db = folder / "news.db"
    done = newsbot(tmp_path, *command, "--db", str(db), prefix=no_override())
    one_line_error(done, db, "اجازهٔ دسترسی نیست")


def test_existing_store_read_only_is_one_persian_line(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    db = folder / "news.db"
    assert 0 == newsbot(tmp_path, "add", str(GOOD1), "--db", str(db)).returncode
    db.chmod(0o444)
    folder.chmod(0o555)
    done = newsbot(tmp_path, "add", str(GOOD2), "--db", str(db), prefix=no_override())
    assert 1 == done.returncode and str(db) in done.stderr and 1 == len(done.stderr.strip().splitlines()), done.stderr


# -- 8. file modes ---------------------------------------------------------------------------

def test_new_store_is_private_under_umask_022(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        store = Store.open(tmp_path / "data" / "newsbot" / "news.db")
        store.db.execute("CREATE TABLE probe (x)")  # something written: the -wal exists now
        modes = {name: stat.S_IMODE(os.stat(tmp_path / "data" / "newsbot" / name).st_mode)
                 for name in ("", "news.db", "news.db-wal")}
        store.close()
    finally:
        os.umask(old)
    assert {"": 0o700, "news.db": 0o600, "news.db-wal": 0o600} == modes
