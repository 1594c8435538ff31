words = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"]
parts = []
for i in range(1000000):
    parts.append(words[(i * 7) % len(words)])
    parts.append(" ")
counts = {}
for w in "".join(parts).split():
    counts[w] = counts.get(w, 0) + 1
print(len(counts), counts["alpha"])
