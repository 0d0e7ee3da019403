def deco(tag):
    def wrap(f):
        def inner(*a, **k):
            return '<%s>%s</%s>' % (tag, f(*a, **k), tag)
        return inner
    return wrap

@deco('b')
@deco('i')
def text(s):
    return s
print(text('hi'))

order = []
def track(name):
    order.append('make ' + name)
    def d(f):
        order.append('apply ' + name)
        return f
    return d

@track('a')
@track('b')
def fn():
    pass
print(order)

def counted(f):
    def w(*a):
        w.calls += 1
        return f(*a)
    w.calls = 0
    return w

@counted
def sq(x):
    return x * x
sq(2); sq(3)
print(sq.calls)

class Registry:
    def __init__(self):
        self.items = {}
    def register(self, name):
        def d(f):
            self.items[name] = f
            return f
        return d
reg = Registry()
@reg.register('one')
def one():
    return 1
print(reg.items['one']())

# decorator expression with subscript/call (PEP 614)
decos = [lambda f: (lambda: f() + 1)]
@decos[0]
def two():
    return 1
print(two())
