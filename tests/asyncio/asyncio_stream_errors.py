# Stream error paths and MicroPython-only methods: readinto, readexactly at EOF (EOFError),
# open_connection to a closed port (OSError), awrite/aclose, Server as an async context manager.
import asyncio
import socket


async def handle(r, w):
    await w.awrite(b"0123456789")
    await w.aclose()


async def main():
    async with await asyncio.start_server(handle, "127.0.0.1", 0) as srv:
        port = srv.sockets[0].getsockname()[1]
        r, w = await asyncio.open_connection("127.0.0.1", port)
        buf = bytearray(4)
        n = await r.readinto(buf)
        print(n, bytes(buf[:n]) in (b"0123", b"0", b"01", b"012"))
        rest = await r.read()
        print(bytes(buf[:n]) + rest)
        try:
            await r.readexactly(1)
        except EOFError:
            print("readexactly at EOF: EOFError")
        w.close()
        await w.wait_closed()
    print("server closed")
    # a port nobody listens on: find one by binding and closing
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    try:
        await asyncio.open_connection("127.0.0.1", port)
    except OSError as e:
        print("connect refused: OSError")


asyncio.run(main())
