# random.getstate / setstate and independent Random instances
import random

random.seed(3)
st = random.getstate()
print(type(st).__name__, len(st), st[0], len(st[1]), st[1][-1], st[1][:3], st[2])
a = [random.random() for i in range(700)]
random.setstate(st)
print(a == [random.random() for i in range(700)])
g = random.gauss()
st2 = random.getstate()
print(st2[2], st2[1][-1])
x = random.gauss()
random.setstate(st2)
print(x == random.gauss())

r1 = random.Random(42)
r2 = random.Random(42)
r3 = random.Random("other")
print(r1.random(), r2.random(), r3.random(), r1.getrandbits(40), r2.randint(1, 100))
r2.setstate(r1.getstate())
print(r1.random() == r2.random(), r1.choice("abc"), r1.sample(range(50), 4))
random.seed(42)
print(random.random() == random.Random(42).random())
r1.seed(5)
print(r1.random(), r1.randrange(0, 100, 3))
r4 = random.Random()
print(0.0 <= r4.random() < 1.0)

# state from a fresh int seed
for s in [0, 1, 2**40]:
    print(s, random.Random(s).getstate()[1][:4])
