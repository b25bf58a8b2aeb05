#!/usr/bin/env python3
"""Sanity checks of a written figures set: python3 check.py SET (set1, set2...): its
gold.tsv's columns, vocabularies and occurrences (overlapping substring counts) against
its articles (stdlib only)."""
import collections, os, re, sys

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), sys.argv[1])
ART = os.path.join(HERE, 'articles')
COLS = ['file', 'number_text', 'occurrence', 'category', 'value',
        'qualifier', 'source', 'part_of', 'note']
CATS = {'killed', 'wounded', 'displaced', 'captured', 'missing', 'arrested', 'NONE'}
QUALS = {'exact', 'at_least', 'more_than', 'at_most', 'less_than', 'approximately'}

errors = []
def count_overlapping(t, s):
    n, i = 0, t.find(s)
    while i != -1:
        n += 1
        i = t.find(s, i + 1)
    return n

def err(msg):
    errors.append(msg)

# ---- articles -------------------------------------------------------------
names = sorted(n for n in os.listdir(ART) if n.endswith('.txt'))
texts = {}
for i, n in enumerate(names, 1):
    if not re.fullmatch(r'%02d_[a-z0-9_]+\.txt' % i, n):
        err(f'bad article name or numbering: {n}')
    raw = open(os.path.join(ART, n), 'rb').read()
    try:
        t = raw.decode('utf-8')
    except UnicodeDecodeError:
        err(f'{n}: not UTF-8'); continue
    texts[n] = t
    lines = t.split('\n')
    if len(lines) < 3 or not lines[0].strip() or lines[1] != '':
        err(f'{n}: expected headline, blank line, body')
    body = t.split('\n', 2)[2]
    words = len(t.split())
    if not 180 <= words <= 450:
        err(f'{n}: {words} words')
    if '\n\n\n' in t or '\r' in t:
        err(f'{n}: stray blank lines or CR')
if len(names) != 30:
    err(f'{len(names)} articles, expected 30')

# ---- gold -----------------------------------------------------------------
path = os.path.join(HERE, 'gold.tsv')
with open(path, encoding='utf-8', newline='') as fh:
    rows = [l.rstrip('\n').split('\t') for l in fh]
if rows[0] != COLS:
    err(f'header mismatch: {rows[0]}')
seen = set()
per_cat = collections.Counter()
for ln, r in enumerate(rows[1:], 2):
    if len(r) != len(COLS):
        err(f'line {ln}: {len(r)} columns'); continue
    d = dict(zip(COLS, r))
    f = d['file']
    if f not in texts:
        err(f'line {ln}: unknown file {f}'); continue
    t = texts[f]
    num = d['number_text']
    if not num or num != num.strip():
        err(f'line {ln}: empty/padded number_text')
    if not d['occurrence'].isdigit() or int(d['occurrence']) < 1:
        err(f'line {ln}: bad occurrence {d["occurrence"]!r}'); continue
    occ = int(d['occurrence'])
    if count_overlapping(t, num) < occ:
        err(f'line {ln}: {num!r} occurs {count_overlapping(t, num)} times in {f}, occurrence={occ}')
    key = (f, num, occ)
    if key in seen:
        err(f'line {ln}: duplicate {key}')
    seen.add(key)
    cat = d['category']
    if cat not in CATS:
        err(f'line {ln}: bad category {cat!r}')
    per_cat[cat] += 1
    if cat == 'NONE':
        for c in ('value', 'qualifier', 'source', 'part_of'):
            if d[c]:
                err(f'line {ln}: NONE row has {c}={d[c]!r}')
    else:
        if d['qualifier'] not in QUALS:
            err(f'line {ln}: bad qualifier {d["qualifier"]!r}')
        if not (d['value'] == 'vague' or re.fullmatch(r'[1-9][0-9]*', d['value'])):
            err(f'line {ln}: bad value {d["value"]!r}')
        if not d['source']:
            err(f'line {ln}: empty source')
        elif d['source'] != 'NONE' and d['source'].lower() not in t.lower():
            err(f'line {ln}: source {d["source"]!r} not found in {f}')
        if d['part_of'] and d['part_of'] not in t:
            err(f'line {ln}: part_of {d["part_of"]!r} not found in {f}')
    if not d['note']:
        err(f'line {ln}: empty note')

if errors:
    print('\n'.join(errors))
    print(f'{len(errors)} problem(s)')
    sys.exit(1)
n_cat = sum(v for k, v in per_cat.items() if k != 'NONE')
print(f'OK: {len(names)} articles, {len(rows) - 1} gold rows '
      f'({n_cat} category rows, {per_cat["NONE"]} NONE)')
for k in sorted(per_cat):
    print(f'  {k:10s} {per_cat[k]}')
