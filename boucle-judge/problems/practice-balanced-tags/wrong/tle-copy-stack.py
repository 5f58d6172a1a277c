import re
import sys

TAG = re.compile(rb"<(/?)([a-z]+)(/?)>")


# Builds a new list on every push and pop: O(depth) per tag, quadratic on deep pages.
def verdict(page):
    stack = []
    for number, tag in enumerate(TAG.finditer(page), 1):
        closing, name, alone = tag.groups()
        if alone:
            continue
        if not closing:
            stack = stack + [name]
        elif stack and stack[-1] == name:
            stack = stack[:-1]
        else:
            return "ERROR %d" % number
    return "UNCLOSED " + stack[-1].decode() if stack else "OK"


def main():
    lines = sys.stdin.buffer.read().split(b"\n")
    t = int(lines[0])
    pages = lines[1:1 + t]
    pages += [b""] * (t - len(pages))
    sys.stdout.write("".join(verdict(p) + "\n" for p in pages))


main()
