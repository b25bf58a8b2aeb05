#!/usr/bin/env python3
"""Consistency checks of a written events set (standard library only).

Usage: python3 check.py SET    (set1, set2...; exit status 0 = OK, 1 = problems found)
"""
import csv, os, re, sys
from collections import Counter, defaultdict

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), sys.argv[1])
ART = os.path.join(HERE, 'articles')

TYPES = {
    'Battles': {'Armed clash', 'Government regains territory', 'Non-state actor overtakes territory'},
    'Explosions/Remote violence': {'Air/drone strike', 'Shelling/artillery/missile attack', 'Suicide bomb',
                                   'Remote explosive/landmine/IED', 'Grenade', 'Chemical weapon'},
    'Violence against civilians': {'Attack', 'Abduction/forced disappearance', 'Sexual violence'},
    'Protests': {'Peaceful protest', 'Protest with intervention', 'Excessive force against protesters'},
    'Riots': {'Violent demonstration', 'Mob violence'},
    'Strategic developments': {'Arrests', 'Agreement', 'Looting/property destruction', 'Other'},
}
COLS = ['file', 'trigger', 'occurrence', 'event_type', 'sub_event_type', 'place', 'admin1', 'country',
        'date_text', 'actor1', 'actor2', 'fatalities', 'main', 'note']
SAME_COLS = ['file_a', 'trigger_a', 'occurrence_a', 'file_b', 'trigger_b', 'occurrence_b']

errors = []
def err(msg): errors.append(msg)

def count_overlapping(text, sub):
    n, i = 0, text.find(sub)
    while i != -1:
        n += 1
        i = text.find(sub, i + 1)
    return n

def read_tsv(name, cols):
    path = os.path.join(HERE, name)
    with open(path, encoding='utf-8', newline='') as f:
        rows = list(csv.reader(f, delimiter='\t'))
    if not rows or rows[0] != cols:
        err(f'{name}: bad header {rows[0] if rows else None}')
        return []
    out = []
    for n, r in enumerate(rows[1:], start=2):
        if len(r) != len(cols):
            err(f'{name}:{n}: {len(r)} columns, expected {len(cols)}')
            continue
        out.append((n, dict(zip(cols, r))))
    return out

# --- articles ---
texts = {}
names = sorted(os.listdir(ART))
if len(names) != 40:
    err(f'expected 40 articles, found {len(names)}')
for i, fn in enumerate(names, start=1):
    if not re.fullmatch(r'\d\d_[a-z0-9_]+\.txt', fn) or int(fn[:2]) != i:
        err(f'article name/numbering: {fn} (expected prefix {i:02d})')
    raw = open(os.path.join(ART, fn), 'rb').read()
    try:
        t = raw.decode('utf-8')
    except UnicodeDecodeError:
        err(f'{fn}: not UTF-8'); continue
    lines = t.split('\n')
    if len(lines) < 3 or not lines[0].strip() or lines[1] != '':
        err(f'{fn}: need headline, blank line, body')
    body = '\n'.join(lines[2:])
    nw = len(body.split())
    if not 120 <= nw <= 450:
        err(f'{fn}: body has {nw} words (want 120-450)')
    texts[fn] = t

# --- gold ---
gold = read_tsv('gold.tsv', COLS)
keys = set()
mains = Counter()
for n, r in gold:
    fn = r['file']
    if fn not in texts:
        err(f'gold.tsv:{n}: unknown file {fn}'); continue
    t = texts[fn]
    trig = r['trigger']
    if not trig:
        err(f'gold.tsv:{n}: empty trigger')
    if not r['occurrence'].isdigit() or int(r['occurrence']) < 1:
        err(f'gold.tsv:{n}: bad occurrence {r["occurrence"]!r}')
    else:
        occ = int(r['occurrence'])
        c = count_overlapping(t, trig)
        if c < occ:
            err(f'gold.tsv:{n}: trigger {trig!r} occurs {c}x in {fn}, occurrence={occ}')
        else:
            # the pointed-at occurrence should lie in the body, not the headline
            pos, i = -1, -1
            for _ in range(occ):
                i = t.find(trig, i + 1); pos = i
            if pos < len(t.split('\n', 1)[0]):
                err(f'gold.tsv:{n}: occurrence {occ} of {trig!r} is in the headline')
    et, st = r['event_type'], r['sub_event_type']
    if et not in TYPES:
        err(f'gold.tsv:{n}: bad event_type {et!r}')
    elif st not in TYPES[et]:
        err(f'gold.tsv:{n}: sub_event_type {st!r} not valid for {et!r}')
    if r['main'] not in ('yes', 'no'):
        err(f'gold.tsv:{n}: main must be yes/no')
    elif r['main'] == 'yes':
        mains[fn] += 1
    if r['fatalities'] and not r['fatalities'].isdigit():
        err(f'gold.tsv:{n}: fatalities must be empty or an integer')
    if not r['country']:
        err(f'gold.tsv:{n}: empty country')
    for col in ('place', 'date_text', 'actor1', 'actor2'):
        v = r[col]
        # place/date/actors should be written as in the body (admin1/country may be normalised)
        if v and col in ('date_text',) and v not in t:
            err(f'gold.tsv:{n}: {col} {v!r} not found in {fn}')
        if v and col == 'place' and v not in t:
            err(f'gold.tsv:{n}: place {v!r} not found in {fn}')
    k = (fn, trig, r['occurrence'])
    if k in keys:
        err(f'gold.tsv:{n}: duplicate row key {k}')
    keys.add(k)
for fn in texts:
    if mains[fn] != 1:
        err(f'{fn}: has {mains[fn]} main events (want exactly 1)')

# --- same_event ---
same = read_tsv('same_event.tsv', SAME_COLS)
for n, r in same:
    for s in ('a', 'b'):
        k = (r['file_' + s], r['trigger_' + s], r['occurrence_' + s])
        if k not in keys:
            err(f'same_event.tsv:{n}: {k} is not a gold row')
    if r['file_a'] == r['file_b']:
        err(f'same_event.tsv:{n}: pair within one file')

# --- summary ---
print(f'articles: {len(texts)}  gold rows: {len(gold)}  '
      f'main: {sum(1 for _, r in gold if r["main"] == "yes")}  '
      f'secondary: {sum(1 for _, r in gold if r["main"] == "no")}  same-event pairs: {len(same)}')
by = defaultdict(Counter)
for _, r in gold:
    by[r['event_type']][r['main']] += 1
for et in TYPES:
    print(f'  {et:28s} main={by[et]["yes"]:2d} secondary={by[et]["no"]:2d}')
if errors:
    print(f'\n{len(errors)} problem(s):')
    for e in errors:
        print('  ' + e)
    sys.exit(1)
print('OK')
