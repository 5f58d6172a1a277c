import re
import sys

TAG = re.compile(rb"<(/?)([a-z]+)(/?)>")


# Counts the open elements of each name and ignores the order they were opened in.
def verdict(page):
    open_count = {}
    opened = []
    for number, tag in enumerate(TAG.finditer(page), 1):
        closing, name, alone = tag.groups()
        if alone:
            continue
        if not closing:
            open_count[name] = open_count.get(name, 0) + 1
            opened.append(name)
        elif open_count.get(name, 0) > 0:
            open_count[name] -= 1
        else:
            return "ERROR %d" % number
    for name in reversed(opened):
        if open_count[name] > 0:
            return "UNCLOSED " + name.decode()
    return "OK"


def main():
    lines = sys.stdin.buffer.read().split(b"\n")
    t = int(lines[0])
    pages = lines[1:1 + t]
    pages += [b""] * (t - len(pages))
    sys.stdout.write("".join(verdict(p) + "\n" for p in pages))


main()
