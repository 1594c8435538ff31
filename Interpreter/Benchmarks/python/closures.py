total = 0
for i in range(1000000):
    f = lambda x, i=i: x + i
    total += f(1)
print(total)
