input()
print("  ".join("YES" if int(x) % 2 == 0 else "NO" for x in input().split()))
