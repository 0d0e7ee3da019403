for i in range(4):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print('body', i)
    finally:
        print('finally', i)
print('---')
for i in range(3):
    try:
        raise ValueError(i)
    except ValueError as e:
        if e.args[0] == 1:
            continue
        print('except', e.args[0])
    finally:
        print('fin', i)
print('---')
i = 0
while i < 5:
    i += 1
    try:
        try:
            if i % 2:
                continue
            print('even', i)
        finally:
            print('inner', i)
            if i == 4:
                break
    finally:
        print('outer', i)
print('---')
for i in range(3):
    try:
        pass
    except KeyError:
        pass
    else:
        if i == 1:
            break
        print('else', i)
    finally:
        print('f', i)
print('---')
def gen():
    for i in range(3):
        try:
            yield i
            continue
        finally:
            print('gen finally', i)
print(list(gen()))
for x in range(2):
    for y in range(3):
        try:
            if y == 1:
                break
        finally:
            print('xy', x, y)
