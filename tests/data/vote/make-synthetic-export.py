#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes synthetic-export/: the SYNTHETIC members of synthetic-members.csv in the layout of
HowTheyVote.eu's bulk export (votes.csv, member_votes.csv, groups.csv, countries.csv; made-up
votes, not real data). Procedure 2025/2119(INI) has an amendment vote (three members) and its
main vote (all 720 members, the totals of the CSV files); another procedure has one main vote.
Tests zip the folder themselves to read the same export as a zip."""
import csv
import os

OUT = "synthetic-export"


def main():
    with open("synthetic-members.csv", newline="") as f:
        members = list(csv.DictReader(f))
    os.makedirs(OUT, exist_ok=True)
    count = lambda ms, p: sum(1 for m in ms if m["position"] == p)
    voting = [m for m in members if m["position"] != "DID_NOT_VOTE"]
    votes = [  # id, members, procedure, is_main, title
        ("900010", voting[:3], "2025/2119(INI)", "False", "Synthetic amendment 1"),
        ("900011", members, "2025/2119(INI)", "True", "Synthetic resolution (main vote)"),
        ("900020", voting[3:8], "2099/0001(RSP)", "True", "Another synthetic resolution"),
    ]
    with open(os.path.join(OUT, "votes.csv"), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["id", "timestamp", "display_title", "reference", "description",
                    "amendment_subject", "amendment_number", "is_main", "procedure_reference",
                    "procedure_title", "procedure_type", "procedure_stage", "count_for",
                    "count_against", "count_abstention", "count_did_not_vote", "result",
                    "texts_adopted_reference"])
        for vid, ms, procedure, main, title in votes:
            w.writerow([vid, "2099-01-01 12:00:00", title, "", "", "", "", main, procedure,
                        title, "INI", "", count(ms, "FOR"), count(ms, "AGAINST"),
                        count(ms, "ABSTENTION"), count(ms, "DID_NOT_VOTE"), "ADOPTED", ""])
    with open(os.path.join(OUT, "member_votes.csv"), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["vote_id", "member_id", "position", "country_code", "group_code"])
        for vid, ms, *_ in votes:
            for m in ms:
                w.writerow([vid, m["member.id"], m["position"], m["member.country.code"],
                            m["member.group.code"]])
    groups, countries = {}, {}
    for m in members:
        groups[m["member.group.code"]] = (m["member.group.label"], m["member.group.short_label"])
        countries[m["member.country.code"]] = (m["member.country.iso_alpha_2"],
                                               m["member.country.label"])
    with open(os.path.join(OUT, "groups.csv"), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["code", "official_label", "label", "short_label"])
        for code, (label, short) in groups.items():
            w.writerow([code, label, label, short])
    with open(os.path.join(OUT, "countries.csv"), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["code", "iso_alpha_2", "label"])
        for code, (alpha2, label) in countries.items():
            w.writerow([code, alpha2, label])


if __name__ == "__main__":
    main()
