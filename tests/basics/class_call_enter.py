class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *rest, scale=1):
        return (self.n + x + sum(rest)) * scale
a = Adder(10)
print(a(1), a(1, 2, 3), a(1, scale=2))
print(callable(a), callable(Adder), callable(5))
print(list(map(a, [1, 2])))
class Timer:
    def __init__(self, log):
        self.log = log
    def __enter__(self):
        self.log.append('start')
        return self
    def __exit__(self, *exc):
        self.log.append('stop')
        return False
log = []
with Timer(log) as t:
    log.append('work')
print(log, t.log is log)
class Nested:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print('enter', self.name)
        return self.name
    def __exit__(self, a, b, c):
        print('exit', self.name)
with Nested('outer') as o:
    with Nested('inner') as i:
        print(o, i)
class CallCls:
    def __call__(self):
        return 'inst called'
    @staticmethod
    def __new__(cls):
        return object.__new__(cls)
print(CallCls()())
