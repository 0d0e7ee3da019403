x = 10
def f():
    return [x for _ in range(2)]
print(f())
def outer():
    y = 5
    class C:
        z = [y for _ in range(2)]
    return C.z
print(outer())
class A:
    n = 3
    lst = [i for i in range(3)]
    try:
        bad = [n for i in range(2)]
    except NameError:
        bad = 'NameError'
print(A.lst, A.bad)
