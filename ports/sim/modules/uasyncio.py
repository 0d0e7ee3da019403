# ports/sim/modules/uasyncio.py: the name asyncio had before MicroPython 1.21, kept by the
# boards' firmware so that `import uasyncio as asyncio` in older projects still works. It holds
# no state of its own: every name is asyncio's (the same objects, so Event, run, sleep_ms and
# the loop are shared with `import asyncio`).
from asyncio import *
from asyncio import core, event, funcs, lock, stream
from asyncio import __version__
