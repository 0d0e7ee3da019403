# int() and float() of text with Unicode decimal digits and Unicode white space (CPython accepts
# both); errors name the text as given
def t(s):
    try:
        print(ascii(s), '->', repr(eval(s)))
    except Exception as e:
        print(ascii(s), "!!", type(e).__name__, e)
for s in ["int('١٢')", "int('\u0968\u0966')", "int('\uff11\uff10', 16)", "int('\u2003 42\u3000')", "int('\U0001d7d9\U0001d7da')", "int('١x')", "int('x١')", "float('١.٥')", "float('\u00a01e\u0663')", "float('\uff11.5')", "int('٣', 0)", "int('\u00b2')", "float('\u00bd')", "int('-\u0661\u0662_\u0663')", "int('12\u200b')", "complex('1') if False else 0"]:
    t(s)
