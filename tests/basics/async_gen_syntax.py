# compile-time rules for async generators and async comprehensions
def check(src):
    try:
        compile(src, '<test>', 'exec')
        print('ok')
    except SyntaxError as e:
        print('SyntaxError:', e.args[0])


check('async def f():\n    yield 1\n    return 2\n')
check('async def f():\n    return 2\n    yield 1\n')
check('async def f():\n    yield 1\n    return\n')
check('async def f():\n    yield 1\n    return None\n')
check('async def f():\n    yield from g()\n')
check('async def f():\n    x = yield from g()\n')
check('async def f():\n    yield\n    await g()\n')
check('async def f():\n    yield await g()\n')
check('async def f():\n    await (yield)\n')
check('async def f():\n    def inner():\n        return 1\n    yield inner()\n')
check('async def f():\n    async def inner():\n        yield 1\n    return inner\n')
check('async def f():\n    return [x async for x in g()]\n')
check('async def f():\n    return (x async for x in g())\n')
check('async def f():\n    return [await x for x in g()]\n')
check('def f():\n    return [x async for x in g()]\n')
check('def f():\n    return (x async for x in g())\n')
check('def f():\n    return {x: 1 async for x in g()}\n')
check('[x async for x in g()]\n')
check('(x async for x in g())\n')
check('async def f():\n    lambda: (yield)\n')
check('async def f():\n    [(yield) for x in y]\n')
check('async def f():\n    async for x in g():\n        yield x\n')
check('async def f():\n    async with g() as x:\n        yield x\n')
check('async def f():\n    class C:\n        yield 1\n')

# what compiling makes
async def ag():
    yield 1


async def co():
    return 1


def gen():
    yield 1


print(type(ag()).__name__, type(gen()).__name__)
c = co()
print(type(c).__name__)
c.close()
