#!/usr/bin/env python3
"""A core of a running ait-console that has loaded its key holds no plaintext piece of the key.

Runs under tests/run-isolated.sh --keyring (a throw-away HOME, D-Bus session and GNOME Keyring):
starts ait-sandbox, imports its demo identity into the keyring with ait-cli (as `scripts/ait.sh run`
does), starts ait-console offscreen, waits for its "identity loaded: <fingerprint>" line (logging
category ait.session), takes a core with gcore and searches it for every 24-byte window, at a 16-byte
step, of the key's PKCS#8 DER that is not also in the (public) certificate.

gcore needs ptrace rights over a process that made itself non-dumpable: root (CI) has them. Without
them, or without gdb, the test exits with 77, which ctest reports as skipped (SKIP_RETURN_CODE).

`--measure` prints what the core holds instead of asserting (PKCS#8 and PKCS#1 DER windows, the
base64 text of the DER, the RSA private numbers in either byte order), to compare builds.
"""

import base64
import json
import os
import re
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import time

SKIP = 77
WINDOW, STEP = 24, 16


def skip(reason):
    print(f"SKIP: {reason}")
    sys.exit(SKIP)


def fail(reason):
    print(f"FAIL: {reason}")
    sys.exit(1)


def read_line(process, stream, deadline, wanted):
    """Reads lines from `stream` until one matches `wanted` (a regex); returns the match."""
    buffer = b""
    while time.monotonic() < deadline:
        if process.poll() is not None:
            buffer += stream.read() or b""
        else:
            ready, _, _ = select.select([stream], [], [], 0.5)
            if ready:
                chunk = os.read(stream.fileno(), 65536)
                buffer += chunk
        for line in buffer.decode(errors="replace").splitlines():
            match = re.search(wanted, line)
            if match:
                return match
        if process.poll() is not None:
            break
    fail(f"no line matching {wanted!r}; output so far:\n{buffer.decode(errors='replace')}")


def windows(data, label):
    return [(label, offset, data[offset:offset + WINDOW]) for offset in range(0, len(data) - WINDOW + 1, STEP)]


def der_of_pem(path):
    text = open(path, encoding="ascii").read()
    blocks = re.findall(r"-----BEGIN ([A-Z ]+)-----(.*?)-----END \1-----", text, re.S)
    return [(kind, base64.b64decode("".join(body.split()))) for kind, body in blocks]


