# NameError.name, AttributeError.name and .obj (Python 3.10) as the runtime raises them.
try:
    undefined_thing
except NameError as e:
    print(e.name, len(e.args))
def f():
    try:
        return local_undefined
    except NameError as e:
        return e.name
print(f())
try:
    (5).foo
except AttributeError as e:
    print(e.name, e.obj)
class A:
    pass
a = A()
try:
    a.zap
except AttributeError as e:
    print(e.name, e.obj is a)
try:
    A.zap
except AttributeError as e:
    print(e.name, e.obj is A)
import sys
try:
    sys.nonexistent_attr
except AttributeError as e:
    print(e.name, e.obj is sys)
print(NameError('x').name, AttributeError('y').name, AttributeError('y').obj)
print(getattr(a, 'q', 'default'), hasattr(a, 'q'))
try:
    del undefined_global_name
except NameError as e:
    print(e.name)
