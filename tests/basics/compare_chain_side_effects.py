log = []
def v(x):
    log.append(x)
    return x
print(v(1) < v(2) < v(3), log); log.clear()
print(v(1) < v(0) < v(3), log); log.clear()
print(v(3) > v(2) > v(1) > v(0), log); log.clear()
print(v(1) == v(1) != v(2), log); log.clear()
print(v(1) < v(2) == v(3) < v(4), log); log.clear()
print(v(1) in v([1]) in v([[1]]), log); log.clear()
print(v(1) is v(1) is not v(None), log); log.clear()
x = 5
print(1 < x < 10, 1 < x > 10, 0 <= x <= 5 < 6)
print((1 < 2) < 3, 1 < (2 < 3))
class C:
    def __lt__(self, o):
        log.append('lt')
        return self
    def __bool__(self):
        log.append('bool')
        return True
c = C()
r = c < c < c
print(type(r).__name__, log); log.clear()
if c < c < c:
    print('if', log)
