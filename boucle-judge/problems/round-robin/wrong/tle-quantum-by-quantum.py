import sys
from collections import deque

# Correct rules, one quantum at a time: sum(b) / Q steps.
data = sys.stdin.buffer.read().split()
n, quantum = int(data[0]), int(data[1])
arrival = [int(data[2 + 2 * i]) for i in range(n)]
remaining = [int(data[3 + 2 * i]) for i in range(n)]
order = sorted(range(n), key=lambda i: (arrival[i], i))
done, queue, time, nxt, finished = [0] * n, deque(), 0, 0, 0
while finished < n:
    if not queue:
        time = max(time, arrival[order[nxt]])
        while nxt < n and arrival[order[nxt]] <= time:
            queue.append(order[nxt])
            nxt += 1
    j = queue.popleft()
    run = min(quantum, remaining[j])
    time += run
    remaining[j] -= run
    while nxt < n and arrival[order[nxt]] <= time:
        queue.append(order[nxt])
        nxt += 1
    if remaining[j]:
        queue.append(j)
    else:
        done[j] = time
        finished += 1
print(" ".join(map(str, done)))
