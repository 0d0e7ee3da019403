# match statement: sequence patterns ([...], (...), open tuples, star), which sequence types
# match (list, tuple, range, deque, array, memoryview; never str/bytes/bytearray)
from collections import deque
import array


def seq(x):
    match x:
        case []:
            return "empty"
        case [a]:
            return ("one", a)
        case [a, b]:
            return ("two", a, b)
        case [a, b, *rest]:
            return ("many", a, b, rest)


for v in [[], (), [1], (1,), [1, 2], (1, 2), [1, 2, 3], (1, 2, 3, 4), range(0), range(5),
          "", "ab", b"ab", bytearray(b"ab"), {1: 2}, {1, 2}, 12, None]:
    print(repr(v), seq(v))

print(seq(deque([1, 2, 3])))
print(seq(array.array("i", [4, 5])))
print(seq(memoryview(b"xyz")))


def star(x):
    match x:
        case [*init, 9]:
            return ("ends with 9", init)
        case [0, *mid, 0]:
            return ("zeros around", mid)
        case (1, *_, 1):
            return "ones around"
        case [*_]:
            return "any sequence"
        case _:
            return "not a sequence"


for v in [[9], [1, 2, 9], (0, 0), [0, 5, 6, 0], [1, 1], (1, 2, 3, 1), [1], "19", 5]:
    print(repr(v), star(v))


# open sequence patterns at case level
def opens(x):
    match x:
        case a, b:
            return ("pair", a, b)
        case a, *b:
            return ("first", a, b)
        case _:
            return "no"


print(opens((1, 2)), opens([3, 4, 5]), opens([]), opens("ab"))

# nesting
data = [1, [2, 3], (4, [5, 6])]
match data:
    case [a, [b, c], (d, [e, f])]:
        print(a, b, c, d, e, f)

match [[1, 2], [3, 4], [5]]:
    case [[1, x], *others, [y]]:
        print(x, others, y)

# star with a tuple subject gives a list
match (1, 2, 3):
    case (first, *rest):
        print(first, rest, type(rest).__name__)


# list subclass is a sequence, str subclass is not
class MyList(list):
    pass


class MyStr(str):
    pass


print(seq(MyList([7, 8])), seq(MyStr("ab")))

# length mismatch
match [1, 2, 3]:
    case [a, b]:
        print("no")
    case [a, b, c, d, *e]:
        print("no")
    case [_, _, _]:
        print("three items")

# nested literal sub-patterns
for v in [[1, "x"], [1, "y"], [2, "x"]]:
    match v:
        case [1, "x"]:
            print("1x")
        case [1, _]:
            print("1_")
        case _:
            print("_")

# iterators and generators are not sequences
match iter([1, 2]):
    case [a, b]:
        print("no")
    case _:
        print("iterator is not a sequence")
match (i for i in range(2)):
    case [*_]:
        print("no")
    case _:
        print("generator is not a sequence")
