class Box:
    def __init__(self, items):
        self.items = items
    def __contains__(self, x):
        print('contains', x)
        return x in self.items
    def __len__(self):
        return len(self.items)
print(2 in Box([1, 2]), 5 not in Box([1]))
print(bool(Box([])), bool(Box([0])))
if not Box([]):
    print('empty falsy')
class B2:
    def __bool__(self):
        return False
    def __len__(self):
        return 5
print(bool(B2()), len(B2()))
class NonBoolRet:
    def __bool__(self):
        return 1
try:
    bool(NonBoolRet())
except TypeError:
    print('TypeError __bool__ returned int')
class NegLen:
    def __len__(self):
        return -1
try:
    len(NegLen())
except ValueError:
    print('ValueError negative len')
class ContainsTruthy:
    def __contains__(self, x):
        return 'yes'
print(1 in ContainsTruthy())
x = Box([3])
print('and' if x and len(x) else 'no')
print([1 for b in [Box([]), Box([1]), B2()] if b])
while Box([]):
    break
else:
    print('while else')
