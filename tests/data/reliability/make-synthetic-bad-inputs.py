#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the small synthetic files of the bad-input corpus (tests/reliability). Every file is
made up; nothing comes from a real procedure. Large files (200 MB) are made by the tests at run
time and never committed. Run from this folder: python3 make-synthetic-bad-inputs.py"""
import json
import struct
import zlib

SUMMARY = """# Synthetic reliability summary

2099/0042(INI) - 01/02/2099 - Text adopted by Parliament, single reading

The European Parliament adopted by 12 votes to 3, with 1 abstention, a synthetic resolution
on reliability test data.

## *First synthetic heading*

The Parliament calls on the Commission to keep synthetic files intact.

### *Synthetic sub-heading*

Members stress that the synthetic reader must not crash.
"""

NO_HEADINGS = """# Synthetic summary without headings

2099/0043(INI) - 02/02/2099 - Text adopted by Parliament, single reading

The European Parliament adopted by 20 votes to 2, with 4 abstentions, a synthetic resolution
without any heading.

The Parliament calls on the Commission to read summaries that have no headings.
"""

NO_VOTE = """# Synthetic summary without a vote

2099/0044(INI) - 03/02/2099 - Committee report tabled for plenary

## *Synthetic heading*

The committee calls on the Commission to accept summaries that state no vote.
"""

PLAIN = """Synthetic plain text reliability summary
2099/0045(INI)
04/02/2099
Text adopted by Parliament, single reading

The European Parliament adopted by 30 votes to 5, with 2 abstentions, a synthetic resolution.

Synthetic heading

The Parliament calls on the Commission to accept CRLF line ends.
"""

HTML_SCRIPT = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Synthetic</title>
<style>p { color: red } .SYNTHSTYLEMARKER { content: "SYNTHSTYLEMARKER" }</style>
<script>document.write("<p>SYNTHSCRIPTMARKER 2001/0001(INI)</p>"); fetch("https://example.invalid/");</script>
</head><body>
<h1>Synthetic HTML reliability summary</h1>
<div>2099/0046(INI) - 05/02/2099 - Text adopted by Parliament, single reading</div>
<p>The European Parliament adopted by 40 votes to 4, with 1 abstention, a synthetic resolution.</p>
<p style="font-style: italic; font-weight: bold">Synthetic heading</p>
<p onclick="alert('SYNTHHANDLERMARKER')">The Parliament calls on the Commission to ignore scripts.</p>
<noscript><p>Synthetic noscript text.</p></noscript>
<script type="module">import "https://example.invalid/SYNTHMODULEMARKER.js";</script>
<iframe src="https://example.invalid/"></iframe>
<img src="https://example.invalid/pixel.png" alt="">
</body></html>
"""


def png_1x1():
    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))
    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00\xff\x00\x00")
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels)
            + chunk(b"IEND", b""))


def garbage(n):
    state, out = 12345, bytearray()
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        out.append(state >> 16 & 0xFF)
    return bytes(out)


def write(name, data):
    with open(name, "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode("utf-8"))


document = json.load(open("../io/document-synthetic.json", encoding="utf-8"))
saved = json.dumps(document, indent=2, ensure_ascii=False)

write("synthetic-empty.md", b"")
write("synthetic-blank.txt", "\n  \n\t\n")
write("synthetic-garbage.md", garbage(512))
write("synthetic-png-renamed.md", png_1x1())
write("synthetic-truncated.json", saved[: len(saved) // 2])
newer = dict(document, format="resolution-explorer/2")
write("synthetic-newer-format.json", json.dumps(newer, indent=2, ensure_ascii=False))
write("synthetic-not-a-document.json", '{"type": "FeatureCollection", "features": []}\n')
write("synthetic-deeply-nested.json",
      '{"format": "resolution-explorer/1", "x": ' + "[" * 5000 + "]" * 5000 + "}\n")
write("synthetic-invalid-utf8.md",
      SUMMARY.encode("utf-8").replace(b"keep synthetic", b"keep \xc3\x28 \xff synthetic"))
write("synthetic-utf16le-bom.md", b"\xff\xfe" + SUMMARY.encode("utf-16-le"))
write("synthetic-utf16be-bom.txt", b"\xfe\xff" + PLAIN.encode("utf-16-be"))
write("synthetic-utf8-bom.md", b"\xef\xbb\xbf" + SUMMARY.encode("utf-8"))
write("synthetic-crlf.txt", PLAIN.replace("\n", "\r\n"))
write("synthetic-no-headings.md", NO_HEADINGS)
write("synthetic-no-vote.md", NO_VOTE)
write("synthetic-title-only.md", "# Synthetic title and nothing else\n")
write("synthetic-script-style.html", HTML_SCRIPT)
write("synthetic-half-saved-head.html", HTML_SCRIPT[: HTML_SCRIPT.index("<p>The European")])
write("synthetic-half-saved-body.html", HTML_SCRIPT[: HTML_SCRIPT.index("to ignore scripts") + 7])
write("synthetic-spreadsheet.csv", "name,value\nalpha,1\nbeta,2\n")
write("synthetic-rollcall-missing-columns.csv",
      "code,label,count_for\n\"EPP\",\"Synthetic Group One\",170\n")
write("synthetic-rollcall-bad-totals.csv",
      "code,label,short_label,count_for,count_against,count_abstentions,count_did_not_vote\n"
      "\"G1\",\"Synthetic Group One\",\"G1\",300,100,80,10\n"
      "\"G2\",\"Synthetic Group Two\",\"G2\",100,10,5,2\n")
