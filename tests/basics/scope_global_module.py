global G
G = 1
def f():
    global G
    G += 1
    return G
print(f(), f(), G)

def g():
    global NEWNAME
    NEWNAME = 'created'
g()
print(NEWNAME)

def h():
    return G * 2
print(h())

def k():
    global G
    del G
k()
try:
    print(G)
except NameError:
    print('NameError')

def m():
    try:
        return G
    except NameError as e:
        return type(e).__name__
print(m())
G = 5
print(m())

# global in nested function
def outer():
    x = 1
    def inner():
        global x
        x = 'global x'
    inner()
    return x
print(outer(), x)

# global used in comprehension
vals = [1, 2, 3]
def comp():
    return [v * G for v in vals]
print(comp())
