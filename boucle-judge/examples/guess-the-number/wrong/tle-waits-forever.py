# Hangs: reads N, then waits for a reply to a guess it never sent.
n = int(input())
print(input())
