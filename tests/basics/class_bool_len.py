# truthiness via __bool__ and __len__
class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        return self.v
class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(bool(B(True)), bool(B(False)), bool(L(0)), bool(L(3)))
print(len(L(7)))
if not L(0):
    print('empty L is falsy')
print([bool(x) for x in (B(1 == 1), L(1), object())])
print('yes' if B(True) and L(2) else 'no')
class Both:
    def __bool__(self):
        return False
    def __len__(self):
        return 5
print(bool(Both()))
