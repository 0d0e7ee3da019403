# Custom exception hierarchy, chaining (__cause__/__context__), retry loop with backoff

class ServiceError(Exception):
    retryable = False
    def __init__(self, msg, code=None):
        super().__init__(msg)
        self.code = code
    def __str__(self):
        base = super().__str__()
        return "%s [code=%s]" % (base, self.code) if self.code is not None else base

class TransientError(ServiceError):
    retryable = True

class TimeoutErr(TransientError):
    pass

class RateLimited(TransientError):
    def __init__(self, wait):
        super().__init__("rate limited", 429)
        self.wait = wait

class FatalError(ServiceError):
    pass

class RetryExhausted(Exception):
    def __init__(self, attempts, last):
        super().__init__("gave up after %d attempts" % attempts)
        self.attempts = attempts
        self.last = last

def flaky(script):
    calls = [0]
    def call(x):
        i = calls[0]
        calls[0] += 1
        action = script[i] if i < len(script) else 'ok'
        if action == 'timeout':
            raise TimeoutErr("timed out", 504)
        if action == 'rate':
            raise RateLimited(wait=i + 1)
        if action == 'fatal':
            raise FatalError("bad request", 400)
        if action == 'bug':
            return {}['missing']
        return x * 2
    return call

def retry(fn, arg, attempts=4, log=None):
    delay = 1
    last = None
    for n in range(1, attempts + 1):
        try:
            result = fn(arg)
        except TransientError as e:
            last = e
            wait = e.wait if isinstance(e, RateLimited) else delay
            log.append("attempt %d: %s: %s; wait %d" % (n, type(e).__name__, e, wait))
            delay *= 2
            continue
        except ServiceError as e:
            log.append("attempt %d: fatal %s" % (n, e))
            raise
        except LookupError as e:
            raise ServiceError("internal failure", 500) from e
        else:
            log.append("attempt %d: ok" % n)
            return result
        finally:
            log.append("  end of attempt %d" % n)
    raise RetryExhausted(attempts, last)

scenarios = [
    [],
    ['timeout', 'timeout'],
    ['rate', 'timeout', 'rate'],
    ['timeout'] * 5,
    ['timeout', 'fatal'],
    ['bug'],
]
for sc in scenarios:
    log = []
    try:
        r = retry(flaky(sc), 21, log=log)
        outcome = "result %r" % r
    except RetryExhausted as e:
        outcome = "exhausted: %s; last=%s (%s)" % (e, e.last, type(e.last).__name__)
    except FatalError as e:
        outcome = "fatal: %s retryable=%s" % (e, e.retryable)
    except ServiceError as e:
        outcome = "service: %s cause=%s ctx_is_cause=%s" % (e, type(e.__cause__).__name__, e.__context__ is e.__cause__)
    print(sc)
    for line in log:
        print("   ", line)
    print("  ->", outcome)

def chain_demo():
    try:
        try:
            int("abc")
        except ValueError as e:
            raise KeyError("lookup") 
    except KeyError as e2:
        return e2
e = chain_demo()
print(type(e).__name__, type(e.__context__).__name__, e.__cause__, e.__suppress_context__)

def suppress_demo():
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            raise ValueError("clean") from None
    except ValueError as e:
        return e
e = suppress_demo()
print(e, e.__cause__, e.__suppress_context__, type(e.__context__).__name__)

print(issubclass(RateLimited, ServiceError), RateLimited.retryable, FatalError.retryable)
print([c.__name__ for c in TimeoutErr.__mro__])
errs = [TimeoutErr("t"), RateLimited(3), FatalError("f", 1), ServiceError("s")]
for err in errs:
    print("%-12s %-26s %s %r" % (type(err).__name__, err, err.args, err.code))
try:
    raise ExceptionGroupLike if False else OSError(2, "No such file")
except OSError as e:
    print(e.errno, e.strerror, e.args)
try:
    try:
        raise TypeError("inner")
    finally:
        print("finally runs")
except TypeError as e:
    print("outer got", e)
def nested_finally():
    out = []
    for i in range(3):
        try:
            try:
                if i == 1:
                    raise ValueError(i)
                out.append("body%d" % i)
            finally:
                out.append("f%d" % i)
        except ValueError as e:
            out.append("caught%s" % e)
    return out
print(nested_finally())
