#!/usr/bin/env python3
"""Build gold.tsv from gold_spec.txt.

Each spec row names an anchor (a substring that occurs exactly once in the
article); the gold number is the first occurrence of number_text inside that
anchor.  The occurrence index is computed by counting plain, case-sensitive
substring occurrences of number_text in the whole file (headline + body)
that start before that position.
"""
import csv, glob, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ART = os.path.join(HERE, 'articles')
COLS = ['file', 'number_text', 'occurrence', 'category', 'value',
        'qualifier', 'source', 'part_of', 'note']


def starts(text, sub):
    """Start positions of all (possibly overlapping) occurrences."""
    out, i = [], text.find(sub)
    while i != -1:
        out.append(i)
        i = text.find(sub, i + 1)
    return out


def main():
    files = {os.path.basename(p)[:2]: os.path.basename(p)
             for p in glob.glob(os.path.join(ART, '*.txt'))}
    rows, errors = [], []
    for ln, line in enumerate(open(os.path.join(HERE, 'gold_spec.txt'), encoding='utf-8'), 1):
        line = line.rstrip('\n')
        if not line or line.startswith('#'):
            continue
        f = line.split('|')
        if len(f) != 9:
            errors.append(f'spec line {ln}: {len(f)} fields'); continue
        pre, anchor, num, cat, val, qual, src, part, note = f
        fname = files[pre]
        text = open(os.path.join(ART, fname), encoding='utf-8').read()
        a = starts(text, anchor)
        if len(a) != 1:
            errors.append(f'spec line {ln}: anchor {anchor!r} found {len(a)} times in {fname}'); continue
        k = anchor.find(num)
        if k < 0:
            errors.append(f'spec line {ln}: {num!r} not in anchor {anchor!r}'); continue
        pos = a[0] + k
        ov = starts(text, num)
        occ = ov.index(pos) + 1
        # make sure overlapping and non-overlapping counting agree
        if len(ov) != text.count(num):
            errors.append(f'spec line {ln}: overlapping occurrences of {num!r} in {fname}')
        if part and part not in text:
            errors.append(f'spec line {ln}: part_of {part!r} not in text')
        rows.append([fname, num, str(occ), cat, val, qual, src, part, note])
    if errors:
        print('\n'.join(errors)); sys.exit(1)
    # detect duplicate (file, number_text, occurrence)
    seen = set()
    for r in rows:
        key = tuple(r[:3])
        if key in seen:
            print('duplicate row', key); sys.exit(1)
        seen.add(key)
    rows.sort(key=lambda r: (r[0], starts_pos(r)))
    with open(os.path.join(HERE, 'gold.tsv'), 'w', encoding='utf-8', newline='') as fh:
        for r in [COLS] + rows:
            assert all('\t' not in c and '\n' not in c for c in r), r
            fh.write('\t'.join(r) + '\n')
    print(f'wrote {len(rows)} rows')


_cache = {}
def starts_pos(r):
    fname, num, occ = r[0], r[1], int(r[2])
    if fname not in _cache:
        _cache[fname] = open(os.path.join(ART, fname), encoding='utf-8').read()
    return starts(_cache[fname], num)[occ - 1]


if __name__ == '__main__':
    main()
