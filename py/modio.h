// py/modio.h: C code reading or writing a stream object through its Python-level methods.
//
// MicroPython's stream protocol for streams written in Python is io.IOBase's: such a stream
// gets bytes (never str) in write() and is read through readinto(buf); a negative count
// returned is an error code (OSError(-n)). Other objects with write()/read() are treated as
// CPython does (text streams get str).
#ifndef MICROPY_INCLUDED_PY_MODIO_H
#define MICROPY_INCLUDED_PY_MODIO_H

#include "py/obj.h"

// o is an instance of an io.IOBase subclass
bool mp_io_is_iobase(mp_obj_t o);

// stream.write(s): the str, or its UTF-8 bytes for an io.IOBase stream
void mp_io_write_text(mp_obj_t stream, const char *s, size_t len);

// a count returned by a stream's read()/readinto()/write(): if_none for None; a negative
// count is an error code (OSError(-n))
mp_int_t mp_io_count(mp_obj_t r, mp_int_t if_none);

// stream.write() until all of data[0:len] is taken (a write returning None took all of it;
// one taking nothing is OSError(EAGAIN))
void mp_io_write_all(mp_obj_t stream, const byte *data, size_t len);

// the rest of the stream: stream.read(), or for a stream without read() its readinto() until
// it gives 0 (the bytes read)
mp_obj_t mp_io_read_all(mp_obj_t stream);

#endif // MICROPY_INCLUDED_PY_MODIO_H
