#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the SYNTHETIC roll-call test files (made-up members and numbers, not real data).

They use the HowTheyVote.eu CSV headers and add up to the totals of 2025/2119(INI):
440 for, 119 against, 85 abstentions, with 76 made-up members who did not vote (720 seats).
"""
import csv
import random

GROUPS = [  # code, label, short label, for, against, abstentions, did not vote
    ("GUE_NGL", "The Left in the European Parliament", "The Left", 5, 30, 6, 5),
    ("SD", "Progressive Alliance of Socialists and Democrats", "S&D", 100, 10, 15, 11),
    ("GREEN_EFA", "Greens/European Free Alliance", "Greens/EFA", 30, 8, 10, 5),
    ("RENEW", "Renew Europe", "Renew", 65, 3, 4, 5),
    ("EPP", "European People's Party", "EPP", 170, 2, 5, 11),
    ("ECR", "European Conservatives and Reformists", "ECR", 55, 8, 6, 9),
    ("PFE", "Patriots for Europe", "PfE", 10, 40, 20, 14),
    ("ESN", "Europe of Sovereign Nations", "ESN", 0, 15, 8, 2),
    ("NI", "Non-attached Members", "NI", 5, 3, 11, 14),
]
COUNTRIES = [  # alpha-3, label, alpha-2, seats
    ("AUT", "Austria", "AT", 20), ("BEL", "Belgium", "BE", 22), ("BGR", "Bulgaria", "BG", 17),
    ("HRV", "Croatia", "HR", 12), ("CYP", "Cyprus", "CY", 6), ("CZE", "Czechia", "CZ", 21),
    ("DNK", "Denmark", "DK", 15), ("EST", "Estonia", "EE", 7), ("FIN", "Finland", "FI", 15),
    ("FRA", "France", "FR", 81), ("DEU", "Germany", "DE", 96), ("GRC", "Greece", "GR", 21),
    ("HUN", "Hungary", "HU", 21), ("IRL", "Ireland", "IE", 14), ("ITA", "Italy", "IT", 76),
    ("LVA", "Latvia", "LV", 9), ("LTU", "Lithuania", "LT", 11), ("LUX", "Luxembourg", "LU", 6),
    ("MLT", "Malta", "MT", 6), ("NLD", "Netherlands", "NL", 31), ("POL", "Poland", "PL", 53),
    ("PRT", "Portugal", "PT", 21), ("ROU", "Romania", "RO", 33), ("SVK", "Slovakia", "SK", 15),
    ("SVN", "Slovenia", "SI", 9), ("ESP", "Spain", "ES", 61), ("SWE", "Sweden", "SE", 21),
]
POSITIONS = ["FOR", "AGAINST", "ABSTENTION", "DID_NOT_VOTE"]


def main():
    rng = random.Random(2119)
    seats = [c for c in COUNTRIES for _ in range(c[3])]
    rng.shuffle(seats)
    members = []
    for group in GROUPS:
        for position, count in zip(POSITIONS, group[3:]):
            for _ in range(count):
                members.append((position, group, seats.pop()))
    assert not seats and len(members) == 720

    with open("synthetic-members.csv", "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["position", "member.id", "member.first_name", "member.last_name",
                    "member.country.code", "member.country.label", "member.country.iso_alpha_2",
                    "member.group.code", "member.group.label", "member.group.short_label"])
        for i, (position, group, country) in enumerate(members, 1):
            last = f"Member {i:03d}" if i % 50 else f"Member {i:03d}, \"Synthetic\" Jr."
            w.writerow([position, 900000 + i, "Synthetic", last, country[0], country[1],
                        country[2], group[0], group[1], group[2]])

    with open("synthetic-groups.csv", "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n", quoting=csv.QUOTE_NONNUMERIC)
        f.write("code,label,short_label,count_for,count_against,count_abstentions,"
                "count_did_not_vote\n")
        for g in GROUPS:
            w.writerow(g)

    counts = {c[0]: [0, 0, 0, 0] for c in COUNTRIES}
    for position, _, country in members:
        counts[country[0]][POSITIONS.index(position)] += 1
    with open("synthetic-countries.csv", "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["code", "label", "iso_alpha_2", "count_for", "count_against",
                    "count_abstentions", "count_did_not_vote"])
        for c in COUNTRIES:
            w.writerow([c[0], c[1], c[2], *counts[c[0]]])


if __name__ == "__main__":
    main()
