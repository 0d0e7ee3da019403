# callable()
class C:
    def m(self): pass
class WithCall:
    def __call__(self): pass
print(callable(len), callable(print), callable(lambda: 0), callable(C), callable(C()))
print(callable(C().m), callable(WithCall()), callable(1), callable('s'), callable(None))
print(callable(int), callable([].append), callable(str.upper))
