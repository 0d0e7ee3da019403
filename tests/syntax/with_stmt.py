# with statement forms
class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self.name
    def __exit__(self, *exc):
        print("exit", self.name)
        return False

with CM("a"):
    print("body")
with CM("a") as a:
    print(a)
with CM("a") as a, CM("b") as b:
    print(a, b)
with (CM("a") as a, CM("b") as b):
    print(a, b)
with (CM("a") as a,
      CM("b") as b,
      ):
    print(a, b)
with (CM("p")):
    print("paren")
with (CM("p")) as p, CM("q"):
    print(p)
with CM("t") as (t1):
    print(t1)
class Pair:
    def __enter__(self):
        return (1, 2)
    def __exit__(self, *a):
        pass
with Pair() as (x, y):
    print(x, y)
with Pair() as [x, *y]:
    print(x, y)
