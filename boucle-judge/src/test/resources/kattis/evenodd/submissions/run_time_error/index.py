n = int(input())
xs = input().split()
print([("yes" if int(x) % 2 == 0 else "no") for x in xs][n])
