# in-place operators
class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, o):
        self.items.append(o)
        return self
    def __isub__(self, o):
        self.items.remove(o)
        return self
    def __imul__(self, n):
        self.items = self.items * n
        return self
a = Acc()
orig = a
a += 1
a += 2
a -= 1
a *= 3
print(a.items, a is orig)
class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return OnlyAdd(self.v + o)
b = OnlyAdd(1)
ob = b
b += 5
print(b.v, ob.v, b is ob)
class Ret:
    def __iadd__(self, o):
        return 'replaced'
r = Ret()
r += 1
print(r)
