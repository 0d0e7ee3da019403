# complex() prefers __complex__ over __float__
class C:
    def __complex__(self): return 2j
    def __float__(self): return 1.5
class F:
    def __float__(self): return 1.5
print(complex(C()), complex(F()), complex(F(), 2))
