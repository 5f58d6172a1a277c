import sys
from collections import deque


def main():
    data = sys.stdin.buffer.read().split()
    n, quantum = int(data[0]), int(data[1])
    arrival = [int(data[2 + 2 * i]) for i in range(n)]
    remaining = [int(data[3 + 2 * i]) for i in range(n)]
    order = sorted(range(n), key=lambda i: (arrival[i], i))
    done = [0] * n
    queue = deque()
    time, nxt, finished = 0, 0, 0

    def admit(now):
        nonlocal nxt
        while nxt < n and arrival[order[nxt]] <= now:
            queue.append(order[nxt])
            nxt += 1

    while finished < n:
        if not queue:
            time = max(time, arrival[order[nxt]])
            admit(time)
        # Skip whole rounds while nothing can change: every queued job keeps at least one
        # quantum of work, and every skipped quantum ends strictly before the next arrival.
        k = len(queue)
        rounds = min((remaining[j] + quantum - 1) // quantum for j in queue) - 1
        if nxt < n:
            rounds = min(rounds, (arrival[order[nxt]] - time - 1) // (k * quantum))
        if rounds > 0:
            time += rounds * k * quantum
            for j in queue:
                remaining[j] -= rounds * quantum
        # Then one quantum at a time until a job finishes or a new one arrives.
        while queue:
            j = queue.popleft()
            run = min(quantum, remaining[j])
            time += run
            remaining[j] -= run
            before = nxt
            admit(time)
            if remaining[j] == 0:
                done[j] = time
                finished += 1
                break
            queue.append(j)
            if nxt != before:
                break
    print(" ".join(map(str, done)))


main()
