def inner(n):
    for i in range(n):
        x = yield i
        if x:
            print('inner got', x)
    return n * 10
def outer():
    a = yield from inner(2)
    print('a =', a)
    b = yield from inner(1)
    print('b =', b)
    return a + b
g = outer()
print(next(g))
print(g.send('hello'))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print('result', e.value)

def yf_list():
    r = yield from [1, 2, 3]
    print('list returns', r)
print(list(yf_list()))

def yf_throw():
    try:
        yield from inner(5)
    except ValueError:
        print('outer caught')
        yield 'x'
g = yf_throw()
next(g)
print(g.throw(ValueError))

class It:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration
        return self.n
def yf_iter():
    yield from It()
print(list(yf_iter()))

def closes():
    try:
        yield 1
        yield 2
    finally:
        print('inner closed')
def deleg():
    yield from closes()
d = deleg()
next(d)
d.close()
print('done')

def gen_ret_stopiteration():
    return (yield from ())
try:
    next(gen_ret_stopiteration())
except StopIteration as e:
    print('empty', e.value)
