# Displays and calls with more items than a bytecode operand holds are built item by item.
n = 70000
src = 'x = [' + ', '.join(str(i) for i in range(n)) + ']'
exec(src)
print(len(x), x[0], x[-1])
exec('t = (' + ', '.join(str(i) for i in range(n)) + ',)')
print(len(t), t[-1])
exec('s = {' + ', '.join(str(i) for i in range(n)) + '}')
print(len(s))
exec('d = {' + ', '.join('%d: %d' % (i, -i) for i in range(n)) + '}')
print(len(d), d[n - 1])
def f(*a, **k):
    return len(a), len(k)
exec('r = f(' + ', '.join(str(i) for i in range(n)) + ')')
print(r)
exec('r = f(' + ', '.join('k%d=%d' % (i, i) for i in range(2000)) + ')')
print(r)
class C:
    def m(self, *a):
        return sum(a)
exec('r = C().m(' + ', '.join(str(i) for i in range(n)) + ')')
print(r)
