def run(exc):
    log = []
    try:
        log.append('try')
        if exc:
            raise exc
    except ValueError:
        log.append('except ValueError')
    except (TypeError, KeyError) as e:
        log.append('except ' + type(e).__name__)
    else:
        log.append('else')
    finally:
        log.append('finally')
    return log
print(run(None))
print(run(ValueError))
print(run(KeyError('k')))
try:
    run(IndexError)
except IndexError:
    print('IndexError escaped')

def else_raises():
    try:
        pass
    except Exception:
        print('not here')
    else:
        raise ValueError('from else')
    finally:
        print('finally after else')
try:
    else_raises()
except ValueError as e:
    print(e)

def except_var_deleted():
    try:
        raise ValueError
    except ValueError as err:
        pass
    try:
        return err
    except NameError:
        return 'err deleted'
print(except_var_deleted())
def bare_except():
    try:
        raise SystemExit(3)
    except:
        return 'bare caught'
print(bare_except())
def base_exc():
    try:
        raise KeyboardInterrupt
    except Exception:
        return 'no'
    except BaseException as e:
        return type(e).__name__
print(base_exc())
