"""The Excel export benchmark still measures what bench/README.md says: program and floor write the same cells."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from bench.export_excel import measure
from bench.generate import DEFAULT_HEUTE, generate


@pytest.fixture(scope="module")
def scale1(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return generate(tmp_path_factory.mktemp("excel") / "scale1.sqlite", 1, seed=5, heute=DEFAULT_HEUTE).path


def test_one_run_reports_program_floor_and_ratio_and_both_files_hold_the_same_values(scale1: Path,
                                                                                    tmp_path: Path) -> None:
    result = measure(scale1, tmp_path, runs=1)
    assert result["rows"]["Übersicht"] == 30 and result["cells"] > 5000
    assert result["app"] > 0 and result["floor"] > 0
    assert result["ratio"] == pytest.approx(result["app"] / result["floor"])
    program, floor = load_workbook(tmp_path / "app0.xlsx"), load_workbook(tmp_path / "floor0.xlsx")
    assert program.sheetnames == floor.sheetnames
    for ours, bare in zip(program.worksheets, floor.worksheets, strict=True):
        assert list(ours.iter_rows(values_only=True)) == list(bare.iter_rows(values_only=True)), ours.title
