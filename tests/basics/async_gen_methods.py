# async generator asend / athrow / aclose, each awaitable driven by hand with send(None)
class Suspend:
    def __await__(self):
        yield 'suspend'


def step(aw, value=None):
    # one step of an awaitable: what the await would produce, or what it hands to the loop
    try:
        r = aw.send(value)
        print('  to loop:', r)
    except StopIteration as e:
        print('  result:', e.args)
    except BaseException as e:
        print('  raised:', type(e).__name__, e.args)


def run(aw):
    # drive an awaitable to its end
    while True:
        try:
            r = aw.send(None)
            print('  to loop:', r)
        except StopIteration as e:
            print('  result:', e.args)
            return
        except BaseException as e:
            print('  raised:', type(e).__name__, e.args)
            return


async def echo():
    got = None
    try:
        while True:
            got = yield ('echo', got)
            if got == 'await':
                await Suspend()
    except ValueError as e:
        yield ('caught', e.args)
    finally:
        print('  echo finally')


print('asend')
g = echo()
run(g.asend(None))
run(g.asend(1))
run(g.asend('await'))
run(g.asend(2))
print('asend non-None first')
h = echo()
run(h.asend(5))
run(h.asend(None))
run(h.aclose())
print('athrow caught')
run(g.athrow(ValueError('v')))
print('athrow after the handler: uncaught')
run(g.athrow(KeyError, 'k'))
print('after finish')
run(g.asend(None))
run(g.athrow(ValueError))
run(g.aclose())

print('athrow uncaught, generator ends')
g = echo()
run(g.asend(None))
run(g.athrow(TypeError('t')))
run(g.asend(None))

print('athrow on a never started generator')
g = echo()
run(g.athrow(ValueError('early')))
run(g.asend(None))

print('athrow forms')
g = echo()
run(g.asend(None))
run(g.athrow(ValueError, ValueError('inst')))
run(g.aclose())
g = echo()
run(g.asend(None))
run(g.athrow(ValueError, None))
run(g.aclose())
g = echo()
run(g.asend(None))
aw = g.athrow(1)
print('athrow(1) made an awaitable')
run(aw)
print(g.ag_running)
run(g.asend(None))
run(g.athrow(ValueError('a'), 'b'))
run(g.aclose())

print('awaitables are awaited once')
g = echo()
aw = g.asend(None)
run(aw)
step(aw)
aw = g.athrow(ValueError)
run(aw)
step(aw)
run(g.aclose())

print('closing an awaitable')
g = echo()
aw = g.__anext__()
print(aw.close())
step(aw)
aw = g.aclose()
aw.close()
step(aw)
run(g.aclose())

print('throw into the asend awaitable')
g = echo()
run(g.asend(None))
aw = g.asend('await')
step(aw)
try:
    aw.throw(ValueError('thrown'))
except StopIteration as e:
    print('  result:', e.args)
run(g.aclose())

print('send into a just-started athrow')
g = echo()
run(g.asend(None))
aw = g.athrow(ValueError)
step(aw, 'x')
run(g.aclose())

print('two awaitables at once')
g = echo()
run(g.asend(None))
a1 = g.asend('await')
step(a1)                  # g is now suspended inside an await
a2 = g.asend(None)
step(a2)
step(g.athrow(ValueError))
step(g.aclose())
step(a1)
run(g.aclose())
