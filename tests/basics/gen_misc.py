# generators as methods, resumed after break, with try/finally
class Tree:
    def __init__(self, v, kids=()):
        self.v = v
        self.kids = kids
    def walk(self):
        yield self.v
        for k in self.kids:
            yield from k.walk()
t = Tree(1, (Tree(2, (Tree(3),)), Tree(4)))
print(list(t.walk()))
g = iter(range(10))
for x in g:
    if x == 3:
        break
print(list(g))
def numbers():
    try:
        for i in range(5):
            yield i
    finally:
        print('numbers finally')
for n in numbers():
    pass
gen = numbers()
print(next(gen), next(gen))
gen.close()
def pipeline(src):
    evens = (x for x in src if x % 2 == 0)
    squares = (x * x for x in evens)
    return sum(squares)
print(pipeline(range(20)))
def gen_with_state():
    total = 0
    for i in range(5):
        total += i
        yield total
print(list(gen_with_state()), max(gen_with_state()))
def outer_gen():
    def inner(k):
        for j in range(k):
            yield j
    for k in range(4):
        yield list(inner(k))
print(list(outer_gen()))
