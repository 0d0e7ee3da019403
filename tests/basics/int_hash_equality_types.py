print(hash(1) == hash(1.0), hash(0) == hash(0.0) == hash(-0.0), hash(True) == hash(1))
print(hash(2**40) == hash(float(2**40)), hash(-1) == hash(-1.0), hash(5) == hash(5 + 0j))
print(1 == 1.0 == True, 0 == 0.0 == False == 0j, 2**53 == float(2**53), 2**53 + 1 == float(2**53 + 1))
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d)
s = {0, 0.0, False, 0j}
print(len(s))
print({2**64: 1}[2**64], {(1, 2): 3}[(1.0, 2.0)])
print(hash(-2) == hash(-2.0), hash(0.5) == hash(0.5), hash(123456789) == hash(123456789.0))
