#!/usr/bin/env python3
"""Writes dyad-text's first-level subdivisions (provinces, states, regions) from the FIPS 10-4
ADM1 table in shared/datasets/codes (fips10-4_adm1_subdivisions.csv, verbatim from the
eteitelbaum/gdelt-strikes repository, see shared/datasets/MANIFEST.tsv):
    tools/text/build_adm1.py ../shared/datasets/codes/fips10-4_adm1_subdivisions.csv \
        > dyad-text/src/main/resources/org/dyad/text/dict/dyad.adm1.tsv
Current subdivisions only. One line per name: name, FIPS 10-4 country code, subdivision type. Alternative names ("Bayern__Bavaria")
become separate lines. Which names are kept (not ambiguous, not English words, not a country) is
decided when the dictionary is loaded, where the ontology maps FIPS codes to CAMEO."""
import csv
import sys

rows = set()
with open(sys.argv[1], encoding="utf-8") as f:
    for r in csv.DictReader(f):
        if r["current"] != "True":
            continue  # former subdivisions and codes would make present names look ambiguous
        for field in ("fips_adm1_name", "fips_adm1_name_ascii"):
            for name in r[field].split("__"):
                name = name.strip()
                if name:
                    rows.add((name, r["fips_country"], r["adm1_type"]))
print("# First-level administrative subdivisions (FIPS 10-4 ADM1) with their FIPS country code.")
print("# Source: FIPS 10-4 subdivision table as published in eteitelbaum/gdelt-strikes")
print("#   (docs/fips/fips10-4-subdivisions.csv); built by tools/text/build_adm1.py.")
print("# Columns: name<TAB>FIPS country<TAB>type")
for name, country, kind in sorted(rows):
    print(f"{name}\t{country}\t{kind}")
