# obj.__dict__ is the live attribute dict
class E:
    def __init__(self, **kw):
        self.__dict__.update(kw)
e = E(a=1, b=2)
print(e.a, e.b, sorted(e.__dict__.items()))
e.__dict__['y'] = 5
print(e.y)
del e.__dict__['a']
print(hasattr(e, 'a'), vars(e) is e.__dict__ or vars(e) == e.__dict__)
