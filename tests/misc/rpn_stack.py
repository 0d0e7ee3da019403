# RPN calculator with a dispatch dict of lambdas
ops = {
    '+': lambda a, b: a + b,
    '-': lambda a, b: a - b,
    '*': lambda a, b: a * b,
    '/': lambda a, b: a / b,
    '//': lambda a, b: a // b,
    '**': lambda a, b: a ** b,
    '%': lambda a, b: a % b,
}
def rpn(expr):
    st = []
    for tok in expr.split():
        if tok in ops:
            b = st.pop()
            a = st.pop()
            st.append(ops[tok](a, b))
        else:
            st.append(float(tok) if '.' in tok else int(tok))
    return st.pop()
for e in ['3 4 +', '5 1 2 + 4 * + 3 -', '2 100 **', '7 2 /', '-7 2 //', '-7 2 %', '1.5 2 *']:
    print(e, '=>', rpn(e))
try:
    rpn('1 +')
except IndexError:
    print('IndexError stack underflow')
