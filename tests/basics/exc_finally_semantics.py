def f1():
    try:
        return "try"
    finally:
        print("finally f1")
print(f1())
def f2():
    try:
        return "try"
    finally:
        return "finally"
print(f2())
def f3():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
        finally:
            print("fin", i)
    return i
print(f3())
def f4():
    try:
        raise ValueError
    finally:
        return "swallowed"
print(f4())
def f5():
    x = 0
    try:
        x = 1
        return x
    finally:
        x = 2
        print("x set to", x)
print(f5())
def f6():
    try:
        try:
            raise KeyError("inner")
        finally:
            print("inner finally")
    except KeyError:
        print("outer caught")
    else:
        print("no")
    finally:
        print("outer finally")
f6()
def f7():
    while True:
        try:
            break
        finally:
            print("break finally")
    print("after loop")
f7()
def f8():
    try:
        raise ValueError
    except ValueError:
        return "from except"
    finally:
        print("f8 finally")
print(f8())
