"""LibreOffice headless and poppler for the export tests: a produced file as PDF, its text, its pages as PNG.

CI installs both (scripts/setup-env.sh test); elsewhere a test that needs them skips
when they are missing, but fails when ``CI`` is set, so CI never passes by skipping.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

#: a cold LibreOffice start in CI can take half a minute
TIMEOUT_S = 180


def require_tools() -> None:
    """Skip (outside CI) or fail (in CI) when soffice or pdftotext is missing."""
    missing = [tool for tool in ("soffice", "pdftotext", "pdftoppm") if shutil.which(tool) is None]
    if missing:
        message = f"missing: {', '.join(missing)} (Debian: libreoffice-writer-nogui libreoffice-calc-nogui " \
                  "poppler-utils)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)


def to_pdf(document: Path, out_dir: Path) -> Path:
    """Convert ``document`` (.docx, .xlsx) to PDF in ``out_dir`` with a fresh LibreOffice profile.

    A shared profile makes a second instance silently do nothing; each call gets its own.
    """
    require_tools()
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="lo-profile-") as profile:
        result = subprocess.run(
            ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
             "--convert-to", "pdf", "--outdir", str(out_dir), str(document)],
            capture_output=True, text=True, timeout=TIMEOUT_S, check=False,
        )
    pdf = out_dir / (document.stem + ".pdf")
    if result.returncode != 0 or not pdf.exists():
        raise AssertionError(f"LibreOffice could not convert {document.name}: {result.stdout}{result.stderr}")
    return pdf


def pdf_text(pdf: Path) -> str:
    """The PDF's text in reading order (pdftotext -layout)."""
    require_tools()
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                          check=True, timeout=60).stdout


def pdf_pages(pdf: Path) -> int:
    """Number of pages (pdfinfo is part of poppler too)."""
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True, timeout=60).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


def pdf_to_png(pdf: Path, out_dir: Path, dpi: int = 80) -> list[Path]:
    """Every page as PNG (for looking at it)."""
    require_tools()
    out_dir.mkdir(parents=True, exist_ok=True)
    subprocess.run(["pdftoppm", "-png", "-r", str(dpi), str(pdf), str(out_dir / pdf.stem)], check=True,
                   timeout=120)
    return sorted(out_dir.glob(f"{pdf.stem}*.png"))
