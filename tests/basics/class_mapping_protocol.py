class W:
    def __init__(self): self.data = {}
    def __getitem__(self, k): return self.data[k]
    def __setitem__(self, k, v): self.data[k] = v
    def __delitem__(self, k): del self.data[k]
    def __contains__(self, k): return k in self.data
    def __len__(self): return len(self.data)
    def __iter__(self): return iter(self.data)
w = W(); w['a'] = 1; w['b'] = 2; del w['a']; print('a' in w, 'b' in w, len(w), list(w))
try:
    w['zz']
except KeyError:
    print('KeyError')
class Node:
    def __init__(self, v, nxt=None): self.v, self.nxt = v, nxt
    def __iter__(self):
        n = self
        while n:
            yield n.v
            n = n.nxt
print(list(Node(1, Node(2, Node(3)))))
class Ordered:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __eq__(self, o): return self.v == o.v
    def __repr__(self): return str(self.v)
print(sorted([Ordered(3), Ordered(1)]), Ordered(1) == Ordered(1), Ordered(1) > Ordered(0))
