# match statement: literal patterns (numbers incl. negative and complex, strings incl.
# concatenated, bytes, None/True/False compared by identity)


def lit(x):
    match x:
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case 2.5:
            return "two and a half"
        case -0.5:
            return "minus half"
        case 1 + 2j:
            return "1+2j"
        case -3 - 4j:
            return "-3-4j"
        case 5j:
            return "5j"
        case -6j:
            return "-6j"
        case 0x10:
            return "sixteen"
        case 1_000_000:
            return "million"
        case 123456789012345678901234567890:
            return "big"
        case "abc":
            return "abc"
        case "d" "ef" 'g':
            return "defg"
        case b"xy":
            return "bytes xy"
        case "":
            return "empty str"
        case _:
            return "other"


for v in [0, 0.0, -0.0, False, -1, -1.0, 2.5, -0.5, 1 + 2j, -3 - 4j, 5j, -6j, 16, 1000000,
          123456789012345678901234567890, "abc", "defg", b"xy", "xy", "", b"", 7]:
    print(repr(v), lit(v))


def single(x):
    match x:
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case 1:
            return "one"
        case _:
            return "other"


# True/False/None match by identity: 1 and 0 are not True/False, but True == 1
for v in [None, True, False, 1, 0, 1.0, 0.0, "", []]:
    print(repr(v), single(v))


def one(x):
    match x:
        case 1:
            return "one"
    return "fell through"


print(one(True), one(1.0), one(1 + 0j), one(2))

# a match without any matching case runs nothing
match 42:
    case 1:
        print("no")
    case "42":
        print("no")
print("after")
