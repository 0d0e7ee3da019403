# match statement: capture and wildcard patterns, value patterns (dotted names, compared by
# ==), groups, bindings visible after the match, captures in functions, closures, classes


class Color:
    RED = 1
    GREEN = 2
    BLUE = "blue"


class NS:
    class Inner:
        X = (1, 2)


def color(c):
    match c:
        case Color.RED:
            return "red"
        case Color.GREEN:
            return "green"
        case Color.BLUE:
            return "blue"
        case NS.Inner.X:
            return "inner x"
        case other:
            return "other " + repr(other)


for v in [1, 2, "blue", (1, 2), [1, 2], 1.0, 3]:
    print(repr(v), color(v))


class Eq:
    # the subject is compared with the value: subject == value
    def __eq__(self, other):
        print("Eq.__eq__", other)
        return other == 2


match Eq():
    case Color.RED:
        print("red")
    case Color.GREEN:
        print("green")

# capture binds the subject; it stays bound after the match
match [1, 2]:
    case whole:
        pass
print(whole)

# wildcard binds nothing
match 5:
    case _:
        print("wildcard")
try:
    _
    print("_ bound")
except NameError:
    print("_ not bound")

# group pattern
match 3:
    case (x):
        print("group", x)
match 4:
    case ((1 | 4)):
        print("nested group")


# in a function: captures are locals
def f(v):
    match v:
        case [a, b]:
            return a + b
        case n:
            return n


print(f([1, 2]), f(10))


# captured by a closure
def g(v):
    match v:
        case (a, b):
            pass

    def inner():
        return a * b

    return inner


print(g((6, 7))())


# match in a generator
def gen(items):
    for it in items:
        match it:
            case (k, v):
                yield k
            case str(s):
                yield s.upper()
            case _:
                yield None


print(list(gen([(1, 2), "ab", 3])))


# global capture
def setg(v):
    global gv
    match v:
        case [gv]:
            pass


setg([99])
print(gv)


# in a class body
class K:
    match (1, 2):
        case (first, second):
            pass


print(K.first, K.second)

# subject is evaluated once
calls = []


def subj():
    calls.append(1)
    return 3


match subj():
    case 1:
        pass
    case 2:
        pass
    case 3:
        print("three")
print(len(calls))

# match inside a loop: break and continue in case bodies
for i in range(6):
    match i:
        case 1:
            continue
        case 4:
            break
        case _:
            print("loop", i)
