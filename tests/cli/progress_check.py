"""Checks that `pactgraph SUBCOMMAND --years ...` shows progress only on a terminal.

Usage: progress_check.py PACTGRAPH LABEL ARGS...; ARGS are the subcommand and its options, LABEL
the word the progress line starts with. The command runs three times: with stderr on a
pseudo-terminal (progress "LABEL n/n" expected there), on a pseudo-terminal with --quiet (stderr
empty), and with stderr on a pipe (stderr empty). stdout, always a pipe, must be the same each time.
Run with /usr/bin/python3.
"""
import os
import pty
import select
import subprocess
import sys


def run(command, stderr_tty):
    """stdout and stderr of the command, stderr on a fresh pseudo-terminal when stderr_tty."""
    if not stderr_tty:
        done = subprocess.run(command, stdin=subprocess.DEVNULL, capture_output=True, check=True)
        return done.stdout, done.stderr
    master, slave = pty.openpty()
    process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=slave)
    os.close(slave)
    out, err = b"", b""
    # Read both while the command runs, so neither a full pipe nor a full terminal blocks it.
    streams = {process.stdout.fileno(): "out", master: "err"}
    while streams:
        for fd in select.select(list(streams), [], [])[0]:
            try:
                chunk = os.read(fd, 65536)
            except OSError:  # EIO: the terminal's last writer has gone
                chunk = b""
            if not chunk:
                del streams[fd]
            elif streams[fd] == "out":
                out += chunk
            else:
                err += chunk
    os.close(master)
    if process.wait() != 0:
        raise SystemExit(f"{command} exited {process.returncode}: {err.decode()}")
    return out, err


def main():
    program, label, args = sys.argv[1], sys.argv[2], sys.argv[3:]
    first, last = (int(y) for y in args[args.index("--years") + 1].split(":"))
    final = f"{label} {last - first + 1}/{last - first + 1}".encode()
    failures = []
    out_tty, err_tty = run([program, *args], True)
    out_quiet, err_quiet = run([program, *args, "--quiet"], True)
    out_pipe, err_pipe = run([program, *args], False)
    if final not in err_tty:
        failures.append(f"no '{final.decode()}' on the terminal: {err_tty!r}")
    if err_quiet:
        failures.append(f"--quiet still wrote on the terminal: {err_quiet!r}")
    if err_pipe:
        failures.append(f"progress written to a pipe: {err_pipe!r}")
    if not out_tty or not out_tty == out_quiet == out_pipe:
        failures.append("stdout is empty or differs between the runs")
    print(f"terminal stderr {err_tty!r}; stdout {len(out_pipe)} bytes each time")
    for f in failures:
        print(f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
