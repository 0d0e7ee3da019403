# match statement: control flow through case bodies (return/break/continue across try, with
# and loops), nested matches, yields in guards and bodies, many iterations (stack balance)


def classify(items):
    out = []
    for it in items:
        try:
            match it:
                case int(n) if n < 0:
                    continue
                case "stop":
                    break
                case [*xs]:
                    out.append(sum(xs))
                case {"v": v}:
                    return out + ["early", v]
                case _:
                    out.append(it)
        finally:
            out.append("f")
    return out


print(classify([1, -1, [1, 2], "x", "stop", 5]))
print(classify([{"v": 9}, 1]))


class CM:
    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, *a):
        print("exit")
        return False


def in_with(v):
    with CM():
        match v:
            case 1:
                return "one"
            case _:
                pass
    return "other"


print(in_with(1), in_with(2))


# nested match statements
def nested(a, b):
    match a:
        case 0:
            match b:
                case 0:
                    return "both zero"
                case _:
                    return "a zero"
        case [x, *_]:
            match b:
                case [y, *_] if x == y:
                    return "same head"
            return "list a"
    return "none"


print(nested(0, 0), nested(0, 1), nested([1], [1, 2]), nested([1], [2]), nested(5, 5))


# yields in guards and case bodies
def gen(values):
    for v in values:
        match v:
            case [a, b] if (yield ("guard", a)) is None:
                yield ("pair", a, b)
            case str(s):
                yield ("str", s)


print(list(gen([[1, 2], "s", 3])))

# many iterations: the value stack must stay balanced on every path
total = 0
for i in range(3000):
    match [i % 5, i % 3]:
        case [0, 0]:
            total += 100
        case [0, _] | [_, 0]:
            total += 10
        case [a, b] if a == b:
            total += 1
        case {"x": _}:
            total += 1000
        case _:
            pass
print(total)


# match in an except handler, re-raising from a case body
def handler(e):
    try:
        raise e
    except Exception as exc:
        match exc:
            case KeyError():
                return "key"
            case ValueError(args=[msg]):
                return "value " + msg
            case _:
                raise


print(handler(KeyError(1)), handler(ValueError("bad")))
try:
    handler(TypeError("t"))
except TypeError:
    print("re-raised")


# recursion through match
def depth(t):
    match t:
        case [left, right]:
            return 1 + max(depth(left), depth(right))
        case _:
            return 0


print(depth([[1, [2, 3]], 4]))


# a failing deep pattern leaves the stack clean for the next case
def deep(v):
    match v:
        case [[[1, a], b], c]:
            return ("deep", a, b, c)
        case [[x, y], z]:
            return ("shallow", x, y, z)
        case _:
            return "neither"


print(deep([[[1, 2], 3], 4]), deep([[[2, 2], 3], 4]), deep([[5, 6], 7]), deep([1, 2]))
