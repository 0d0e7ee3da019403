def nested(n):
    if n == 0:
        yield 0
    else:
        yield from nested(n - 1)
        yield n
print(sum(nested(200)))
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(len(str(fact(400))))
def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))
print(ack(2, 3))
