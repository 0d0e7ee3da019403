class It:
    def __init__(self): self.i = 0
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration
        return self.i
    def __iter__(self): return self
it = It(); print(next(it), list(it), list(it))
class C:
    def __call__(self, *a, **k): return a, k
print(C()(1, x=2), list(map(C(), [1])))
