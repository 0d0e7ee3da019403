def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return None
print([safe_div(10, x) for x in [1, 0, 5]])
try:
    [1 / x for x in [1, 0]]
except ZeroDivisionError:
    print('ZeroDivisionError in listcomp')
try:
    {x: 1 / x for x in [0]}
except ZeroDivisionError:
    print('ZeroDivisionError in dictcomp')
g = (int(s) for s in ['1', 'x', '3'])
print(next(g))
try:
    next(g)
except ValueError:
    print('ValueError in genexp')
print(next(g, 'exhausted'))
def gen_with_handler():
    for s in ['1', 'x', '3']:
        try:
            yield int(s)
        except ValueError:
            yield -1
print(list(gen_with_handler()))
x = 'outer'
try:
    [x for x in [1, 2] if 1 / 0]
except ZeroDivisionError:
    print(x)
class Boom:
    def __iter__(self):
        raise RuntimeError('no iter')
try:
    [a for a in Boom()]
except RuntimeError as e:
    print('RuntimeError', e)
