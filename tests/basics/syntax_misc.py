# assorted syntax forms
x = 1; y = 2; z = x + y
print(z)
if x: print('one-line if')
for i in range(2): print('one-line for', i)
while x < 3: x += 1
print(x)
def f(): return 'one-line def'
print(f())
class C: attr = 'one-line class'
print(C.attr)
total = (1 +
         2 +
         3)
print(total)
s = 1 + \
    2
print(s)
l = [
    1,
    2,
]
d = {
    'a': 1,
}
print(l, d, (1, 2,), f(*(),))
def g(a, b,):
    return a + b
print(g(1, 2,))
def documented():
    """A docstring is just an expression statement."""
    return 'doc ok'
print(documented())
class WithDoc:
    """class docstring"""
    pass
print(WithDoc.__name__)
if True:
    pass
elif False:
    pass
print(((((1)))), [[[]]], {(): ()})
_ = 5
__ = _ * 2
print(__)
