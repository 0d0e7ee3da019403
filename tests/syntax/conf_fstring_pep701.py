# PEP 701 (Python 3.12) f-strings: nested strings reusing the quote, nested f-strings,
# backslashes and comments in replacement fields. CPython 3.11 rejects these: .exp file.
x = 5
d = {'k': 'v'}
print(f"{'a' + f"{x}"}")
print(f"{d["k"]}")
print(f"{f"{f"{x}"}"}")
print(f"{'\n'.join(['a', 'b'])}")
print(f"{x!r:>{x}}|")
print(f"""{
    x  # a comment
    + 1
}""")
print(f'{"\\t".join("ab")}')
print(f"{x=}", f"{ x = }")
print(f"{'}'}", f"{'{'}", f"{{}}", f"{x:{'>'}{3}}")
print(f"{d['k']:>3}" f'{d["k"]}')
print(F"{x}" rf"\d{x}" fR'{x}\n')
print(f"{x if x else"no"}")
print(f"{[1, 2][0]}{(1, 2)}{ {'a': 1}['a'] }")
print(f"{x!=1}{x==5}{x<=5}")
print(f'{"""a"b"""}')


def check(src):
    try:
        exec(src)
        print('OK', repr(src))
    except SyntaxError:
        print('SyntaxError', repr(src))


for src in ["f'{x'", "f'{)}'", "f'{x]}'", "f'{}'", "f'{x!z}'", "f'}'", "f'{x # c}'",
            "f'{\"a\"'", "f'{f'{1'}'", "f'{'a\n'}'", "f'{x\n}'", "f'{1}}'", "f'{{}'",
            "f'''{x # c\n}'''", "f'{1:{2:{3}}}'", "f'{'"]:
    check(src)
