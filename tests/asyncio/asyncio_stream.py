# Streams over a loopback TCP socket: start_server on port 0 and open_connection to it in the
# same script; write/drain, readline, readexactly, read(n), read() to EOF, get_extra_info,
# close/wait_closed, Server.close/wait_closed.
import asyncio

served = []


async def handle(reader, writer):
    peer = writer.get_extra_info("peername")
    served.append(peer[0])
    line = await reader.readline()
    writer.write(b"echo " + line)
    await writer.drain()
    data = await reader.readexactly(5)
    writer.write(data[::-1])
    await writer.drain()
    rest = await reader.read()
    writer.write(b"got %d bytes" % len(rest))
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    print("peer", writer.get_extra_info("peername") == ("127.0.0.1", port))
    writer.write(b"hello\n")
    await writer.drain()
    print(await reader.readline())
    writer.write(b"ab")
    await writer.drain()
    await asyncio.sleep(0.01)
    writer.write(b"cde")
    await writer.drain()
    print(await reader.readexactly(5))
    writer.write(b"x" * 100000)
    await writer.drain()
    # end of data: CPython's writer has write_eof(), MicroPython's Stream exposes its socket
    if hasattr(writer, "write_eof"):
        writer.write_eof()
    else:
        writer.s.shutdown(1)
    print(await reader.read(9))
    print(await reader.read())
    print(await reader.read(), await reader.readline())
    writer.close()
    await writer.wait_closed()
    print("served", served)
    server.close()
    await server.wait_closed()
    print("server closed")


asyncio.run(main())
