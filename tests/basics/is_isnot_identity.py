a = [1]
b = a
c = [1]
print(a is b, a is c, a is not c, a == c, None is None, True is True)
print(type(a) is list, type(1) is int, type(1) is not bool, int is int)
class K:
    pass
k = K()
print(k is k, K() is K(), k is not None)
def f():
    pass
print(f is f, len is len, print is not len)
x = 5
y = x
print(x is y)
s = "abc"
t = s
print(s is t, ... is ..., NotImplemented is NotImplemented)
l = [None, 0, False, "", []]
print([v is None for v in l], [v == None for v in l], [v is False for v in l])
