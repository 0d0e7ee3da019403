# floats as dict keys / set members equal to ints
d = {1.0: 'a', 2: 'b'}
print(d[1], d[2.0], 1.0 in d, 2.0 in d, 3.0 in d)
s = {1, 1.0, 2.5, 2.5}
print(len(s), sorted(s))
print(hash(1.0) == hash(1), hash(2.5) == hash(2.5), hash(-3.0) == hash(-3))
print({0.5: 1}.get(0.5), {-0.0: 'z'}.get(0.0))
