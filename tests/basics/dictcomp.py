# dict comprehensions
print({x: x * x for x in range(6)})
print({k: v for k, v in zip('abc', range(3))})
print({v: k for k, v in {'a': 1, 'b': 2}.items()})
print({x % 3: x for x in range(10)})
print({s: len(s) for s in ['apple', 'fig', 'kiwi'] if len(s) > 3})
print({(i, j): i * j for i in range(2) for j in range(2)})
d = {str(i): [j for j in range(i)] for i in range(4)}
print(d)
print({})
