import sys

# Finds keys by scanning a list of everything stored so far: quadratic in the number of keys.
data = sys.stdin.buffer.read().split()
n, retries, base, cap = (int(x) for x in data[:4])
pos, requests, wait, aborted = 4, 0, 0, 0
keys, versions = [], []
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
        key, version = records[i].decode(), int(records[i + 1])
        for j in range(len(keys)):
            if keys[j] == key:
                versions[j] = max(versions[j], version)
                break
        else:
            keys.append(key)
            versions.append(version)
print("ABORTED %d" % aborted if aborted else "OK")
print("requests %d wait %d" % (requests, wait))
print(len(keys))
for key, version in zip(keys, versions):
    print(key, version)
