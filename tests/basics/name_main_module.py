print(__name__)
if __name__ == '__main__':
    print('main block')
def f():
    return __name__
print(f())
class C:
    pass
print(C.__module__)
print(C.__name__, f.__name__, (lambda: 0).__name__)
print(type(C()).__name__)
import sys
print(sys.modules['__main__'] is not None if '__main__' in sys.modules else True)
