#!/usr/bin/env python3
"""The two set-up commands of the README, for a machine with only Python 3.11+.

    python3 dev.py build   # build the site from the corpus into site/
    python3 dev.py test    # run the whole test suite (CI runs exactly this)

Each creates the virtual environment .venv/ on first use and reuses it afterwards,
reinstalling only when pyproject.toml changed. Standard library only.
"""

from __future__ import annotations

import ctypes.util
import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")


def run(*command: str | Path, **kwargs) -> None:
    print("+", " ".join(map(str, command)), flush=True)
    subprocess.run([str(c) for c in command], check=True, **kwargs)


def ensure_venv(extras: str = "") -> None:
    """Create or reuse .venv with the project installed (editable) with ``extras``."""
    if sys.version_info < (3, 11):  # noqa: UP036 (dev.py runs under any system python3)
        sys.exit(f"kb_build needs Python 3.11 or newer (this is {sys.version.split()[0]})")
    if not PYTHON.exists():
        print(f"Creating {VENV.relative_to(ROOT)} ...", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes() + extras.encode()).hexdigest()
    stamp = VENV / f".installed{'-' + extras if extras else ''}"
    if stamp.exists() and stamp.read_text() == wanted:
        return
    target = f".[{extras}]" if extras else "."
    run(PYTHON, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "-e", target, cwd=ROOT)
    stamp.write_text(wanted)


# Debian packages the tests drive, by the command each provides: the browser, PDF text, and
# LibreOffice (the importer's PDF tests convert Word documents as an office would).
SYSTEM_PACKAGES = {"chromium": "chromium", "pdftotext": "poppler-utils", "soffice": "libreoffice-writer-nogui"}
# Shared libraries WeasyPrint (the course booklet) loads, by the name ctypes finds them under.
SYSTEM_LIBRARIES = {"pango-1.0": "libpango-1.0-0", "pangoft2-1.0": "libpangoft2-1.0-0"}


def ensure_system_packages() -> None:
    """Install the tests' Debian packages from apt when missing (CI runs as root)."""
    missing = [package for command, package in SYSTEM_PACKAGES.items() if not shutil.which(command)]
    missing += [package for name, package in SYSTEM_LIBRARIES.items() if not ctypes.util.find_library(name)]
    if not missing:
        return
    if hasattr(os, "geteuid") and os.geteuid() == 0 and shutil.which("apt-get"):
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        run("apt-get", "update", "-qq", env=env)
        run("apt-get", "install", "-y", "-qq", "--no-install-recommends", *missing, env=env)
        return
    sys.exit(f"The tests need Debian's {', '.join(missing)}: run `sudo apt-get install {' '.join(missing)}`.")


def build(args: list[str]) -> int:
    ensure_venv()
    return subprocess.call([str(BIN / "kb-build"), "build", *args], cwd=ROOT)


def test(args: list[str]) -> int:
    ensure_venv("test")
    ensure_system_packages()
    return subprocess.call([str(PYTHON), "-m", "pytest", *args], cwd=ROOT)


COMMANDS = {"build": build, "test": test}

if __name__ == "__main__":
    if len(sys.argv) < 2 or sys.argv[1] not in COMMANDS:
        sys.exit(__doc__)
    sys.exit(COMMANDS[sys.argv[1]](sys.argv[2:]))
