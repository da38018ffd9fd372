#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Serves the recorded Legislative Observatory pages and the synthetic HowTheyVote.eu answers of
tests/data on 127.0.0.1, at the sites' own paths, for the screenshots of going online (the same
routes as tests/common/OnlineTestSite.h). Nothing leaves the machine.

Usage: serve-recorded-pages.py PORT [--slow-summary SECONDS]
"""
import http.server
import pathlib
import sys
import time
import urllib.parse

ROOT = pathlib.Path(__file__).resolve().parents[2] / "tests" / "data"
HTML = "text/html;charset=UTF-8"
ROUTES = {
    "/oeil/en/procedure-file?reference=2021/2540(RSP)":
        ("import/real/oeil-procedure-file_2021-2540-rsp.html", HTML),
    "/oeil/en/procedure-file?reference=2020/2042(INI)":
        ("import/real/oeil-procedure-file_2020-2042-ini.html", HTML),
    "/oeil/en/procedure-file?reference=2022/2201(INI)":
        ("import/real/oeil-procedure-file_2022-2201-ini.html", HTML),
    "/oeil/en/document-summary?id=1651118": ("import/real/oeil-document-summary_1651118.html", HTML),
    "/api/votes/search?q=2025/2119(INI)&page_size=100":
        ("online/synthetic-howtheyvote-search-2025-2119-INI.json", "application/json"),
    "/api/votes/900001/groups.csv": ("vote/synthetic-groups.csv", "text/csv"),
    "/api/votes/900001/countries.csv": ("vote/synthetic-countries.csv", "text/csv"),
    "/api/votes/900001/members.csv": ("vote/synthetic-members.csv", "text/csv"),
}
SLOW_SUMMARY = 0.0


class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        target = urllib.parse.unquote(self.path)
        route = ROUTES.get(target)
        if route is None:
            self.send_error(404)
            return
        if "document-summary" in target and SLOW_SUMMARY > 0:
            time.sleep(SLOW_SUMMARY)
        body = (ROOT / route[0]).read_bytes()
        self.send_response(200)
        self.send_header("Content-Type", route[1])
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


def main():
    global SLOW_SUMMARY
    port = int(sys.argv[1])
    if "--slow-summary" in sys.argv:
        SLOW_SUMMARY = float(sys.argv[sys.argv.index("--slow-summary") + 1])
    http.server.ThreadingHTTPServer(("127.0.0.1", port), Handler).serve_forever()


if __name__ == "__main__":
    main()
