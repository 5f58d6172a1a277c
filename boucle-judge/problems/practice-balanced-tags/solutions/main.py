import re
import sys

TAG = re.compile(rb"<(/?)([a-z]+)(/?)>")


def verdict(page):
    stack = []  # names of the open elements, innermost last
    for number, tag in enumerate(TAG.finditer(page), 1):
        closing, name, alone = tag.groups()
        if alone:
            continue
        if not closing:
            stack.append(name)
        elif stack and stack[-1] == name:
            stack.pop()
        else:
            return "ERROR %d" % number
    return "UNCLOSED " + stack[-1].decode() if stack else "OK"


def main():
    lines = sys.stdin.buffer.read().split(b"\n")
    t = int(lines[0])
    pages = lines[1:1 + t]
    pages += [b""] * (t - len(pages))  # a last empty page may lack its line break
    sys.stdout.write("".join(verdict(p) + "\n" for p in pages))


main()
