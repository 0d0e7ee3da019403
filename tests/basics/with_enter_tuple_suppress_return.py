class Ctx:
    def __enter__(self): return 1, 2
    def __exit__(self, *a): pass
with Ctx() as (a, b):
    print(a, b)
class Ctx:
    def __enter__(self): return self
    def __exit__(self, t, v, tb):
        print('exit with', t.__name__ if t else None, v)
        return True
def f():
    with Ctx():
        return 1 / 0
    return 'after with'
print(f())
