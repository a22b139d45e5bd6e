#!/usr/bin/env python3
"""Login flood: what a password-guessing run does to everybody else.

Starts the release binary on a fresh SQLite database, creates an editor, then floods
POST /v1/auth/token with wrong passwords from 64 clients for 10 s while the editor keeps
reading GET /v1/changesets. Two floods, one after the other:

  one-address   every guess from one client address (what throttling per address stops)
  many-addresses every guess from a new address and a new username through a trusted proxy
                 header (nothing to throttle: the bounded hashing pool is all that stands)

Prints per flood: requests, 401, 429, 5xx and other answers, the server's peak resident
memory (VmHWM), and the editor's read latency (median, p95) with and without the flood.
Targets (issue 9): 0 x 5xx, peak RSS < 600 MB, editor reads < 100 ms median.

Python standard library only. Usage: python3 benches/login_flood.py [--clients 64] [--seconds 10]
"""

import argparse
import http.client
import json
import os
import random
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BINARY = os.path.join(ROOT, "target", "release", "marketguide")
SECRET = "login-flood-bench-secret-0123456789abcdefghijklmnopqrstuvwxyz"
EDITOR_PASSWORD = "editor's long enough passphrase"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def request(port, method, path, body=None, headers=None, timeout=30):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        data = json.dumps(body).encode() if body is not None else None
        hdrs = {"content-type": "application/json"} if data else {}
        hdrs.update(headers or {})
        conn.request(method, path, body=data, headers=hdrs)
        response = conn.getresponse()
        payload = response.read()
        return response.status, payload
    finally:
        conn.close()


def peak_rss_mb(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def rss_mb(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


class Server:
    def __init__(self, trusted_header):
        self.dir = tempfile.mkdtemp(prefix="login-flood-")
        self.port = free_port()
        env = dict(os.environ, MARKETGUIDE_JWT_SECRET=SECRET, MARKETGUIDE_LOG="warn")
        env.pop("MARKETGUIDE_DATABASE_URL", None)
        args = [BINARY, "--data-dir", self.dir, "serve", "--bind", f"127.0.0.1:{self.port}"]
        if trusted_header:
            args += ["--client-ip-header", "X-Forwarded-For"]
        self.process = subprocess.Popen(args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(200):
            try:
                if request(self.port, "GET", "/readyz")[0] == 200:
                    break
            except OSError:
                pass
            time.sleep(0.05)
        else:
            raise SystemExit("the server did not become ready")
        cli = [BINARY, "--data-dir", self.dir, "user", "add"]
        for name, role in [("root", "admin"), ("mei", "editor")]:
            subprocess.run(cli + [name, "--role", role], env=dict(env, MARKETGUIDE_PASSWORD=EDITOR_PASSWORD),
                           check=True, stdout=subprocess.DEVNULL)
        status, body = request(self.port, "POST", "/v1/auth/token", {"username": "mei", "password": EDITOR_PASSWORD})
        assert status == 200, body
        self.editor_token = json.loads(body)["access_token"]

    def stop(self):
        self.process.terminate()
        self.process.wait()
        shutil.rmtree(self.dir, ignore_errors=True)


def editor_reads(server, stop, latencies):
    headers = {"authorization": f"Bearer {server.editor_token}"}
    while not stop.is_set():
        start = time.perf_counter()
        status, _ = request(server.port, "GET", "/v1/changesets", headers=headers)
        latencies.append((time.perf_counter() - start) * 1000)
        if status != 200:
            latencies.append(float("inf"))
        time.sleep(0.05)


def flood(server, clients, seconds, many_addresses):
    counts = {"401": 0, "429": 0, "5xx": 0, "other": 0, "errors": 0}
    lock = threading.Lock()
    stop = threading.Event()

    def guesser(n):
        rng = random.Random(n)
        while not stop.is_set():
            if many_addresses:
                name = f"guess{rng.randrange(10**9)}"
                ip = f"{rng.randrange(1, 224)}.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}"
                headers = {"x-forwarded-for": ip}
            else:
                name = rng.choice(["mei", "root", f"guess{rng.randrange(1000)}"])
                headers = {}
            try:
                status, _ = request(server.port, "POST", "/v1/auth/token",
                                    {"username": name, "password": f"guess {rng.random()}"}, headers)
                key = "401" if status == 401 else "429" if status == 429 else "5xx" if status >= 500 else "other"
            except OSError:
                key = "errors"
            with lock:
                counts[key] += 1

    threads = [threading.Thread(target=guesser, args=(n,), daemon=True) for n in range(clients)]
    latencies = []
    reader = threading.Thread(target=editor_reads, args=(server, stop, latencies), daemon=True)
    reader.start()
    for t in threads:
        t.start()
    time.sleep(seconds)
    stop.set()
    for t in threads + [reader]:
        t.join()
    return counts, latencies


def median_p95(values):
    if not values:
        return float("nan"), float("nan")
    ordered = sorted(values)
    return statistics.median(ordered), ordered[int(0.95 * (len(ordered) - 1))]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=64)
    parser.add_argument("--seconds", type=float, default=10)
    args = parser.parse_args()
    subprocess.run(["cargo", "build", "--release", "--locked", "--quiet"], cwd=ROOT, check=True)
    print(f"login flood: {args.clients} clients, {args.seconds:g} s each, on {os.cpu_count()} cores")
    print(f"{'flood':<15} {'requests':>8} {'401':>7} {'429':>7} {'5xx':>5} {'other':>5} {'err':>4} "
          f"{'RSS before':>10} {'peak RSS':>9} {'RSS after':>9} {'read p50 idle':>13} {'read p50':>9} {'read p95':>9}")
    failed = False
    for many in (False, True):
        server = Server(trusted_header=many)
        try:
            idle = []
            stop = threading.Event()
            t = threading.Thread(target=editor_reads, args=(server, stop, idle), daemon=True)
            t.start()
            time.sleep(2)
            stop.set()
            t.join()
            before = rss_mb(server.process.pid)
            counts, latencies = flood(server, args.clients, args.seconds, many)
            time.sleep(1)
            after = rss_mb(server.process.pid)
            peak = peak_rss_mb(server.process.pid)
            idle_p50, _ = median_p95(idle)
            p50, p95 = median_p95(latencies)
            total = sum(counts.values())
            name = "many-addresses" if many else "one-address"
            print(f"{name:<15} {total:>8} {counts['401']:>7} {counts['429']:>7} {counts['5xx']:>5} "
                  f"{counts['other']:>5} {counts['errors']:>4} {before:>8.0f}MB {peak:>7.0f}MB {after:>7.0f}MB "
                  f"{idle_p50:>11.1f}ms {p50:>7.1f}ms {p95:>7.1f}ms")
            failed |= counts["5xx"] > 0 or peak >= 600 or p50 >= 100
        finally:
            server.stop()
    print("targets (0 x 5xx, peak RSS < 600 MB, read p50 < 100 ms):", "missed" if failed else "met")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
