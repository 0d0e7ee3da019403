# basic context managers
class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print('enter', self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print('exit', self.name, et is None, ev is None, tb is None)
        return False
with CM('a') as v:
    print('body', v)
with CM('b'):
    print('body b')
with CM('c') as v1, CM('d') as v2:
    print('two', v1, v2)
def f():
    with CM('ret'):
        return 'returned'
print(f())
for i in range(3):
    with CM('loop%d' % i):
        if i == 1:
            continue
        if i == 2:
            break
        print('loop body', i)
