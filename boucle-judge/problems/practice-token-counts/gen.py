"""Writes tests/N.in and N.out; answers come from solutions/main.py, checked against a brute
force that reads the text one character at a time. Run: python3 gen.py"""
import random
import string
import subprocess

random.seed(20270109)
PUNCT = "".join(c for c in string.printable[:95] if not c.isalnum())  # printable ASCII, space included


def word(alphabet, low, high):
    return "".join(random.choice(alphabet) for _ in range(random.randint(low, high)))


def separator():
    return random.choice([" ", " ", " ", ", ", ". ", "\n", "-", "'", " (", ") ", "!\n\n", word(PUNCT, 1, 3)])


def text(words):
    return "".join(w + separator() for w in words)


def brute(data):
    head, _, body = data.partition("\n")
    counts, current, total = {}, "", 0
    for c in body + " ":
        if c.isascii() and c.isalnum():
            current += c.lower()
        elif current:
            counts[current] = counts.get(current, 0) + 1
            total += 1
            current = ""
    ranked = sorted(counts.items(), key=lambda wc: (-wc[1], wc[0]))[:int(head)]
    return "%d %d\n" % (total, len(counts)) + "".join("%s %d\n" % wc for wc in ranked)


letters = string.ascii_letters
vocabulary = [word(string.ascii_lowercase, 2, 7) for _ in range(50)]
many = [word(letters, 3, 8) for _ in range(180000)]  # mostly distinct words
long_word = word(string.ascii_lowercase, 100000, 100000)
cases = [
    "3\nThe cat and the hat.\nThe CAT's hat-trick: 2 cats, 2 hats!\n",
    "5\n",  # no text at all
    "3\n... --- !!! '' ?\n\n   \n",  # only separators
    "10\nABC abc aBc 123 abc123 123abc A1 a1\n007 7 07\n",  # digits are word characters, 007 is not 7
    "4\nb a ab abc 9 10 b a ab abc 9 10 z\n",  # six words tied: K cuts inside the tie, ASCII order
    "2\n%s\n%s %s\n" % (long_word, long_word.upper(), long_word[:-1]),
    "7\n" + text(random.choice(vocabulary[:12]) for _ in range(400)),
    "20\n" + text(many),  # 180000 words, most of them new: a list lookup per word is quadratic
    "100000\n" + text(random.choice(vocabulary).upper() if random.random() < 0.3 else random.choice(vocabulary)
                      for _ in range(300000)),
    "100000\n" + text(many[:120000]),  # K below the number of distinct words, 100000 lines out
    "6\n" + "".join(random.choice(PUNCT + "aAbB1\n") for _ in range(200000)),
]
for i, data in enumerate(cases, 1):
    assert len(data.partition("\n")[2]) <= 2 * 10**6, i
    with open("tests/%d.in" % i, "w") as f:
        f.write(data)
    answer = subprocess.run(["python3", "solutions/main.py"], input=data, capture_output=True, text=True, check=True)
    assert answer.stdout == brute(data), i
    with open("tests/%d.out" % i, "w") as f:
        f.write(answer.stdout)
