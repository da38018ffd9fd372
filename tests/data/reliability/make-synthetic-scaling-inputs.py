#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""The input shapes of the scaling check (tests/reliability/scaling.py), each made at any size.
Every text is made up; nothing comes from a real procedure.

As a script it writes the small regression inputs kept in scaling/ (each well under 100 KB),
which scaling.py runs first; scaling.py imports this file and writes the large sizes into a
temporary folder at run time (they are never committed).
Run: python3 tests/data/reliability/make-synthetic-scaling-inputs.py (from any folder)"""
import json
import os

HEADER = (
    "# Synthetic scaling summary: {what}\n\n"
    "2099/0100(INI) - 01/03/2099 - Text adopted by Parliament, single reading\n\n"
    "The European Parliament adopted by {votes_for} votes to {against}, with {abstentions} "
    "abstentions, a synthetic resolution on scaling test data.\n\n"
    "## *Synthetic heading*\n\n"
)

# Clauses with the role cues the importer looks for, each naming a country or a partner.
CLAUSES = [
    "condemns Russia's aggression against Ukraine",
    "calls for sanctions against Iran",
    "welcomes the partnership with Japan",
    "stresses that relations with China must be reassessed",
    "notes that Belarus continues its aggression",
    "considers the United States a cornerstone of security",
    "urges the Commission to deepen the strategic partnership with India",
    "deplores the support of North Korea for Russia",
    "recalls the EU-Canada strategic partnership",
    "invites NATO and Norway to explore a security partnership",
    "regrets that Türkiye poses a serious threat to Cyprus",
    "calls for an arms embargo on Myanmar",
]

# Short sentences, each naming countries or partners.
SENTENCES = [
    "Parliament welcomes the partnership with Japan.",
    "Members condemn Russia's aggression against Ukraine.",
    "The Commission is invited to deepen relations with India and South Korea.",
    "Parliament calls for sanctions against Iran.",
    "Members stress that cooperation with China must be reassessed.",
    "The United States remains a cornerstone of transatlantic security.",
    "Parliament urges Serbia and Albania to align with the common foreign policy.",
    "Members recall the EU-Canada strategic partnership.",
    "Norway and the United Kingdom are priority partners.",
    "Parliament deplores Belarus's support for Russia.",
]


def summary(what, body, votes=(440, 119, 85)):
    """A Markdown OEIL-like summary: title, reference line, vote sentence, heading, body."""
    votes_for, against, abstentions = votes
    return HEADER.format(what=what, votes_for=votes_for, against=against,
                         abstentions=abstentions) + body


def long_sentence(n):
    """One paragraph that is a single sentence of n clauses: no full stop until the end."""
    clauses = []
    for i in range(n):
        sep = ", " if i % 3 else "; "
        clauses.append((sep if i else "") + CLAUSES[i % len(CLAUSES)])
    body = "Parliament " + "".join(clauses) + ".\n"
    return summary("one long sentence", body)


def long_paragraph(n):
    """One paragraph of n short sentences, each naming countries or partners."""
    body = " ".join(SENTENCES[i % len(SENTENCES)] for i in range(n)) + "\n"
    return summary("one long paragraph", body)


def many_mentions(n):
    """n paragraphs in sections of 20, each naming the same few entities many times."""
    paragraphs = []
    for i in range(n):
        if i and i % 20 == 0:
            paragraphs.append("## *Synthetic heading %d*\n" % (i // 20 + 1))
        paragraphs.append(
            "Parliament condemns Russia's aggression against Ukraine; Russia, Russia and "
            "Russia again, with the support of Belarus, threaten Ukraine, Ukraine's neighbours "
            "and NATO, while NATO, Ukraine and Russia meet. Members stress that Russia must "
            "withdraw from Ukraine and that NATO stands with Ukraine.\n")
    return summary("many mentions", "\n".join(paragraphs))


def saved_document(title, paragraphs, entities=(), mentions=(), actions=(), vote=(440, 119, 85)):
    """A saved document (docs/FORMAT.md) of one section holding the paragraphs."""
    votes_for, against, abstentions = vote
    return {
        "format": "resolution-explorer/1.1",
        "procedure": {"reference": "2099/0101(INI)", "title": title, "date": "2099-03-01",
                      "stage": "Text adopted by Parliament, single reading"},
        "vote": {"for": votes_for, "against": against, "abstentions": abstentions},
        "paragraphs": [],
        "sections": [{"id": "s1", "title": "Synthetic partners", "level": 1,
                      "paragraphs": list(paragraphs), "sections": []}],
        "entities": list(entities),
        "mentions": list(mentions),
        "actions": list(actions),
        "source": "synthetic-scaling.json",
    }


def to_json(document):
    return json.dumps(document, ensure_ascii=False, separators=(",", ":")) + "\n"


def many_entities(n):
    """A saved document (docs/FORMAT.md) with n entities, n paragraphs and n actions, each
    paragraph mentioning two of the entities and its action naming both."""
    paragraphs, entities, mentions, actions = [], [], [], []
    kinds = ["country", "organisation", "grouping"]
    roles = ["partner", "mentioned", "threat", "priority-partner", "sanctioned", "criticised"]
    for i in range(n):
        eid, name = "SYN%06d" % i, "Synthetic Partner %06d" % i
        other, other_name = "SYN%06d" % ((i + 1) % n), "Synthetic Partner %06d" % ((i + 1) % n)
        pid = "p%d" % (i + 1)
        text = "Parliament welcomes the partnership with %s and calls on %s to act." % (
            name, other_name)
        paragraphs.append({"id": pid, "text": text, "emphasis": [], "source_offset": None})
        entities.append({"id": eid, "name": name, "kind": kinds[i % len(kinds)],
                         "role": roles[i % len(roles)], "members": [], "via": "",
                         "evidence": pid})
        mentions.append({"entity": eid, "paragraph": pid, "start": text.index(name),
                         "length": len(name)})
        mentions.append({"entity": other, "paragraph": pid, "start": text.rindex(other_name),
                         "length": len(other_name)})
        verb = [text.index("welcomes"), len("welcomes")]
        actions.append({
            "id": "a%d" % (i + 1), "text": text, "verb": "welcome", "addressees": ["partners"],
            "entities": sorted({eid, other}), "themes": [], "section": "s1", "paragraph": pid,
            "sentence": [0, len(text)], "verb_span": verb,
            "acts": [{"verb": "welcome", "paragraph": pid, "span": verb, "implicit": False}]})
    return to_json(saved_document("Synthetic scaling document: many entities", paragraphs,
                                  entities, mentions, actions))


def deep_html(n):
    """<div></x> n times and no </div>: a nesting guard that counts the unmatched </x> as a
    close sees depth 1, while an HTML parser ignores </x> and nests the divs n deep."""
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
            "<title>Synthetic deep HTML</title></head><body>\n"
            "<h1>Synthetic scaling summary: deep HTML</h1>\n"
            "<div>2099/0102(INI) - 01/03/2099 - Text adopted by Parliament, single reading</div>\n"
            "<p>The European Parliament adopted by 440 votes to 119, with 85 abstentions, a "
            "synthetic resolution.</p>\n"
            + "<div></x>" * n
            + "<p>Parliament welcomes the partnership with Japan.</p>\n</body></html>\n")


def deep_html_plain(n):
    """Plain <div> nesting n deep (refused past the nesting limit), then a paragraph."""
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
            "<title>Synthetic deep HTML</title></head><body>\n"
            "<h1>Synthetic scaling summary: plain deep HTML</h1>\n"
            "<p>The European Parliament adopted by 440 votes to 119, with 85 abstentions, a "
            "synthetic resolution.</p>\n"
            + "<div>" * n
            + "<p>Parliament welcomes the partnership with Japan.</p>"
            + "</div>" * n + "\n</body></html>\n")


GROUPS = [("EPP", "Group of the European People's Party", "EPP"),
          ("SD", "Progressive Alliance of Socialists and Democrats", "S&D"),
          ("RENEW", "Renew Europe", "Renew"),
          ("GREEN_EFA", "Greens/European Free Alliance", "Greens/EFA"),
          ("ECR", "European Conservatives and Reformists Group", "ECR"),
          ("PFE", "Patriots for Europe", "PfE"),
          ("GUE_NGL", "The Left in the European Parliament", "The Left"),
          ("ESN", "Europe of Sovereign Nations", "ESN"),
          ("NI", "Non-attached Members", "NI")]
COUNTRIES = [("FRA", "France", "FR"), ("DEU", "Germany", "DE"), ("ITA", "Italy", "IT"),
             ("ESP", "Spain", "ES"), ("POL", "Poland", "PL"), ("ROU", "Romania", "RO"),
             ("NLD", "Netherlands", "NL"), ("BEL", "Belgium", "BE"), ("MLT", "Malta", "MT")]
POSITIONS = ["FOR", "FOR", "AGAINST", "ABSTENTION", "DID_NOT_VOTE"]


SEATS = 720  # of the European Parliament


def big_csv(n):
    """A HowTheyVote.eu members file of n made-up members, and a saved document. Up to the 720
    seats of the European Parliament the document states the totals the file adds up to, so the
    roll call is attached; a larger file counts more members than any parliament has, and is
    refused once it has been read whole (the document keeps 440/119/85, which no file of more
    members adds up to). Returns (document, csv)."""
    lines = ["position,member.id,member.first_name,member.last_name,member.country.code,"
             "member.country.label,member.country.iso_alpha_2,member.group.code,"
             "member.group.label,member.group.short_label"]
    counts = dict.fromkeys(POSITIONS, 0)
    for i in range(n):
        position = POSITIONS[i % len(POSITIONS)]
        counts[position] += 1
        group = GROUPS[i % len(GROUPS)]
        country = COUNTRIES[(i // len(GROUPS)) % len(COUNTRIES)]
        lines.append('%s,%d,S,%d,%s,%s,%s,%s,"%s",%s' % (
            (position, 900000 + i, i) + country + group))
    vote = (440, 119, 85)
    if n <= SEATS:
        vote = (counts["FOR"], counts["AGAINST"], counts["ABSTENTION"])
    text = "Parliament welcomes the partnership with Japan."
    paragraph = {"id": "p1", "text": text, "emphasis": [], "source_offset": None}
    document = saved_document("Synthetic scaling document: roll call", [paragraph], vote=vote)
    return to_json(document), "\n".join(lines) + "\n"


def big_csv_files(n):
    document, members = big_csv(n)
    return {"document": (".json", document), "members": ("-members.csv", members)}


# Each shape: n -> {role: (how the file name ends, text)}. A shape's files are named
# "synthetic-<shape><ending>", with the size after the shape name where sizes are mixed.
SHAPES = {
    "long-sentence": lambda n: {"input": (".md", long_sentence(n))},
    "long-paragraph": lambda n: {"input": (".md", long_paragraph(n))},
    "many-entities": lambda n: {"input": (".json", many_entities(n))},
    "many-mentions": lambda n: {"input": (".md", many_mentions(n))},
    "deep-html": lambda n: {"input": (".html", deep_html(n))},
    "deep-html-plain": lambda n: {"input": (".html", deep_html_plain(n))},
    "big-csv": big_csv_files,
}

# The sizes of the regression inputs kept in scaling/: each file well under 100 KB, the HTML
# ones deeper than the 2000 levels the reader takes.
REGRESSION_SIZES = {
    "long-sentence": 600,
    "long-paragraph": 800,
    "many-entities": 100,
    "many-mentions": 150,
    "deep-html": 5000,
    "deep-html-plain": 3000,
    "big-csv": SEATS,
}


def write_inputs(shape, n, folder, sized=True):
    """Writes the shape's files at size n into folder; returns {role: path}."""
    paths = {}
    for role, (ending, text) in SHAPES[shape](n).items():
        name = "synthetic-%s%s%s" % (shape, "-%d" % n if sized else "", ending)
        paths[role] = os.path.join(folder, name)
        with open(paths[role], "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
    return paths


def regression_inputs(folder):
    """{shape: {role: path}} of the regression inputs in folder (as written by this script)."""
    found = {}
    for shape in SHAPES:
        paths = {role: os.path.join(folder, "synthetic-%s%s" % (shape, ending))
                 for role, (ending, _) in SHAPES[shape](1).items()}
        if all(os.path.isfile(path) for path in paths.values()):
            found[shape] = paths
    return found


if __name__ == "__main__":
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "scaling")
    os.makedirs(out, exist_ok=True)
    for name, size in REGRESSION_SIZES.items():
        write_inputs(name, size, out, sized=False)
