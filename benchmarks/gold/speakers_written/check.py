#!/usr/bin/env python3
"""Sanity check of a written speakers set (python3 check.py SET: set6, set7...): every
gold row's first words must sit right after an opening quotation mark in its article, and every quotation that opens in an
article must be covered by exactly one row.

Openings that are NOT expected to have their own row:
  * a paragraph-initial mark that re-opens a quotation left unclosed at the end
    of the previous paragraph (multi-paragraph quotation);
  * the second half of a quotation split by an attribution, i.e. the text
    between the closing mark and the re-opening mark ends with a comma
    ("We will not," she said, "give up now.").
Standard library only.  Usage: python3 check.py
"""
import csv
import os
import sys
import unicodedata

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), sys.argv[1])
ART = os.path.join(HERE, "articles")
GOLD = os.path.join(HERE, "gold.tsv")
HEADER = ["file", "quote_start", "speaker", "alternatives", "pattern"]
OPEN_CURLY, CLOSE_CURLY, STRAIGHT = "\u201c", "\u201d", '"'


def openings(text):
    """Return list of (offset, kind, owner) for every opening double quotation
    mark. kind is 'new', 'para-continuation' or 'split-resume'; owner is the
    offset of the 'new' opening the quotation belongs to. Also returns errors."""
    errs, result = [], []
    paras, pos = [], 0
    for block in text.split("\n\n"):
        paras.append((pos, block))
        pos += len(block) + 2
    carried = False  # quotation left open at end of previous paragraph
    owner = None
    for p_start, block in paras:
        if carried and not block.startswith((STRAIGHT, OPEN_CURLY)):
            errs.append("quotation left open before paragraph at %d" % p_start)
        inside = False
        last_close = None  # (offset of closing mark, content before it)
        seg_start = None
        for i, ch in enumerate(block):
            if ch not in (STRAIGHT, OPEN_CURLY, CLOSE_CURLY):
                continue
            is_open = (ch == OPEN_CURLY) or (ch == STRAIGHT and not inside)
            if ch == OPEN_CURLY and inside:
                errs.append("nested curly opening at %d" % (p_start + i))
            if ch == CLOSE_CURLY and not inside:
                errs.append("closing mark without opening at %d" % (p_start + i))
                continue
            if is_open:
                if i == 0 and carried:
                    kind = "para-continuation"
                elif last_close is not None and block[last_close[0] + 1:i].rstrip().endswith(",") \
                        and last_close[1].rstrip().endswith((",", "\u2014", "-")):
                    kind = "split-resume"
                else:
                    kind = "new"
                    owner = p_start + i + 1
                result.append((p_start + i + 1, kind, owner))
                inside, seg_start = True, i + 1
            else:
                inside = False
                last_close = (i, block[seg_start:i])
        if inside:
            carried = True
        else:
            carried = False
    if carried:
        errs.append("quotation still open at end of file")
    # a carried quotation must be followed by a paragraph starting with a mark
    return result, errs


def main():
    problems = []
    with open(GOLD, encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    if rows[0] != HEADER:
        problems.append("bad header: %r" % rows[0])
    rows = rows[1:]
    files = sorted(f for f in os.listdir(ART) if f.endswith(".txt"))
    by_file = {f: [] for f in files}
    for n, r in enumerate(rows, 2):
        if len(r) != 5:
            problems.append("line %d: %d columns" % (n, len(r)))
            continue
        if r[0] not in by_file:
            problems.append("line %d: unknown file %s" % (n, r[0]))
            continue
        if not r[1].strip() or not r[2].strip() or not r[4].strip():
            problems.append("line %d: empty field" % n)
        if (r[2] == "NONE") != (r[4] == "none"):
            problems.append("line %d: NONE speaker and 'none' pattern must go together" % n)
        by_file[r[0]].append((n, r))
    n_quote = n_none = 0
    for f in files:
        text = unicodedata.normalize("NFC", open(os.path.join(ART, f), encoding="utf-8").read())
        lines = text.split("\n")
        if len(lines) < 3 or lines[1] != "" or not lines[0].strip():
            problems.append("%s: expected headline, blank line, body" % f)
        words = len(text.split())
        if not 200 <= words <= 500:
            problems.append("%s: %d words (want 200-500)" % (f, words))
        ops, errs = openings(text)
        problems += ["%s: %s" % (f, e) for e in errs]
        if not by_file[f]:
            problems.append("%s: no gold rows" % f)
        claimed = {}
        resumed = []
        rows_by_line = dict(by_file[f])
        for n, r in by_file[f]:
            key = unicodedata.normalize("NFC", r[1])
            hits = [(o, k, w) for o, k, w in ops if text.startswith(key, o)]
            if not hits:
                where = "in text, but not after an opening mark" if key in text else "not found"
                problems.append("%s line %d: %r %s" % (f, n, key, where))
            elif len(hits) > 1:
                problems.append("%s line %d: %r opens %d quotations; make it longer" % (f, n, key, len(hits)))
            else:
                o, k, w = hits[0]
                if k == "split-resume":
                    # allowed only when it cannot be the second half of the
                    # owning quotation: a different speaker, or NONE
                    resumed.append((n, r, key, w))
                elif k != "new":
                    problems.append("%s line %d: %r is a %s, not a new quotation" % (f, n, key, k))
                if o in claimed:
                    problems.append("%s line %d: same quotation as line %d" % (f, n, claimed[o]))
                claimed[o] = n
            if r[2] == "NONE":
                n_none += 1
            else:
                n_quote += 1
        for n, r, key, w in resumed:
            first = rows_by_line.get(claimed.get(w))
            if r[2] != "NONE" and (first is None or first[2] == r[2]):
                problems.append("%s line %d: %r looks like the second half of a split quotation" % (f, n, key))
        for o, k, w in ops:
            if k == "new" and o not in claimed:
                problems.append("%s: quotation with no row: %r" % (f, text[o:o + 50]))
    print("articles: %d  rows: %d  quotation rows: %d  NONE rows: %d"
          % (len(files), len(rows), n_quote, n_none))
    if problems:
        print("\n".join(problems))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
