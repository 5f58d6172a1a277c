"""Writes tests/N.in and N.out; answers come from solutions/main.py. Run: python3 gen.py"""
import random
import subprocess

random.seed(42)


def graph(n, edges):
    return "%d %d\n" % (n, len(edges)) + "".join("%d %d %d\n" % e for e in edges)


def path_graph(n, w):
    return [(i, i + 1, w) for i in range(1, n)]


def random_graph(n, m, wmax):
    edges = [(random.randint(1, i - 1), i, random.randint(1, wmax)) for i in range(2, n + 1)]
    edges += [(random.randint(1, n), random.randint(1, n), random.randint(1, wmax)) for _ in range(m - n + 1)]
    random.shuffle(edges)
    return edges


def long_chain(n):
    # Relabels a path so that it is walked against the edge order: Bellman-Ford needs ~n rounds.
    labels = [1] + random.sample(range(2, n), n - 2) + [n]
    edges = [(labels[i], labels[i + 1], random.randint(1, 9)) for i in range(n - 1)]
    edges.reverse()
    return edges


cases = [
    graph(4, [(1, 2, 5), (2, 3, 7), (3, 4, 4)]),
    graph(2, []),  # unreachable
    graph(2, [(1, 2, 10**9)]),
    graph(4, [(1, 2, 3), (3, 4, 3)]),  # unreachable, roads exist
    graph(5, [(1, 1, 4), (1, 2, 1), (2, 5, 1000), (1, 3, 2), (3, 4, 2), (4, 5, 2), (2, 5, 1)]),
    graph(6, path_graph(6, 10**9)),  # 4 * 10^9 after the hop: beyond 32 bits
    graph(5, [(1, 2, 1), (2, 5, 100), (1, 3, 50), (3, 5, 60)]),  # the best hop is not on the shortest path
    graph(200, random_graph(200, 600, 10**9)),
    graph(6000, long_chain(6000)),
    graph(3000, random_graph(3000, 6000, 10**9)),
]
for i, text in enumerate(cases, 1):
    with open("tests/%d.in" % i, "w") as f:
        f.write(text)
    answer = subprocess.run(["python3", "solutions/main.py"], input=text, capture_output=True, text=True, check=True)
    with open("tests/%d.out" % i, "w") as f:
        f.write(answer.stdout)
