a, b = map(float, input().split())
x = 0
while True:
    x += 1
