// ports/unix/repl.h: the interactive prompt of the unix port.
//
// Four input modes, all documented in MicroPython's "Interactive Interpreter Mode" page:
//   friendly REPL  ">>> " prompts; GNU readline (history, completion, auto-indent) on a terminal,
//                  a plain byte reader without echo on pipes;
//   paste mode     Ctrl-E at an empty prompt, "=== " prompts, Ctrl-D runs the text as a file;
//   raw REPL       Ctrl-A, the byte protocol of pyboard.py / mpremote, no echo;
//   raw-paste      "\x05A\x01" inside the raw REPL, with \x01 flow control.
#ifndef MICROPY_INCLUDED_UNIX_REPL_H
#define MICROPY_INCLUDED_UNIX_REPL_H

#include "py/mpconfig.h"

// First line of the banner, also printed by --version.
#define REPL_VERSION_LINE "MicroPython v" MICROPY_VERSION_STRING " on 2026-11-21; linux [GCC " __VERSION__ "] version"

// Runs the REPL on fd 0 / fd 1 until Ctrl-D at an empty prompt, the end of input, or a
// SystemExit raised at the friendly prompt. Returns the process exit code.
int repl_run(void);

// Called after a soft reset from the raw REPL (Ctrl-D on an empty command) has forgotten the
// user's names, before the raw REPL banner comes back: ports/sim resets the board's machine
// state and runs boot.py there, as a board's soft reset does. NULL on the unix port.
extern void (*repl_soft_reset_hook)(void);

// The plain reader (not a terminal) echoes what it reads, as a board does (set by ports/sim --pty).
extern bool repl_plain_echo;

// A board's console: every "\n" of the REPL and of program output goes out as "\r\n" (set by
// ports/sim --pty through repl_console_crlf_begin(); binary writes to sys.stdout.buffer stay raw).
extern bool repl_console_crlf;
void repl_console_crlf_begin(void);

#endif // MICROPY_INCLUDED_UNIX_REPL_H
