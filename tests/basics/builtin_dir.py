# dir() membership (full listings differ between implementations)
print('append' in dir(list), 'keys' in dir(dict), 'upper' in dir(str))
class A:
    cls_v = 1
    def meth(self):
        pass
a = A()
a.inst = 2
d = dir(a)
print('cls_v' in d, 'meth' in d, 'inst' in d, 'nothere' in d)
print(type(dir(A)).__name__)
x = 1
print('x' in dir())
