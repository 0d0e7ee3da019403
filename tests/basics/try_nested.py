# nested try statements and propagation
def level3():
    raise KeyError('deep')
def level2():
    try:
        level3()
    except IndexError:
        print('wrong')
    finally:
        print('level2 finally')
def level1():
    try:
        level2()
    except KeyError as e:
        print('level1 caught', e.args[0])
        return 'handled'
print(level1())
for exc in (ValueError, TypeError, KeyError, None):
    try:
        try:
            if exc:
                raise exc
            print('no exception')
        except ValueError:
            print('inner ValueError')
        except TypeError:
            print('inner TypeError')
            raise
    except TypeError:
        print('outer TypeError')
    except KeyError:
        print('outer KeyError')
    else:
        print('outer else')
try:
    try:
        try:
            raise OSError
        except OSError:
            raise
    except OSError:
        print('level a')
        raise
except OSError:
    print('level b')
