# sets of small ints print in CPython's order (hash order)
print({3, 1, 2}, {10, 5, 1}, {0, 8, 16}, set(range(20)), {-1, -2, 5})
s = set()
for i in [9, 4, 33, 1, 17]:
    s.add(i)
print(s)
print({1, 2, 3} | {7, 5}, {1, 2, 3} & {2, 3, 4}, {1, 2, 3} - {2}, {1, 2, 3} ^ {3, 4})
print(frozenset([5, 1]), set(), frozenset())
s = {1, 2, 3}
print(s.pop(), s.pop(), s)
print({(1, 2), (3, 4)} == {(3, 4), (1, 2)})
print({'a'}, {1.5})
