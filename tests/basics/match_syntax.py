# match statement: compile-time errors (SyntaxError) and what is still valid, via compile()


def check(src):
    try:
        compile(src, "<test>", "exec")
        print("ok")
    except SyntaxError as e:
        print(type(e).__name__)


def case_src(*patterns):
    return "match x:\n" + "".join(" case %s:\n  pass\n" % p for p in patterns)


for pats in [
    ("a", "1"),                 # name capture not last
    ("_", "1"),                 # wildcard not last
    ("a if a", "1"),            # guarded: fine
    ("(a as b)", "1"),
    ("a | b",),                 # irrefutable alternative not last
    ("_ | 1",),
    ("1 | a",),                 # fine: last alternative
    ("[a] | [b]",),             # different names
    ("[a] | [a, b]",),
    ("[a, b] | (b, a)",),       # same names, any order: fine
    ("(a, a)",),                # repeated name
    ("[a, *a]",),
    ("{'k': a, **a}",),
    ("[*a, *b]",),              # two stars
    ("*a",),
    ("*a, b",),
    ("a as _",),
    ("a as b.c",),
    ("1 + 2",),                 # not a complex literal
    ("1j + 2",),
    ("1 + 2j + 3j",),
    ("f'x'",),
    ("'a' f'x'",),
    ("a.b()",),
    ("P(x=1, x=2)",),
    ("P(x=1, 2)",),
    ("{'a': 1, 'a': 2}",),      # literal keys repeated
    ("{1: 1, 1.0: 2}",),
    ("{True: 1, 1: 2}",),
    ("{'a' 'b': 1, 'ab': 2}",),
    ("{**r, 'a': 1}",),
    ("{**_}",),
    ("{a: 1}",),
    ("{a.b: 1, a.b: 2}",),      # value keys: checked at run time
    ("-a",),
    ("1()",),
    ("b'a'",),
    ("'a' b'b'",),
    ("...",),
    ("a as b as c",),
    ("(a as b) as c",),
    ("*_",),
    ("()",),
    ("[]",),
    ("{}",),
    ("{'a': *b}",),
    ("__debug__",),
    ("1 as a | 2",),
    ("P(a, b=c, d)",),
    ("None | True | False",),
    ("-1.5 | -2j | 3 - 4j | 0x10 | 1_0",),
]:
    check(case_src(*pats))

# statement-level errors
check("match x:\n  pass\n")
check("match x:\ncase 1: pass\n")
check("match x:\n case 1: pass\n")
check("match x: case 1: pass\n")
check("match *x:\n case 1:\n  pass\n")
check("match x, y:\n case 1:\n  pass\n")
check("match x:\n case 1:\n  pass\n x = 1\n")
check("match x:\n case 1:\n  pass\n case 2:\n  pass\n")
check("match x:\n case 1:\n  pass\n case a:\n  pass\n case 2:\n  pass\n")
check("match x:\n case 1:\n  pass\n case a if a > 1:\n  pass\n case 2:\n  pass\n")
check("def f():\n match x:\n  case [a]:\n   return a\n")
check("while 1:\n match x:\n  case 1:\n   break\n  case 2:\n   continue\n")
check("match x:\n case 1:\n  break\n")

# exec runs a match statement
exec("match 3:\n case int(n):\n  print('exec', n)\n")
