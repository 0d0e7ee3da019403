# a 100k-element list
l = list(range(100000))
print(len(l), l[0], l[-1], sum(l))
l2 = [x * 2 for x in l]
print(sum(l2), l2[12345])
l.reverse()
print(l[:3], l[-3:])
l.sort()
print(l[:3], l[-3:])
squares = [i * i % 1000 for i in range(100000)]
squares.sort()
print(squares[:5], squares[-5:], squares[50000])
while len(l) > 10:
    l.pop()
print(l)
s = [str(i) for i in range(100000)]
print(len(''.join(s)))
