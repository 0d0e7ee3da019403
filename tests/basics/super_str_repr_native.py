# super().__str__()/__repr__() reaching built-in implementations
class E(Exception):
    def __str__(self):
        return "<" + super().__str__() + ">"
print(str(E("a")), str(E()), str(E(1, 2)), repr(E("r")))
class K(KeyError):
    def __str__(self):
        return super().__str__() + "!"
print(str(K("k")))
class R(ValueError):
    def __repr__(self):
        return "R:" + super().__repr__()
print(repr(R(1)), str(R(2)))
print(Exception.__str__(ValueError("x")), BaseException.__repr__(ValueError("x", 2)))
class ML(list):
    def __repr__(self):
        return "ML(" + super().__repr__() + ")"
print(repr(ML([1, 2])), str(ML([3])), [ML()])
class D(dict):
    def __repr__(self):
        return "D" + super().__repr__()
print(D(a=1))
class I(int):
    def __repr__(self):
        return "I" + super().__repr__()
print(repr(I(5)), str(I(6)), f"{I(7)!r}")
class S(str):
    def __repr__(self):
        return "S" + super().__repr__()
class S2(str):
    def __str__(self):
        return "<" + super().__str__() + ">"
print(repr(S("x")), str(S("y")), str(S2("q")), repr(S2("q")))
print(list.__repr__([1]), tuple.__repr__((1,)), str.__str__("a"), int.__repr__(5))
class Plain:
    pass
print(object.__repr__(Plain()).startswith("<__main__.Plain object at "))
