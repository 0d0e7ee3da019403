# asyncio: 10,000 tasks ping-ponging over Events (5,000 pairs, each pair passes a ball back
# and forth through two Events), then gathered; exercises task switching and Event wake-ups.
import asyncio

N_PAIRS = 5000
ROUNDS = 20


async def player(mine, other, rounds, box):
    for _ in range(rounds):
        await mine.wait()
        mine.clear()
        box[0] += 1
        other.set()
    return box[0]


async def main():
    box = [0]
    tasks = []
    for i in range(N_PAIRS):
        a = asyncio.Event()
        b = asyncio.Event()
        tasks.append(asyncio.create_task(player(a, b, ROUNDS, box)))
        tasks.append(asyncio.create_task(player(b, a, ROUNDS, box)))
        a.set()
    res = await asyncio.gather(*tasks)
    return box[0], sum(res) % 1000003


print(asyncio.run(main()))
