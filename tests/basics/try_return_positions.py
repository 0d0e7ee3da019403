def f1():
    try:
        return 'try'
    finally:
        print('f1 finally')
print(f1())

def f2():
    try:
        return 'try'
    finally:
        return 'finally'
print(f2())

def f3():
    try:
        raise ValueError
    except ValueError:
        return 'except'
    finally:
        print('f3 finally')
print(f3())

def f4():
    try:
        raise ValueError
    except ValueError:
        return 'except'
    finally:
        return 'finally overrides'
print(f4())

def f5():
    try:
        raise KeyError
    finally:
        return 'swallowed'
print(f5())

def f6():
    try:
        pass
    except Exception:
        return 'no'
    else:
        return 'else'
    finally:
        print('f6 finally')
print(f6())

def f7():
    x = 1
    try:
        return x
    finally:
        x = 2
print(f7())

def f8():
    for i in range(3):
        try:
            return i
        finally:
            if i == 0:
                continue
print(f8())

def f9():
    while True:
        try:
            return 'ret'
        finally:
            break
    return 'after break'
print(f9())

def f10():
    try:
        try:
            return 'inner'
        finally:
            print('inner finally')
    finally:
        print('outer finally')
print(f10())
