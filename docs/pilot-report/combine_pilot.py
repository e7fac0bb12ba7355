#!/usr/bin/env python3
"""Combine Alliance Coach pilot reports (CSV) from many clinicians into one table.

usage: python3 combine_pilot.py clinicians.csv combined.csv alliance-pilot-*.csv
clinicians.csv maps each report_id to a code you choose (report_id,clinician), e.g. 3f9c01aa,C01
"""
import csv, statistics, sys

codes_file, out_file, *reports = sys.argv[1:]
codes = {row["report_id"]: row["clinician"] for row in csv.DictReader(open(codes_file, newline=""))}
header, rows, seen = None, [], set()
for path in reports:
    with open(path, newline="", encoding="utf-8") as f:
        reader = csv.DictReader(f)
        if header is None:
            header = reader.fieldnames
        elif reader.fieldnames != header:
            sys.exit(f"{path}: different columns (another report version?); not combined")
        for row in reader:
            if row["call_ref"] in seen:
                continue  # the same report given twice
            seen.add(row["call_ref"])
            row["clinician"] = codes.get(row["report_id"], "unknown")
            rows.append(row)

with open(out_file, "w", newline="", encoding="utf-8") as f:
    w = csv.DictWriter(f, fieldnames=["clinician", *header])
    w.writeheader()
    w.writerows(sorted(rows, key=lambda r: (r["clinician"], r["date"])))

def num(v):
    return float(v) if v != "" else None

print("clinician  calls  median R:Q (rated calls)  goal agreed  mean talk share  prompts acted on / shown")
for c in sorted({r["clinician"] for r in rows}):
    mine = [r for r in rows if r["clinician"] == c]
    rated = [num(r["rq"]) for r in mine if r["rq_band"] in ("good", "fair", "below") and r["rq"] != ""]
    rq = f"{statistics.median(rated):.2f} (n={len(rated)})" if rated else "- (n=0)"
    goal = sum(1 for r in mine if int(r["goals_agreed"]) >= 1)
    shares = [num(r["clinician_talk_share"]) for r in mine if r["clinician_talk_share"] != ""]
    acted = sum(int(r["prompts_acted_on"]) for r in mine)
    shown = sum(int(r["prompts_shown"]) for r in mine)
    print(f"{c:<10} {len(mine):>5}  {rq:<25} {goal}/{len(mine):<10} {statistics.mean(shares):<16.2f} {acted}/{shown}")
