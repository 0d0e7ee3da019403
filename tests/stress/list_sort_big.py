seed = 12345
def rnd():
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
    return seed
l = [rnd() % 100000 for _ in range(50000)]
s = sorted(l)
print(all(s[i] <= s[i + 1] for i in range(len(s) - 1)), len(s))
l.sort(reverse=True)
print(l[0] >= l[-1], l == s[::-1])
words = ["w%d" % (rnd() % 5000) for _ in range(20000)]
words.sort(key=lambda w: (len(w), w))
print(words[0], words[-1])
pairs = [(rnd() % 10, i) for i in range(10000)]
pairs.sort(key=lambda p: p[0])
print(all(pairs[i][1] < pairs[i + 1][1] for i in range(len(pairs) - 1) if pairs[i][0] == pairs[i + 1][0]))
