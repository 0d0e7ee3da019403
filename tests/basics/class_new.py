# __new__ customisation
class Single:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
print(Single() is Single())
class Tracked:
    def __new__(cls, *args):
        print('new', cls.__name__, args)
        return super().__new__(cls)
    def __init__(self, a, b):
        print('init', a, b)
        self.s = a + b
t = Tracked(1, 2)
print(t.s)
class Pos(int):
    def __new__(cls, v):
        return super().__new__(cls, abs(v))
print(Pos(-5), Pos(3) + 1)
class Other:
    pass
class Weird:
    def __new__(cls):
        return Other()
    def __init__(self):
        print('not called')
print(type(Weird()).__name__)
