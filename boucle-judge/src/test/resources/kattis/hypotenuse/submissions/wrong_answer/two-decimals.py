import math
a, b = map(float, input().split())
print("%.2f" % math.hypot(a, b))
