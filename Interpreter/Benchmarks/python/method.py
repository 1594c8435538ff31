class Counter:
    def __init__(self):
        self.n = 0

    def add(self, d):
        self.n += d

c = Counter()
for i in range(1000000):
    c.add(i & 3)
print(c.n)
