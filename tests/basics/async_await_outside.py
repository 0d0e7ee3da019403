# where await is allowed
for src in [
    'async def f():\n    await x',
    'def f():\n    await x',
    'async def f():\n    def g():\n        await x',
    'async def f():\n    return lambda: await x',
    'async def f():\n    return [await v for v in y]',
    'def f():\n    return [await v for v in y]',
    'async def f():\n    return [[await v for v in y] for z in w]',
    'async def f():\n    async with a as b:\n        pass',
    'def f():\n    async with a as b:\n        pass',
    'def f():\n    async for a in b:\n        pass',
    'async def f():\n    async for a in b:\n        pass',
    'await x',
]:
    try:
        compile(src, '<t>', 'exec')
        print('ok', repr(src))
    except SyntaxError:
        print('SyntaxError', repr(src))
