"""Writes tests/N.in and N.out; answers come from solutions/main.py, checked against a brute
force on small cases. Run: python3 gen.py"""
import random
import subprocess

random.seed(20270108)
WORDS = ["hello", "world", "x", "a b", "1 + 1 = 2", "it's", "done!", " ", "/", "p/", "&amp;"]


def text():
    return random.choice(WORDS) if random.random() < 0.5 else ""


def name(alphabet="abc", longest=3):
    return "".join(random.choice(alphabet) for _ in range(random.randint(1, longest)))


def balanced(size, alphabet="abc", longest=3):
    """A well-nested page of about `size` tags, built with an explicit stack."""
    out, stack = [], []
    for _ in range(size):
        r = random.random()
        if r < 0.4 or not stack and r < 0.8:
            stack.append(name(alphabet, longest))
            out.append("<%s>" % stack[-1])
        elif r < 0.8:
            out.append("</%s>" % stack.pop())
        else:
            out.append("<%s/>" % name(alphabet, longest))
        out.append(text())
    while stack:
        out.append("</%s>" % stack.pop())
    return "".join(out)


def mutated(page):
    """Breaks a page in one of the usual ways (or leaves it alone)."""
    tags = page.split("<")
    r = random.random()
    if len(tags) < 2 or r < 0.25:
        return page
    i = random.randrange(1, len(tags))
    if r < 0.45:
        del tags[i]  # a tag lost
    elif r < 0.65:
        tags.insert(i, "/%s>" % name())  # a stray closing tag
    elif r < 0.85 and "/" in tags[i][:1]:
        tags[i] = "/%s>%s" % (name(), tags[i].split(">", 1)[1])  # a closing tag renamed
    else:
        return page + "<%s>" % name()  # left open at the end
    return "<".join(tags)


def document(pages):
    return "%d\n%s\n" % (len(pages), "\n".join(pages))


def brute(text):
    """Tokenises with split rather than a regular expression, then the same stack."""
    lines = text.split("\n")
    out = []
    for page in lines[1:1 + int(lines[0])]:
        stack, verdict = [], None
        for number, piece in enumerate(page.split("<")[1:], 1):
            tag = piece.split(">", 1)[0]
            if tag.endswith("/"):
                continue
            if not tag.startswith("/"):
                stack.append(tag)
            elif stack and stack[-1] == tag[1:]:
                stack.pop()
            else:
                verdict = "ERROR %d" % number
                break
        out.append(verdict or ("UNCLOSED " + stack[-1] if stack else "OK"))
    return "".join(v + "\n" for v in out)


def deep(depth, close):
    names = [name("abcdefghijklmnopqrstuvwxyz", 2) for _ in range(depth)]
    closing = ["</%s>" % n for n in reversed(names[depth - close:])]
    return "".join("<%s>" % n for n in names) + "text" + "".join(closing)


deep_error = deep(100000, 100000)
deep_error = deep_error[:deep_error.rindex("<")] + "</zzz>"  # the very last tag is wrong
cases = [
    document(["<p>Hello <b>world</b>!</p>", "<ul><li>one</li><li>two</ul>", "<br/>text<img/>", "<div><span>open",
              "</p>"]),
    document(["just some text, no tags at all"]),
    document(["", "<a></a>", ""]),  # empty pages are balanced
    document(["<a><a/></a>", "<a/></a>", "<x/><x/><y></y>", "<hr/>"]),  # self-contained tags open nothing
    document(["<a></a></a>", "<ab></a>", "<a></ab>", "<b><a></b></a>", "<a><b></b>", "<a><b>", "<a>x<b>y</b>z</a>w",
              "<abcdefghij></abcdefghij>", "</a><b>", "<a><b></b></a><c>"]),
    document([mutated(balanced(random.randint(0, 12))) for _ in range(300)]),
    document([mutated(balanced(random.randint(20, 200), "ab", 2)) for _ in range(1000)]),
    document([deep(100000, 100000)]),  # 100000 levels: copying the stack on every tag is quadratic
    document([deep_error]),
    document(["<a></a>", deep(100000, 60000), "<b/>"]),
    document([mutated(balanced(random.randint(5, 15), "abcdefghij", 10)) for _ in range(10000)]),
]
for i, text in enumerate(cases, 1):
    assert len(text) <= 2 * 10**6, i
    with open("tests/%d.in" % i, "w") as f:
        f.write(text)
    answer = subprocess.run(["python3", "solutions/main.py"], input=text, capture_output=True, text=True, check=True)
    assert answer.stdout == brute(text), i
    with open("tests/%d.out" % i, "w") as f:
        f.write(answer.stdout)
