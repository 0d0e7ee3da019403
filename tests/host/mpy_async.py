# Host test: async code through mpy-cross. A module using async def / await / async with /
# async for / async comprehensions is compiled by tools/mpy-cross, imported as .mpy and driven
# both by hand (coro.send(None)) and by asyncio; what it prints must equal the .py source's
# output (printed here, so the .exp holds CPython-equal text). Then mpy-cross's refusals:
# async generators (SyntaxError naming .mpy) and await/async for outside an async function.
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.dirname(os.path.dirname(HERE))
MPY_CROSS = os.path.join(TOP, "tools", "mpy-cross", "build", "mpy-cross")
TARGET = os.environ.get("MICROPY_MICROPYTHON", os.path.join(TOP, "micropython"))

MOD = '''
import asyncio


class AC:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow

    async def __aenter__(self):
        print("enter", self.name)
        return self.name

    async def __aexit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None, v)
        return self.swallow


class AIter:
    def __init__(self, n, sleep=False):
        self.n = n
        self.sleep = sleep

    def __aiter__(self):
        self.i = 0
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        if self.sleep:
            await asyncio.sleep(0)
        self.i += 1
        return self.i


class Aw:
    def __await__(self):
        yield "aw-yield"
        return "aw-result"


async def twice(v):
    return v * 2


async def leave(kind):
    # return / break / continue through async with and try/finally
    for i in range(3):
        async with AC(kind + str(i)):
            try:
                if kind == "ret" and i == 1:
                    return "returned"
                if kind == "cont" and i == 0:
                    continue
                if kind == "brk" and i == 1:
                    break
            finally:
                print("finally", i)
    return "end"


async def by_hand():
    async with AC("a") as x:
        print("body", x)
    async with AC("b", True):
        raise ValueError("swallowed")
    try:
        async with AC("c"):
            raise KeyError("k")
    except KeyError as e:
        print("caught", repr(e))
    async with AC("d") as d, AC("e") as e:
        print("two", d, e)
    for k in ("ret", "cont", "brk"):
        print(k, await leave(k))
    async for v in AIter(3):
        print("v", v)
        if v == 2:
            async for w in AIter(2):
                print(" w", w)
    else:
        print("else")
    async for v in AIter(5):
        if v == 2:
            break
    else:
        print("not here")
    print("after break", v)
    print([v * 2 async for v in AIter(3)])
    print({v: await twice(v) for v in range(2)})
    print({x async for x in AIter(4) if x % 2})
    print([[await twice(y) for y in range(x)] async for x in AIter(3)])
    r = await Aw()
    print("r", r)
    return await twice(21)


def drive(coro):
    while True:
        try:
            print("yielded", coro.send(None))
        except StopIteration as e:
            return e.value


async def worker(name, lock, ev, log):
    await ev.wait()
    async with lock:
        log.append(name + "+")
        await asyncio.sleep(0)
        log.append(name + "-")
    return name.upper()


async def with_asyncio():
    lock = asyncio.Lock()
    ev = asyncio.Event()
    log = []
    tasks = [asyncio.create_task(worker(n, lock, ev, log)) for n in ("a", "b", "c")]
    await asyncio.sleep(0)
    ev.set()
    print("gather", await asyncio.gather(*tasks))
    print("log", log)
    print("ticks", [i async for i in AIter(3, True)])
    try:
        await asyncio.wait_for(asyncio.sleep(10), 0.01)
    except asyncio.TimeoutError:
        print("timeout")
    t = asyncio.create_task(asyncio.sleep(10))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled")
    return "asyncio done"
'''

MAIN = '''
import asyncio
import amod
print("loaded from", amod.__file__.rsplit(".", 1)[1])
print("by hand:", amod.drive(amod.by_hand()))
print(asyncio.run(amod.with_asyncio()))
'''


def run(argv, cwd):
    p = subprocess.run(argv, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    return p.returncode, p.stdout.decode()


if not os.path.exists(MPY_CROSS):
    print("SKIP")
    sys.exit(0)
with tempfile.TemporaryDirectory() as tmp:
    with open(os.path.join(tmp, "amod.py"), "w") as f:
        f.write(MOD)
    with open(os.path.join(tmp, "main.py"), "w") as f:
        f.write(MAIN)
    _, want = run([TARGET, "main.py"], tmp)
    rc, msg = run([MPY_CROSS, "-o", "amod.mpy", "-s", "amod.py", "amod.py"], tmp)
    print("mpy-cross", rc, msg.strip())
    os.rename(os.path.join(tmp, "amod.py"), os.path.join(tmp, "amod.src"))
    _, got = run([TARGET, "main.py"], tmp)
    print(got.strip())
    print("same as the .py:", got.replace("from mpy", "from py") == want)

    # refusals, each with its SyntaxError
    for name, src in (
        ("async generator", "async def f():\n    yield 1\n"),
        ("async generator expression", "async def f(a):\n    return (x async for x in a)\n"),
        ("await outside", "def f(a):\n    await a\n"),
        ("async for outside", "def f(a):\n    async for x in a:\n        pass\n"),
        ("async with outside", "def f(a):\n    async with a:\n        pass\n"),
        ("async comprehension outside", "def f(a):\n    return [x async for x in a]\n"),
    ):
        with open(os.path.join(tmp, "bad.py"), "w") as f:
            f.write(src)
        rc, msg = run([MPY_CROSS, "-o", "bad.mpy", "bad.py"], tmp)
        print(name, rc, msg.strip().splitlines()[-1])
