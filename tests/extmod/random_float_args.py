# random.randrange with float arguments: integral floats are accepted (CPython warns on
# stderr, hence the .exp file), others raise ValueError
import random

random.seed(1)
print(random.randrange(10.0), random.randrange(2.0, 8.0), random.randrange(0, 10.0, 2.0))
for args in [(1.5,), (1, 2.5), (1, 10, 1.5)]:
    try:
        random.randrange(*args)
    except ValueError as e:
        print("ValueError", e)
