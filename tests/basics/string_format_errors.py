for fmt, args in (("{}", ()), ("{0}{}", (1, 2)), ("{:d}", ("a",)), ("{:s}", (1,)), ("{", ()), ("}", ()),
                  ("{:x}", (1.5,)), ("{a}", ()), ("{0[5]}", ([1],)), ("{:=s}", ("x",)), ("{!x}", (1,))):
    try:
        print(fmt.format(*args))
    except (IndexError, KeyError, ValueError, TypeError) as e:
        print(type(e).__name__)
print("{{}} {{{0}}}".format(5))
print("{0}{0}{1}".format("a", "b"), "{x}{y}".format(x=1, y=2), "{0[1]}{1[k]}".format([7, 8], {"k": 9}))
class P:
    z = 3
print("{0.z}".format(P()))
