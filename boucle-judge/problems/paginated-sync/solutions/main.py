import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, retries, base, cap = (int(x) for x in data[:4])
    pos = 4
    requests = wait = 0
    aborted = 0
    versions = {}  # dicts keep insertion order: the order keys were first seen
    for page in range(1, n + 1):
        failures, count = int(data[pos]), int(data[pos + 1])
        pos += 2
        records = data[pos:pos + 2 * count]
        pos += 2 * count
        attempts = min(failures, retries) + 1
        requests += attempts
        delay = base
        for _ in range(attempts - 1):
            wait += min(cap, delay)
            delay = min(cap, delay * 2)  # capped before it can grow without bound
        if failures > retries:
            aborted = page
            break
        for i in range(0, len(records), 2):
            key, version = records[i].decode(), int(records[i + 1])
            if version > versions.get(key, -1):
                versions[key] = version
    out = ["ABORTED %d" % aborted if aborted else "OK", "requests %d wait %d" % (requests, wait), str(len(versions))]
    out += ["%s %d" % item for item in versions.items()]
    sys.stdout.write("\n".join(out) + "\n")


main()
