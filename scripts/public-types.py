#!/usr/bin/env python3
"""Counts the public top-level types of each module of boucle-app (its sub-packages included).

Run from the repository root: python3 scripts/public-types.py [--unused]
--unused also lists public types that nothing outside their own package names (sources,
tests and templates), the candidates for package-private.
"""
import glob
import os
import re
import sys

ROOT = 'boucle-app/src/main/java/dev/boucle/'
files = glob.glob('boucle-app/src/**/*.java', recursive=True) + glob.glob('boucle-app/src/main/jte/**/*.jte', recursive=True)
texts = {p: open(p, encoding='utf-8').read() for p in files}


def package(path):
    m = re.search(r'^package ([\w.]+);', texts[path], re.M)
    return m.group(1) if m else 'template'


DECLARATION = re.compile(r'^public (?:final |sealed |non-sealed |abstract )*(?:class|record|interface|enum|@interface) (\w+)', re.M)
counts, unused = {}, []
for path in sorted(glob.glob(ROOT + '*/**/*.java', recursive=True)):
    m = DECLARATION.search(texts[path])
    if not m or path.endswith('package-info.java'):
        continue
    module = path[len(ROOT):].split('/')[0]
    counts[module] = counts.get(module, 0) + 1
    name, own = m.group(1), package(path)
    if not any(q != path and package(q) != own and re.search(r'\b' + name + r'\b', t) for q, t in texts.items()):
        unused.append(path)
for module, n in sorted(counts.items()):
    print(f'{module:12} {n}')
print(f'{"total":12} {sum(counts.values())}')
if '--unused' in sys.argv:
    print(*unused, sep='\n')
