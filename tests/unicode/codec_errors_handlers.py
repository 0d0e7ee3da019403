# codecs: CPython's UnicodeDecodeError/UnicodeEncodeError messages (maximal invalid UTF-8
# subsequences, runs of unencodable characters, \\x/\\u/\\U names) and the error handlers
# replace, ignore, backslashreplace, xmlcharrefreplace, surrogatepass; unknown handler names
def t(s):
    try:
        r = eval(s)
        print(s, '->', ascii(r))
    except Exception as e:
        print(s, "!!", type(e).__name__, e)
for s in [
 "b'\\xff'.decode()", "b'a\\xe2\\x82'.decode()", "b'\\xe2\\x82z'.decode()", "b'\\xe2z'.decode()", "b'\\xed\\xa0\\x80'.decode()", "b'\\xf0\\x80\\x80\\x80'.decode()", "b'\\xf4\\x90'.decode()", "b'\\xc0\\xaf'.decode()", "b'\\xf0\\x9f\\x98'.decode()", "b'\\xf0\\x9f\\x98z'.decode()", "b'\\x80\\x81'.decode('ascii')",
 "b'a\\xe2\\x82b\\xffc\\xf0\\x9f\\x98'.decode('utf-8', 'replace')", "b'a\\xe2\\x82b\\xffc'.decode('utf-8', 'ignore')", "b'a\\xe2\\x82b\\xffc'.decode('utf-8', 'backslashreplace')", "b'\\xed\\xa0\\x80'.decode('utf-8', 'surrogatepass')", "b'\\xed\\xa0\\x80'.decode('utf-8', 'replace')", "b'\\x80x\\x81'.decode('ascii', 'replace')", "b'\\x80'.decode('ascii', 'backslashreplace')", "b'\\x80'.decode('utf-8', 'bogus')", "b'a'.decode('utf-8', 'bogus')", "b'\\x80'.decode('utf-8', 'xmlcharrefreplace')",
 "'é'.encode('ascii')", "'éé'.encode('ascii')", "'aéêb'.encode('ascii')", "'€'.encode('latin-1')", "'\\U0001f600'.encode('ascii')", "'é€\\U0001f600'.encode('ascii', 'backslashreplace')", "'é€\\U0001f600'.encode('ascii', 'xmlcharrefreplace')", "'é€'.encode('latin-1', 'replace')", "'é€'.encode('latin-1', 'ignore')", "'é'.encode('ascii', 'bogus')", "'a'.encode('ascii', 'bogus')",
 "'\\ud800'.encode()", "'a\\ud800\\udc00'.encode()", "'\\ud800'.encode('utf-8', 'surrogatepass')", "'\\ud800x'.encode('utf-8', 'replace')", "'\\ud800x'.encode('utf-8', 'ignore')", "'\\ud800x'.encode('utf-8', 'backslashreplace')", "'a\\ud7ff\\ue000'.encode()", "str(b'\\xff', 'utf-8', 'replace')", 
]:
    t(s)
try:
    b'\xff'.decode()
except UnicodeError as e:
    print('caught as UnicodeError', type(e).__name__)
try:
    'é'.encode('ascii')
except ValueError as e:
    print('caught as ValueError', type(e).__name__)
