import sys


def least_rotation(s):
    # Two candidate starts i < j compared k letters deep; a mismatch rules out a whole block.
    n = len(s)
    i, j, k = 0, 1, 0
    while i < n and j < n and k < n:
        a, b = s[(i + k) % n], s[(j + k) % n]
        if a == b:
            k += 1
            continue
        if a > b:
            i += k + 1
        else:
            j += k + 1
        if i == j:
            j += 1
        k = 0
    return min(i, j)


print(least_rotation(sys.stdin.readline().strip()))