def main():
    measure = "--measure" in sys.argv
    if os.geteuid() != 0:
        skip("gcore needs ptrace rights over a non-dumpable process: run as root (CI does)")
    if not shutil.which("gcore"):
        skip("gcore (Debian package gdb) is not installed")
    try:
        from cryptography.hazmat.primitives import serialization
    except ImportError:
        fail("python3-cryptography is missing (scripts/ait.sh installs it)")

    sandbox_bin, cli_bin, console_bin, scanner = (os.environ[k] for k in ("AIT_SANDBOX", "AIT_CLI", "AIT_CONSOLE",
                                                                         "AIT_SECRETSCAN"))
    work = tempfile.mkdtemp(prefix="ait-coredump-")
    processes = []
    try:
        sandbox = subprocess.Popen([sandbox_bin, "--data-dir", os.path.join(work, "sandbox"), "--port", "0",
                                    "--control-port", "0"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        processes.append(sandbox)
        ready = json.loads(read_line(sandbox, sandbox.stdout, time.monotonic() + 30, r"^\{.*\}$").group(0))

        subprocess.run([cli_bin, "import", "--profile", "Sandbox", "--environment", "sandbox",
                        "--cert", ready["client_cert"], "--key", ready["client_key"], "--apps-url", ready["url"],
                        "--pay-url", ready["url"], "--ca", ready["ca"], "--decryption-key-file",
                        ready["decryption_key_file"], "--aad-file", ready["aad_file"], "--replace"],
                       check=True, stdout=subprocess.DEVNULL, timeout=120)

        key_pem = open(ready["client_key"], "rb").read()
        key = serialization.load_pem_private_key(key_pem, password=None)
        pkcs8 = key.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
                                  serialization.NoEncryption())
        pkcs1 = key.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.TraditionalOpenSSL,
                                  serialization.NoEncryption())
        public = b"".join(der for _, der in der_of_pem(ready["client_cert"]))
        public += key.public_key().public_bytes(serialization.Encoding.DER,
                                                serialization.PublicFormat.SubjectPublicKeyInfo)
        # Windows that also occur in public data (the modulus is in the certificate) prove nothing.
        secret = [w for w in windows(pkcs8, "PKCS#8 DER") if w[2] not in public]
        if len(secret) < 40:
            fail(f"only {len(secret)} private windows in a {len(pkcs8)}-byte key: the test would prove little")

        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_LOGGING_RULES="ait.session.info=true")
        console = subprocess.Popen([console_bin], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
        processes.append(console)
        loaded = read_line(console, console.stderr, time.monotonic() + 60, r"identity loaded: ([0-9A-Fa-f:]{64,})")
        print(f"ait-console {console.pid} loaded identity {loaded.group(1)}")

        core_prefix = os.path.join(work, "core")
        gcore = subprocess.run(["gcore", "-o", core_prefix, str(console.pid)], capture_output=True, text=True,
                               timeout=300)
        core_path = f"{core_prefix}.{console.pid}"
        if gcore.returncode != 0 or not os.path.exists(core_path):
            if "ptrace" in gcore.stderr + gcore.stdout and "not permitted" in gcore.stderr + gcore.stdout:
                skip(f"gcore may not ptrace the console here: {gcore.stderr.strip()}")
            fail(f"gcore failed ({gcore.returncode}): {gcore.stderr}")
        print(f"core: {os.path.getsize(core_path) / 2**20:.0f} MiB")

        def counts(needles):
            """Occurrences of each window in the core (ait-secretscan: one pass over the file)."""
            scan = subprocess.run([scanner, core_path], input="".join(w.hex() + "\n" for _, _, w in needles),
                                  capture_output=True, text=True, timeout=300)
            if scan.returncode != 0:
                fail(f"ait-secretscan failed: {scan.stderr}")
            return [int(n) for n in scan.stdout.split()]

        if measure:
            numbers = key.private_numbers()
            report = {"PKCS#8 DER": secret,
                      "PKCS#1 DER": [w for w in windows(pkcs1, "PKCS#1") if w[2] not in public],
                      "base64 of DER": [(l, o, w.encode()) for l, o, w in
                                        windows(base64.b64encode(pkcs8).decode(), "b64")
                                        if w.encode() not in base64.b64encode(public)]}
            for name in ("d", "p", "q", "dmp1", "dmq1", "iqmp"):
                value = getattr(numbers, name)
                be = value.to_bytes((value.bit_length() + 7) // 8, "big")
                report[f"{name} big-endian"] = windows(be, name)
                report[f"{name} little-endian"] = windows(be[::-1], name)
            for label, needles in report.items():
                found = counts(needles)
                print(f"  {label:20} {sum(n > 0 for n in found):3} of {len(needles):3} windows found, "
                      f"at most {max(found, default=0)} copies of one")
            return 0
        # The control: the core and the scan work, since the (public) certificate the console
        # holds is found in it.
        certificate = der_of_pem(ready["client_cert"])[0][1]
        if sum(n > 0 for n in counts(windows(certificate, "certificate"))) == 0:
            fail("not even the certificate is in the core: the core or the scan does not work")
        found = [offset for (_, offset, _), n in zip(secret, counts(secret)) if n > 0]
        if found:
            fail(f"{len(found)} of {len(secret)} private windows of the key's PKCS#8 DER are in the core, "
                 f"at key offsets {found}")
        print(f"PASS: none of {len(secret)} private windows of the key's PKCS#8 DER is in the core")
        return 0
    finally:
        for p in reversed(processes):
            if p.poll() is None:
                p.send_signal(signal.SIGTERM)
                try:
                    p.wait(10)
                except subprocess.TimeoutExpired:
                    p.kill()
                    p.wait()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
