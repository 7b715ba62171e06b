# Test support: runs a command on a pseudo-terminal (echo on, as a person's terminal), types PTY_INPUT once
# "Zip password" appears, prints everything the terminal showed and exits with the command's code.
import os, pty, sys, select
pid, fd = pty.fork()
if pid == 0:
    os.execvp(sys.argv[1], sys.argv[1:])
out = b''
typed = False
while True:
    try:
        r, _, _ = select.select([fd], [], [], 30)
        if not r: break
        data = os.read(fd, 4096)
    except OSError:
        break
    if not data: break
    out += data
    if not typed and b'Zip password' in out:
        typed = True
        os.write(fd, os.environ['PTY_INPUT'].encode() + b'\r')
_, status = os.waitpid(pid, 0)
sys.stdout.write(out.decode('utf-8', 'replace'))
sys.exit(os.waitstatus_to_exitcode(status))
