s = [0] * 200000
x = 12345
for i in range(len(s)):
    x = (x * 1103515245 + 12345) % 2147483648
    s[i] = x
s.sort()
print(s[0] <= s[1], s[-1] >= s[-2])
