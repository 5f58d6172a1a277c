# Kattis protocol: argv = input answer feedback_dir; the team's output on stdin; exit 42 or 43.
import sys

def verdict(code, message):
    with open(sys.argv[3] + "judgemessage.txt", "w") as f:
        f.write(message)
    sys.exit(code)

n = int(open(sys.argv[1]).read())
tokens = sys.stdin.read().split()
if len(tokens) != 2 or not all(t.isdigit() for t in tokens):
    verdict(43, "expected two non-negative integers")
a, b = map(int, tokens)
if a + b != n:
    verdict(43, "the two numbers add up to %d" % (a + b))
verdict(42, "ok")
