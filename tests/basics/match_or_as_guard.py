# match statement: OR patterns, AS patterns, guards (evaluation order and side effects)

log = []


def note(*args):
    log.append(args)
    return True


def kind(x):
    match x:
        case 1 | 2 | 3:
            return "small"
        case "a" | "b":
            return "letter"
        case [1, y] | [y, 1]:
            return ("pair with 1", y)
        case {"k": y} | (y, _, _):
            return ("k or triple", y)
        case None | True:
            return "singleton"
        case _:
            return "other"


for v in [1, 3, 4, "a", "c", [1, 5], [6, 1], [1, 1], {"k": 7}, (8, 9, 10), None, True, False]:
    print(repr(v), kind(v))

# AS binds the whole subject or a part
match [1, [2, 3]]:
    case [1, [_, _] as inner] as outer:
        print(inner, outer)
match 5:
    case (1 | 5) as n:
        print("n", n)
match (1, 2):
    case (a, b) as t:
        print(a, b, t)


# guards run after the pattern matched, in order, only for matching patterns
def g(x):
    match x:
        case [a, b] if note("guard1", a, b) and a > b:
            return "descending"
        case [a, b] if note("guard2", a, b) and a == b:
            return "equal"
        case [a, *_] if note("guard3", a):
            return "other list"
        case n if note("guard4", n):
            return "fallback"


print(g([2, 1]), log)
log.clear()
print(g([3, 3]), log)
log.clear()
print(g([1, 2, 3]), log)
log.clear()
print(g("s"), log)
log.clear()

# value patterns are evaluated lazily, only when reached
class V:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        log.append(("eq", self.n, other))
        return self.n == other


class C:
    one = V(1)
    two = V(2)


match 2:
    case C.one | C.two:
        print("C matched")
print(log)
log.clear()

# a guard that fails lets later cases run; a capture in a guarded case is allowed early
for v in [10, -10, 0]:
    match v:
        case n if n > 0:
            print("positive", n)
        case n if n < 0:
            print("negative", n)
        case _:
            print("zero")

# walrus in a guard
match [4, 5]:
    case [a, b] if (s := a + b) > 8:
        print("sum", s)

# guard raising an exception propagates
try:
    match 1:
        case x if 1 / 0:
            pass
except ZeroDivisionError:
    print("ZeroDivisionError from guard")

# the subject is a tuple when it has a comma
match 1, 2:
    case (1, 2):
        print("tuple subject")
match *[1, 2], 3:
    case [1, 2, 3]:
        print("starred subject")

# a guard can reference names bound in the same pattern and outer names
limit = 3
match [1, 2, 3]:
    case [*xs] if len(xs) == limit:
        print("xs", xs)

# or-patterns inside sequences
match [2, "x"]:
    case [1 | 2, "x" | "y"]:
        print("nested or")
