class Plain:
    pass
class WithSuper:
    def __repr__(self):
        return 'wrapped ' + super().__repr__().split(' object at ')[0] + '>'
p = Plain()
print(repr(p).startswith('<__main__.Plain object at '), str(p) == repr(p))
print(repr(WithSuper()))
print(object.__repr__(p) == repr(p))
class Child(Plain):
    pass
print(repr(Child()).startswith('<__main__.Child object at '))
print(repr(object()).startswith('<object object at '))
