# list.sort with key and reverse
l = [5, 2, 8, 1, 9, 3]
l.sort()
print(l)
l.sort(reverse=True)
print(l)
words = ['banana', 'Apple', 'cherry', 'date', 'Elder']
words.sort()
print(words)
words.sort(key=str.lower)
print(words)
words.sort(key=len)
print([len(w) for w in words])
words.sort(key=lambda w: w[-1], reverse=True)
print([w[-1] for w in words])
f = [3.5, -1.0, 2, 0, -7]
f.sort()
print(f)
f.sort(key=abs)
print(f)
e = []
e.sort()
print(e)
big = list(range(100, 0, -1))
big.sort()
print(big[:5], big[-5:], big == list(range(1, 101)))
pairs = [(2, 'b'), (1, 'a'), (2, 'a'), (1, 'b')]
pairs.sort()
print(pairs)
print(l.sort() is None)
import_order = [(i * 7919) % 101 for i in range(101)]
import_order.sort()
print(import_order == list(range(101)))
