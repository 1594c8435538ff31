total = 0
for i in range(200000):
    parts = ["item", str(i)]
    total += len("".join(parts).upper())
print(total)
