"""Read the workbooks ydelsesflow wrote with a second, independent reader
(Debian's python3-openpyxl) and check a few known cells: that the figures
are numbers with the Danish number formats, the totals bold, the header
frozen, and that they agree with the program's CSV and with each other.

Usage: check_workbook.py RUN_DIR COMPARE_DIR
  RUN_DIR holds budget.xlsx and sammendrag.csv from `ydelsesflow run`,
  COMPARE_DIR sammenligning.xlsx from `ydelsesflow compare`.
"""
import csv
import math
import sys

import openpyxl

AMOUNT = "#,##0;-#,##0"
failures = []


def check(ok, what):
    if not ok:
        failures.append(what)


def rows(ws):
    return list(ws.iter_rows())


def find(ws, label, after=None):
    """The first row labelled label (column A), after the row labelled after."""
    seen = after is None
    for row in rows(ws):
        if not seen:
            seen = row[0].value == after
            continue
        if row[0].value == label:
            return row
    raise SystemExit(f"{ws.title}: no row {label!r} after {after!r}")


def number(c, what, fmt=AMOUNT, bold=None):
    check(isinstance(c.value, (int, float)) and not isinstance(c.value, bool),
          f"{what}: {c.coordinate} is {c.value!r}, not a number")
    check(c.number_format == fmt, f"{what}: {c.coordinate} has the format {c.number_format!r}, want {fmt!r}")
    if bold is not None:
        check(bool(c.font.b) == bold, f"{what}: {c.coordinate} bold is {c.font.b}, want {bold}")
    return float(c.value)


def close(a, b):
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-6)


def column(ws, heading):
    header = [c.value for c in next(ws.iter_rows(max_row=1))]
    i = header.index(heading)
    return [float(r[i].value) for r in ws.iter_rows(min_row=2)]


def check_run(d):
    wb = openpyxl.load_workbook(f"{d}/budget.xlsx")
    check(wb.sheetnames[:2] == ["Budget", "Helårspersoner"], f"budget.xlsx sheets {wb.sheetnames}")
    ws = wb["Budget"]
    check(ws.freeze_panes == "B4", f"Budget: frozen at {ws.freeze_panes}, want B4")
    year = ws["B3"].value
    check(isinstance(year, str) and year.startswith("Budget "), f"Budget!B3 = {year!r}")
    total = find(ws, "I alt", after="Kommunal nettoudgift (1.000 kr.)")
    check(bool(total[0].font.b), "Budget: the net total's label is not bold")
    net = number(total[1], "net total, first year", bold=True)
    with open(f"{d}/sammendrag.csv", newline="", encoding="utf-8") as f:
        first = None
        for r in csv.DictReader(f):
            first = first or r["year"]
            if r["year"] == first and r["state"] == "total" and r["measure"] == "kommunal_netto":
                want = float(r["mean"]) / 1000
    check(close(net, want), f"Budget: net total {net} ≠ sammendrag.csv's {want} (1.000 kr.)")
    runs = column(wb["Kørsler"], f"Nettoudgift {first} (1.000 kr.)")
    check(close(sum(runs) / len(runs), net), f"Kørsler: mean net {sum(runs) / len(runs)} ≠ Budget's {net}")
    persons = find(wb["Helårspersoner"], "I alt", after="Helårspersoner")
    number(persons[1], "helårspersoner i alt", fmt="#,##0.0;-#,##0.0", bold=True)


def check_compare(d):
    wb = openpyxl.load_workbook(f"{d}/sammenligning.xlsx")
    ws = wb["Budgetskema"]
    check(ws.freeze_panes == "B4", f"Budgetskema: frozen at {ws.freeze_panes}, want B4")
    service = find(ws, "Serviceudgifter i alt")
    ydelser = find(ws, "Overførselsudgifter i alt, netto")
    total = find(ws, "Nettoændring for kommunen i alt")
    for i in range(1, len(total)):
        s = number(service[i], "serviceudgifter i alt", bold=True)
        y = number(ydelser[i], "ydelser netto", bold=True)
        t = number(total[i], "nettoændring i alt", bold=True)
        check(close(s + y, t), f"Budgetskema column {i + 1}: {s} + {y} ≠ total {t}")
    header = [c.value for c in next(wb["Kørsler"].iter_rows(max_row=1))]
    whole = [h for h in header if h.startswith("Nettoændring I alt")][0]
    runs = column(wb["Kørsler"], whole)
    check(close(sum(runs) / len(runs), float(total[-1].value)),
          f"Kørsler: mean net change {sum(runs) / len(runs)} ≠ the form's total {total[-1].value}")


check_run(sys.argv[1])
check_compare(sys.argv[2])
if failures:
    print("workbook check failed:", *failures, sep="\n  ")
    sys.exit(1)
print("workbooks read back with openpyxl", openpyxl.__version__, ": numbers, formats, totals and panes as written")
