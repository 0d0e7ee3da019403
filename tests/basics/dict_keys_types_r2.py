d = {1: "int", 2.5: "float", "s": "str", (1, 2): "tuple", None: "none", True: "bool?", frozenset([1]): "fs", b"b": "bytes", -0.0: "zero"}
print(len(d), d[1], d[2.5], d[(1, 2)], d[None], d[frozenset({1})], d[b"b"], d[0], d[False], d[0.0])
for bad in [[1], {1: 2}, {1}, bytearray(b"x")]:
    try:
        d[bad] = 1
    except TypeError:
        print("TypeError", type(bad).__name__)
class K:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, o):
        return isinstance(o, K) and o.v == self.v
e = {K(1): "a"}
print(e[K(1)], K(2) in e, K(1) in e, e.get(K(3), "none"))
print({1: "a", 1.0: "b", True: "c"}, {"a": 1}.keys() == {"a"}, {2**70: 1}[2**70], {(2**70, "x"): 2}[(2**70, "x")])
