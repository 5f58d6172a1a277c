"""Writes tests/N.in and N.out; answers come from solutions/main.py. Run: python3 gen.py"""
import random
import subprocess

random.seed(31)


def sync(retries, base, cap, pages):
    lines = ["%d %d %d %d" % (len(pages), retries, base, cap)]
    for failures, records in pages:
        lines.append(" ".join([str(failures), str(len(records))] + ["%s %d" % r for r in records]))
    return "\n".join(lines) + "\n"


def random_pages(n, per_page, keyspace, retries, fail_max, vmax=50):
    pages = []
    for _ in range(n):
        records = [("k%d" % random.randrange(keyspace), random.randint(0, vmax)) for _ in range(per_page)]
        pages.append((random.randint(0, fail_max), records))
    return pages


cases = [
    sync(2, 100, 150, [(2, [("a", 1)])]),
    sync(0, 5, 5, [(0, [])]),  # an empty page
    sync(1, 10, 1000, [(0, [("a", 1), ("b", 1)]), (2, [("c", 1)]), (0, [("d", 1)])]),  # aborted at page 2
    sync(3, 1, 100, [(0, [("x", 5), ("y", 1)]), (1, [("x", 3), ("y", 2), ("x", 5)]), (0, [("z", 0), ("y", 1)])]),
    sync(60, 10**12, 10**12, [(60, [("big", 1)])]),  # waits add up to 6 * 10^13
    sync(60, 3, 10**12, [(60, [("late", 7)]), (61, [("never", 1)])]),  # doublings past 2^63 if uncapped
    sync(2, 7, 20, random_pages(40, 5, 30, 2, 3)),
    sync(5, 2, 1000, random_pages(300, 8, 400, 5, 5, vmax=10**9)),
    sync(4, 50, 400, random_pages(1200, 10, 8000, 4, 4)),
    sync(10, 1, 10**6, random_pages(40, 2, 10**6, 10, 2)),
]
for i, text in enumerate(cases, 1):
    with open("tests/%d.in" % i, "w") as f:
        f.write(text)
    answer = subprocess.run(["python3", "solutions/main.py"], input=text, capture_output=True, text=True,
                            check=True).stdout
    with open("tests/%d.out" % i, "w") as f:
        f.write(answer)
