# match statement: `match` and `case` stay usable as ordinary names


match = 1
case = 2
print(match, case)
match += 1
print(match)
match: int = 5
print(match)
match = [10, 20]
print(match[0], match[-1])
match[0] = 11
print(match)
print(match [1])
match = {"case": 3}
print(match["case"])


def match(*args):
    return ("called", args)


print(match(1))
print(match (2, 3))
print(match(*[4, 5]))


class case:
    match = "attr"


print(case.match)
match = 7
print(match - 1, match -1, match * 2)
print(-match)
x = match if match else 0
print(x)
match, case = 1, 2
print(match, case)
for match in range(2):
    print("loop", match)
lst = [match for match in range(3)]
print(lst)


def f(match, case=0):
    return match + case


print(f(1, case=2), f(match=3))


class match:
    pass


print(match.__name__)
case = lambda match: match * 2
print(case(4))

# and a real match statement using those names as captures and subjects
match = [1, 2]
match match:
    case [match, case]:
        print("captured", match, case)

case = {"match": 1}
match case:
    case {"match": m}:
        print("mapping", m)

match (1):
    case 1:
        print("parenthesised subject")
match -1:
    case -1:
        print("negative subject")
match [0][0]:
    case 0:
        print("subscripted subject")
match not True:
    case False:
        print("not subject")
