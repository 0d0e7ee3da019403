# The Loop object (MicroPython's subset): get_event_loop/new_event_loop, create_task,
# run_until_complete (coroutine or task), run_forever until stop(), close, and the exception
# handler for a task whose exception nobody retrieves (set/get/default/call_exception_handler).
import asyncio

loop = asyncio.get_event_loop()
print("same loop", asyncio.get_event_loop() is loop)


async def work(x):
    await asyncio.sleep_ms(5)
    return x + 1


print(loop.run_until_complete(work(1)))
print(loop.run_until_complete(loop.create_task(work(10))))

log = []


ticked = asyncio.Event()


async def stopper():
    log.append("stopper runs")
    await ticked.wait()
    log.append("stopping")
    loop.stop()


async def ticker():
    for i in range(3):
        log.append("tick %d" % i)
        await asyncio.sleep_ms(3)
    ticked.set()


loop.create_task(ticker())
loop.create_task(stopper())
loop.run_forever()
print(log)


def handler(lp, context):
    print("handler:", lp is loop, sorted(context), context["message"])
    print("  exception:", type(context["exception"]).__name__, context["exception"])
    print("  future is a Task:", isinstance(context["future"], asyncio.Task))


async def fails():
    raise ValueError("nobody awaits me")


async def cancelled_quietly():
    await asyncio.sleep(10)


async def main():
    print("handler before:", loop.get_exception_handler())
    loop.set_exception_handler(handler)
    print("handler set:", loop.get_exception_handler() is handler)
    asyncio.create_task(fails())
    t = asyncio.create_task(cancelled_quietly())
    await asyncio.sleep(0)
    t.cancel()  # a CancelledError is never reported
    await asyncio.sleep(0)
    print("cancelled:", t.done())
    # an exception retrieved by awaiting the task is not reported either
    t2 = asyncio.create_task(fails())
    try:
        await t2
    except ValueError:
        print("awaited: ValueError")
    loop.call_exception_handler({"message": "custom", "exception": KeyError(1), "future": t2})
    loop.set_exception_handler(None)
    print("handler reset:", loop.get_exception_handler())


asyncio.run(main())

# the main task's exception propagates out of run(), it is not reported
async def main_fails():
    raise OSError(7)


try:
    asyncio.run(main_fails())
except OSError as e:
    print("run raised", e.args)

loop2 = asyncio.new_event_loop()
print("new_event_loop", loop2 is not None)
print(loop2.run_until_complete(work(41)))
loop2.close()


# stop() before the awaited task is done: run_until_complete raises RuntimeError
async def stop_now():
    loop2.stop()


loop2.create_task(stop_now())
try:
    loop2.run_until_complete(asyncio.sleep_ms(50))
except RuntimeError as e:
    print("RuntimeError:", e)
