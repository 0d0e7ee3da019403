# asyncio streams over the board's sockets: a server (asyncio.start_server) and clients
# (asyncio.open_connection) in the same firmware, over 127.0.0.1 once WLAN is up: a line echo,
# then an HTTP/1.0 GET answered by the firmware's own tiny web server. The loop's select.poll
# waits for the sockets in wall time while no virtual event is due.
import asyncio, network, time

sta = network.WLAN(network.STA_IF)
sta.active(True)
sta.connect('Wokwi-GUEST', '')
while not sta.isconnected():
    time.sleep_ms(100)


async def echo(reader, writer):
    while True:
        line = await reader.readline()
        if not line:
            break
        writer.write(b'echo: ' + line)
        await writer.drain()
    writer.close()
    await writer.wait_closed()


async def http(reader, writer):
    req = await reader.readline()
    while (await reader.readline()) not in (b'\r\n', b''):
        pass
    body = b'hello from ' + req.split()[1]
    writer.write(b'HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\nContent-Length: %d\r\n\r\n'
                 % len(body) + body)
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def main():
    srv = await asyncio.start_server(echo, '127.0.0.1', 0)
    port = srv.sockets[0].getsockname()[1]
    r, w = await asyncio.open_connection('127.0.0.1', port)
    for msg in (b'one\n', b'two\n', b'three\n'):
        w.write(msg)
        await w.drain()
        print(await r.readline())
    w.close()
    await w.wait_closed()
    srv.close()
    await srv.wait_closed()

    web = await asyncio.start_server(http, '127.0.0.1', 0)
    port = web.sockets[0].getsockname()[1]
    # two clients at once
    async def get(path):
        r, w = await asyncio.open_connection('localhost', port)
        w.write(b'GET %s HTTP/1.0\r\nHost: localhost\r\n\r\n' % path.encode())
        await w.drain()
        resp = await r.read(-1)
        w.close()
        await w.wait_closed()
        head, _, body = resp.partition(b'\r\n\r\n')
        return head.split(b'\r\n')[0], body
    print(await asyncio.gather(get('/a'), get('/sensor?id=2')))
    web.close()
    await web.wait_closed()
    # with no socket left in the loop, sleeps are virtual again
    t0 = time.ticks_ms()
    await asyncio.sleep(10)
    print('slept', time.ticks_diff(time.ticks_ms(), t0) // 1000, 's')

asyncio.run(main())
