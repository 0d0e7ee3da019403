# loops over small ints with arithmetic and comparisons
def run(n):
    acc = 0
    i = 0
    while i < n:
        x = i * 7 + 3
        if x % 3 == 0:
            acc += x // 3
        elif x & 1:
            acc -= x >> 2
        else:
            acc ^= x
        i += 1
    for j in range(n):
        acc = (acc + j * j) % 1000003
    return acc
print(run(1500000))
