#!/usr/bin/env python3
"""Build the compact birthplace catalogue (comuni + foreign states) embedded in Portale.Core.

Reads the ANPR reference data (CC BY 4.0) from, in order of preference:
  1. the folder given as first argument,
  2. the ANPR_DATA_DIR environment variable,
  3. <repo>/../shared/data/anpr, or shared/data/anpr beside any further ancestor (git worktrees
     live one level deeper than the main checkout),
and, when none of them exists, downloads the current archive from ANPR into a temporary folder.

Writes functions/Portale.Core/Accounts/Places/places.csv.gz (override with --output): a
semicolon-separated, gzip-compressed file whose first lines are comments carrying the attribution.
The output is deterministic (sorted rows, gzip mtime 0) so re-running on the same input gives the
same bytes and a clean git diff.

Python 3.11+, standard library only.
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import gzip
import io
import os
import re
import sys
import tempfile
import urllib.request
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

ATTRIBUTION = "Fonte: ANPR — Ministero dell'Interno, dati rilasciati con licenza CC BY 4.0"
COMUNI_FILE = "ANPR_archivio_comuni.csv"
STATES_FILE = "tab_Stati_Esteri.xlsx"

# The ANPR public repository (github.com/italia/anpr) publishes both files; override when they move.
COMUNI_URL = os.environ.get(
    "ANPR_COMUNI_URL",
    "https://raw.githubusercontent.com/italia/anpr/master/src/archivi/ANPR_archivio_comuni.csv",
)
STATES_URL = os.environ.get(
    "ANPR_STATI_URL",
    "https://raw.githubusercontent.com/italia/anpr/master/src/tabelle/tab_Stati_Esteri.xlsx",
)

# Nobody born before this date will register; rows that ceased earlier are dropped to keep it small.
OLDEST_BIRTH = "1900-01-01"
OPEN_END = "9999-12-31"

REGIONS = {
    "01": "Piemonte", "02": "Valle d'Aosta", "03": "Lombardia", "04": "Trentino-Alto Adige",
    "05": "Veneto", "06": "Friuli-Venezia Giulia", "07": "Liguria", "08": "Emilia-Romagna",
    "09": "Toscana", "10": "Umbria", "11": "Marche", "12": "Lazio", "13": "Abruzzo",
    "14": "Molise", "15": "Campania", "16": "Puglia", "17": "Basilicata", "18": "Calabria",
    "19": "Sicilia", "20": "Sardegna",
}

SHEET_NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
HEADER = ["kind", "code", "name", "altName", "province", "region", "iso3", "from", "to", "active"]


def repo_root() -> Path:
    return Path(__file__).resolve().parent.parent


def find_source(arg: str | None) -> Path | None:
    candidates = [arg, os.environ.get("ANPR_DATA_DIR")]
    candidates += [str(ancestor / "shared" / "data" / "anpr") for ancestor in repo_root().parents]
    for candidate in candidates:
        if candidate and (Path(candidate) / COMUNI_FILE).is_file() and (Path(candidate) / STATES_FILE).is_file():
            return Path(candidate)
    return None


def download(target: Path) -> Path:
    # Not exercisable on the build machines (no internet besides package registries).
    for url, name in ((COMUNI_URL, COMUNI_FILE), (STATES_URL, STATES_FILE)):
        print(f"downloading {url}", file=sys.stderr)
        request = urllib.request.Request(url, headers={"User-Agent": "portale-build-places/1"})
        with urllib.request.urlopen(request, timeout=60) as response, open(target / name, "wb") as out:
            out.write(response.read())
    return target


def read_comuni(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def read_xlsx_first_sheet(path: Path) -> list[dict[str, str]]:
    """Rows of the first worksheet as dicts keyed by the header row (xlsx is a zip of XML)."""
    with zipfile.ZipFile(path) as z:
        shared: list[str] = []
        if "xl/sharedStrings.xml" in z.namelist():
            root = ET.fromstring(z.read("xl/sharedStrings.xml"))
            shared = ["".join(t.text or "" for t in si.iter(f"{{{SHEET_NS['m']}}}t")) for si in root.findall("m:si", SHEET_NS)]
        sheet = ET.fromstring(z.read("xl/worksheets/sheet1.xml"))
    table: list[dict[str, str]] = []
    for row in sheet.iter(f"{{{SHEET_NS['m']}}}row"):
        cells: dict[str, str] = {}
        for c in row.findall("m:c", SHEET_NS):
            column = re.match(r"[A-Z]+", c.get("r", "")).group()  # type: ignore[union-attr]
            value = c.find("m:v", SHEET_NS)
            inline = c.find("m:is", SHEET_NS)
            if c.get("t") == "s" and value is not None:
                cells[column] = shared[int(value.text or "0")]
            elif inline is not None:
                cells[column] = "".join(inline.itertext())
            else:
                cells[column] = value.text or "" if value is not None else ""
        table.append(cells)
    if not table:
        return []
    header = table[0]
    return [{header[k]: v.strip() for k, v in r.items() if k in header} for r in table[1:]]


def day_after(iso: str) -> str:
    return (dt.date.fromisoformat(iso) + dt.timedelta(days=1)).isoformat()


def comuni_rows(raw: list[dict[str, str]]) -> list[list[str]]:
    """One row per (code, name, province, region) period: ANPR splits periods on changes we don't ship
    (ISTAT code, prefecture), so adjacent periods with equal shipped fields are merged."""
    shaped = []
    for r in raw:
        to = r["DATACESSAZIONE"] or OPEN_END
        if to < OLDEST_BIRTH or not r["CODCATASTALE"]:
            continue
        shaped.append({
            "code": r["CODCATASTALE"].strip().upper(),
            "name": r["DENOMINAZIONE_IT"].strip(),
            "alt": r["ALTRADENOMINAZIONE"].strip(),
            "prov": r["SIGLAPROVINCIA"].strip(),
            "region": REGIONS.get(r["IDREGIONE"].strip(), ""),
            "from": r["DATAISTITUZIONE"],
            "to": to,
            "active": r["STATO"].strip() == "A",
        })
    shaped.sort(key=lambda x: (x["code"], x["from"], x["to"]))
    merged: list[dict] = []
    for row in shaped:
        last = merged[-1] if merged else None
        same = last is not None and all(last[k] == row[k] for k in ("code", "name", "alt", "prov", "region"))
        if same and row["from"] <= day_after(last["to"]):
            last["to"] = max(last["to"], row["to"])
            last["active"] = last["active"] or row["active"]
            continue
        merged.append(dict(row))
    return [
        ["C", m["code"], m["name"], m["alt"] if m["alt"] != m["name"] else "", m["prov"], m["region"], "",
         m["from"], "" if m["to"] == OPEN_END else m["to"], "1" if m["active"] else "0"]
        for m in merged
    ]


def italian_date(value: str) -> str:
    return dt.datetime.strptime(value, "%d/%m/%Y").date().isoformat() if value else ""


def state_rows(raw: list[dict[str, str]]) -> list[list[str]]:
    rows = []
    for r in raw:
        code = r.get("CODAT", "").upper()
        if not re.fullmatch(r"Z\d{3}", code):
            continue  # Italy, "apolide" and territories without a cadastral code cannot appear in a codice fiscale
        start = italian_date(r.get("DATAINIZIOVALIDITA", "")) or OLDEST_BIRTH
        end = italian_date(r.get("DATAFINEVALIDITA", "")) or OPEN_END
        if end < OLDEST_BIRTH:
            continue
        rows.append(["S", code, r.get("DENOMINAZIONE", ""), "", "", "", r.get("CODISO3166_1_ALPHA3", ""),
                     start, "" if end == OPEN_END else end, "1" if end == OPEN_END else "0"])
    rows.sort(key=lambda x: (x[1], x[7]))
    return rows


def render(rows: list[list[str]]) -> bytes:
    text = io.StringIO()
    text.write(f"# {ATTRIBUTION}\n")
    text.write("# Generated by scripts/build-places.py from ANPR_archivio_comuni.csv and tab_Stati_Esteri.xlsx; do not edit.\n")
    text.write(";".join(HEADER) + "\n")
    for row in rows:
        if any(";" in cell or "\n" in cell for cell in row):
            raise ValueError(f"separator inside a value: {row}")
        text.write(";".join(row) + "\n")
    buffer = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buffer, mtime=0, compresslevel=9) as gz:
        gz.write(text.getvalue().encode("utf-8"))
    return buffer.getvalue()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("source", nargs="?", help="folder holding the ANPR files")
    parser.add_argument("--output", default=str(repo_root() / "functions/Portale.Core/Accounts/Places/places.csv.gz"))
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        source = find_source(args.source) or download(Path(tmp))
        rows = comuni_rows(read_comuni(source / COMUNI_FILE)) + state_rows(read_xlsx_first_sheet(source / STATES_FILE))
    data = render(rows)
    Path(args.output).write_bytes(data)
    comuni = sum(1 for r in rows if r[0] == "C")
    print(f"wrote {args.output}: {comuni} comuni periods, {len(rows) - comuni} foreign states, {len(data)} bytes", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
