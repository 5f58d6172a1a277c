input()
for x in input().split():
    print("oui" if int(x) % 2 == 0 else "non")
