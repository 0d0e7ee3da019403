# global declarations
counter = 0
def inc():
    global counter
    counter += 1
for _ in range(5):
    inc()
print(counter)
def make():
    global newname
    newname = 'created'
make()
print(newname)
def reader():
    return counter * 2
print(reader())
def shadow():
    counter = 100
    return counter
print(shadow(), counter)
def g1():
    global a1, a2
    a1, a2 = 1, 2
g1()
print(a1, a2)
def unbound():
    try:
        print(counter)
    except NameError:
        print('never')
    return None
x = 10
def local_use():
    try:
        print(x)
        x = 5
    except NameError:
        print('NameError for unbound local')
local_use()
