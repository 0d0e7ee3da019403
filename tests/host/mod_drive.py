# tests/host/mod_drive.py: helpers for the host tests (run by CPython, not by the target).
#
# A Session runs the target binary ($MICROPY_MICROPYTHON) on a pseudo-terminal (pty.fork: the
# pty is the child's controlling terminal, so a \x03 byte becomes SIGINT as on a real terminal)
# or on pipes. expect() reads until the wanted bytes appear; nothing depends on timing: every
# wait has a generous timeout and a timeout fails the test with a clear message.
import os
import pty
import select
import shutil
import signal
import subprocess
import sys
import tempfile

TARGET = os.environ.get("MICROPY_MICROPYTHON")
TIMEOUT = 10.0


def fail(msg):
    print("FAIL: " + msg)
    sys.stdout.flush()
    raise SystemExit(1)


if not TARGET:
    fail("MICROPY_MICROPYTHON is not set")


def clean_env(home, extra=None):
    env = dict(os.environ)
    for k in ("MICROPYINSPECT", "MICROPYPATH", "INPUTRC"):
        env.pop(k, None)
    env["HOME"] = home
    env["TERM"] = "dumb"
    env["INPUTRC"] = "/dev/null"
    if extra:
        env.update(extra)
    return env


class Session:
    """One run of the target. mode: 'pty' or 'pipe'."""

    def __init__(self, args=(), mode="pty", home=None, env=None, cwd=None):
        self.own_home = home is None
        self.home = home or tempfile.mkdtemp(prefix="mphost")
        self.env = clean_env(self.home, env)
        self.mode = mode
        self.buf = b""
        self.eof = False
        self.status = None
        argv = [TARGET] + list(args)
        if mode == "pty":
            pid, fd = pty.fork()
            if pid == 0:
                try:
                    if cwd:
                        os.chdir(cwd)
                    os.execve(TARGET, argv, self.env)
                finally:
                    os._exit(127)
            self.pid, self.rfd, self.wfd = pid, fd, fd
            self.proc = None
        else:
            self.proc = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                         stderr=subprocess.STDOUT, env=self.env, cwd=cwd,
                                         bufsize=0, start_new_session=True)
            self.pid = self.proc.pid
            self.rfd, self.wfd = self.proc.stdout.fileno(), self.proc.stdin.fileno()

    def send(self, data):
        os.write(self.wfd, data)

    def _read_some(self, timeout):
        if self.eof:
            return False
        r, _, _ = select.select([self.rfd], [], [], timeout)
        if not r:
            return False
        try:
            data = os.read(self.rfd, 4096)
        except OSError:  # EIO: the pty's other side is closed
            data = b""
        if not data:
            self.eof = True
            return False
        self.buf += data
        return True

    def expect(self, want, timeout=TIMEOUT):
        """Reads until `want` appears; returns everything up to and including it."""
        import time
        deadline = time.monotonic() + timeout
        while want not in self.buf:
            left = deadline - time.monotonic()
            if left <= 0 or (not self._read_some(left) and self.eof):
                if want in self.buf:
                    break
                self.kill()
                fail("waiting for %r (%s); got %r" % (want, "end of output" if self.eof else "timeout", self.buf[-300:]))
        i = self.buf.index(want) + len(want)
        got, self.buf = self.buf[:i], self.buf[i:]
        return got

    def read_all(self, timeout=TIMEOUT):
        """Reads until the end of output; returns what was not consumed yet."""
        import time
        deadline = time.monotonic() + timeout
        while not self.eof:
            left = deadline - time.monotonic()
            if left <= 0:
                self.kill()
                fail("waiting for the end of output; got %r" % self.buf[-300:])
            self._read_some(left)
        got, self.buf = self.buf, b""
        return got

    def close_input(self):
        if self.proc is not None:
            self.proc.stdin.close()

    def wait(self, timeout=TIMEOUT):
        """Reads the rest of the output, waits for the exit; returns the exit code."""
        rest = self.read_all(timeout)
        if self.proc is not None:
            try:
                self.status = self.proc.wait(timeout)
            except subprocess.TimeoutExpired:
                self.kill()
                fail("the process did not exit")
            self.proc.stdout.close()
            if not self.proc.stdin.closed:
                self.proc.stdin.close()
        else:
            _, st = os.waitpid(self.pid, 0)
            os.close(self.rfd)
            self.status = os.waitstatus_to_exitcode(st)
        self.cleanup()
        self.rest = rest
        return self.status

    def kill(self):
        try:
            os.kill(self.pid, signal.SIGKILL)
        except OSError:
            pass
        self.cleanup()

    def cleanup(self):
        if self.own_home:
            shutil.rmtree(self.home, ignore_errors=True)
            self.own_home = False


def run(args, stdin=b"", env=None, cwd=None):
    """Runs the target to completion on pipes; returns (exit code, stdout, stderr)."""
    home = tempfile.mkdtemp(prefix="mphost")
    try:
        p = subprocess.run([TARGET] + list(args), input=stdin, capture_output=True,
                           env=clean_env(home, env), cwd=cwd, timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        fail("timeout running %r" % (args,))
    finally:
        shutil.rmtree(home, ignore_errors=True)
    return p.returncode, p.stdout, p.stderr
