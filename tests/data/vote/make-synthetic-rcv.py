#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes synthetic-rcv.xml: the SYNTHETIC members of synthetic-members.csv as the European
Parliament's roll-call record of a sitting (RCV XML) would list them, group names in the
Parliament's own spelling (PPE, Verts/ALE, The Left...). Two votes: a made-up amendment voted by
three members, then the whole text, which adds up to the same totals as the CSV files."""
import csv
from xml.sax.saxutils import escape

EP_NAMES = {"GUE_NGL": "The Left", "SD": "S&D", "GREEN_EFA": "Verts/ALE", "RENEW": "Renew",
            "EPP": "PPE", "ECR": "ECR", "PFE": "PfE", "ESN": "ESN", "NI": "NI"}
POSITIONS = [("FOR", "Result.For"), ("AGAINST", "Result.Against"),
             ("ABSTENTION", "Result.Abstention")]


def result(identifier, dlv, description, members):
    out = [f'  <RollCallVote.Result Identifier="{identifier}" DlvId="{dlv}" '
           f'Date="2099-01-01 12:00:00">',
           f"    <RollCallVote.Description.Text>{escape(description)}"
           "</RollCallVote.Description.Text>"]
    for position, element in POSITIONS:
        voters = [m for m in members if m["position"] == position]
        out.append(f'    <{element} Number="{len(voters)}">')
        groups = {}
        for m in voters:
            groups.setdefault(EP_NAMES[m["member.group.code"]], []).append(m)
        for name, listed in groups.items():
            out.append(f'      <Result.PoliticalGroup.List Identifier="{escape(name)}">')
            for m in listed:
                out.append(f'        <PoliticalGroup.Member.Name MepId="{m["member.id"]}" '
                           f'PersId="{m["member.id"]}">{escape(m["member.last_name"])}'
                           "</PoliticalGroup.Member.Name>")
            out.append("      </Result.PoliticalGroup.List>")
        out.append(f"    </{element}>")
    out.append("  </RollCallVote.Result>")
    return out


def main():
    with open("synthetic-members.csv", newline="") as f:
        members = list(csv.DictReader(f))
    voting = [m for m in members if m["position"] != "DID_NOT_VOTE"]
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<PV.RollCallVoteResults Sitting.Date="2099-01-01" EP.Reference="SYNTHETIC">']
    lines += result("900001", "800001", "A10-9999/2099 - Synthetic Rapporteur - Am 1",
                    voting[:3])
    lines += result("900002", "800001",
                    "A10-9999/2099 - Synthetic Rapporteur - Motion for a resolution (as a whole)",
                    voting)
    lines += ["  <VoteTitles>",
              '    <VoteTitle DlvId="800001">Synthetic resolution for tests</VoteTitle>',
              "  </VoteTitles>", "</PV.RollCallVoteResults>"]
    with open("synthetic-rcv.xml", "w") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
