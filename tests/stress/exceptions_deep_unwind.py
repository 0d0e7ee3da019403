def thrower(n):
    if n == 0:
        raise ValueError("bottom")
    try:
        thrower(n - 1)
    finally:
        pass
count = 0
for i in range(200):
    try:
        thrower(50)
    except ValueError:
        count += 1
print(count)
def nested_handlers(n):
    try:
        if n == 0:
            raise KeyError(n)
        return nested_handlers(n - 1)
    except KeyError as e:
        if n < 30:
            raise
        return e.args[0], n
print(nested_handlers(40))
