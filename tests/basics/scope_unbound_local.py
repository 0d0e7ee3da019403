x = 10
def f():
    print(x)
    x = 5
try:
    f()
except UnboundLocalError as e:
    print('UnboundLocalError')
except NameError:
    print('NameError')

def g():
    x += 1
try:
    g()
except UnboundLocalError:
    print('ULE2')

def h(flag):
    if flag:
        y = 1
    return y
print(h(True))
try:
    h(False)
except UnboundLocalError:
    print('ULE3')

def k():
    for i in range(0):
        pass
    return i
try:
    k()
except UnboundLocalError:
    print('ULE4')

def m():
    try:
        raise ValueError
    except ValueError as e:
        pass
    return e
try:
    m()
except UnboundLocalError:
    print('ULE5')
except NameError:
    print('NE5')

print(issubclass(UnboundLocalError, NameError))
