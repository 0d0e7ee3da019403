# try / except / else / finally combinations
def t(v):
    try:
        r = 10 // v
    except ZeroDivisionError:
        print('except')
        r = None
    else:
        print('else', r)
    finally:
        print('finally')
    return r
print(t(2))
print(t(0))
try:
    pass
except Exception:
    print('no')
else:
    print('else only')
try:
    x = [1][5]
except (KeyError, IndexError) as e:
    print('caught', type(e).__name__)
try:
    {}['k']
except IndexError:
    print('no')
except KeyError:
    print('KeyError second handler')
except Exception:
    print('no')
try:
    try:
        raise ValueError
    finally:
        print('inner finally')
except ValueError:
    print('outer caught')
try:
    raise TypeError('x')
except:
    print('bare except')
