"""Interactor of guess-the-number (Kattis protocol).

argv: input file ("N SECRET"), answer file (unused here), feedback folder. The submission's
stdout is our stdin and our stdout its stdin. We send N; it guesses a number per line; we answer
"higher", "lower" or "correct". Binary search needs at most N.bit_length() guesses; one more is
forgiven, more is a wrong answer. Exit 42 accepts, 43 rejects with judgemessage.txt saying why.
"""
import sys


def main() -> None:
    input_file, _answer_file, feedback = sys.argv[1:4]
    with open(input_file) as f:
        n, secret = map(int, f.read().split())

    def reject(message: str) -> None:
        with open(feedback + "judgemessage.txt", "w") as out:
            out.write(message + "\n")
        sys.exit(43)

    def send(text: str) -> None:
        try:
            print(text, flush=True)
        except BrokenPipeError:
            reject("the submission stopped reading")

    send(str(n))
    allowed = n.bit_length() + 1
    for guess_number in range(1, allowed + 1):
        line = sys.stdin.readline()
        if not line:
            reject(f"no guess after {guess_number - 1} guesses")
        try:
            guess = int(line)
        except ValueError:
            reject("not a number: " + line.strip()[:40])
        if guess == secret:
            send("correct")
            sys.exit(42)
        send("higher" if guess < secret else "lower")
    reject(f"too many guesses (more than {allowed})")


main()
