# __bases__ and __name__ of classes
class A: pass
class B: pass
class C(A, B): pass
print([b.__name__ for b in C.__bases__])
print([b.__name__ for b in A.__bases__])
print(C.__name__, type(C()).__name__)
