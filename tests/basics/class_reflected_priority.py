class Base:
    def __add__(self, o):
        return "Base.add"
    def __radd__(self, o):
        return "Base.radd"
class Derived(Base):
    def __add__(self, o):
        return "Derived.add"
    def __radd__(self, o):
        return "Derived.radd"
print(Base() + Base(), Base() + Derived(), Derived() + Base())
print(1 + Base(), Base() + 1)
class NI:
    def __add__(self, o):
        return NotImplemented
    def __radd__(self, o):
        return NotImplemented
try:
    NI() + NI()
except TypeError:
    print("TypeError")
class Num:
    def __init__(self, v):
        self.v = v
    def __rsub__(self, o):
        return Num(o - self.v)
    def __rtruediv__(self, o):
        return Num(o / self.v)
    def __rpow__(self, o):
        return Num(o ** self.v)
    def __rmod__(self, o):
        return Num(o % self.v)
    def __rfloordiv__(self, o):
        return Num(o // self.v)
    def __rlshift__(self, o):
        return Num(o << self.v)
    def __rand__(self, o):
        return Num(o & self.v)
print((10 - Num(3)).v, (10 / Num(4)).v, (2 ** Num(5)).v, (10 % Num(3)).v, (10 // Num(3)).v, (1 << Num(4)).v, (6 & Num(3)).v)
print((2.5 - Num(1)).v)
