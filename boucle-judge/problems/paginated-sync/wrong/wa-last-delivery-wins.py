import sys

# Overwrites with whatever arrived last, so a stale replay undoes a newer version.
data = sys.stdin.buffer.read().split()
n, retries, base, cap = (int(x) for x in data[:4])
pos, requests, wait, aborted, versions = 4, 0, 0, 0, {}
for page in range(1, n + 1):
    failures, count = int(data[pos]), int(data[pos + 1])
    records = data[pos + 2:pos + 2 + 2 * count]
    pos += 2 + 2 * count
    attempts = min(failures, retries) + 1
    requests += attempts
    wait += sum(min(cap, base * 2 ** r) for r in range(attempts - 1))
    if failures > retries:
        aborted = page
        break
    for i in range(0, len(records), 2):
        versions[records[i].decode()] = int(records[i + 1])
print("ABORTED %d" % aborted if aborted else "OK")
print("requests %d wait %d" % (requests, wait))
print(len(versions))
for key, version in versions.items():
    print(key, version)
