# sort stability: equal keys keep their original order (also with reverse)
data = [('b', 2), ('a', 1), ('c', 2), ('d', 1), ('e', 3), ('f', 1), ('g', 2)]
print(sorted(data, key=lambda t: t[1]))
print(sorted(data, key=lambda t: t[1], reverse=True))
l = list(data)
l.sort(key=lambda t: t[1])
print([t[0] for t in l])
recs = [(i % 5, i) for i in range(40)]
s = sorted(recs, key=lambda r: r[0])
print(all(s[i][1] < s[i + 1][1] for i in range(len(s) - 1) if s[i][0] == s[i + 1][0]))
words = ['bb', 'a', 'cc', 'd', 'ee', 'f']
print(sorted(words, key=len), sorted(words, key=len, reverse=True))
