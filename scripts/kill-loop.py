#!/usr/bin/env python3
"""Kills `wrap` in the middle of writing, again and again, and counts the damage.

For each kind of write (PDF, JSON and Markdown exports, interview saves, and a write stopped
by the file size limit, SIGXFSZ) it starts `wrap`, kills it with SIGKILL after a random
moment inside the write, and then looks at the folder:

  partial   the output is neither the previous file nor the complete new one
  left      hidden temporary files (`.NAME.XXXXXX.tmp`) right after the kill
  after     temporary files still there after the next write of the same file

A sound program shows `partial 0` and `after 0`; `left` only says how often a kill landed
inside a write (those files are removed by the next write).

Usage: scripts/kill-loop.py [--wrap PATH] [--runs N] [--seed N]
(default: target/debug/wrap, built first with `cargo build -p wrap-cli`; 40 runs per kind).
"""

import argparse
import json
import os
import pty
import random
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ENV = dict(os.environ, WRAP_TODAY="2026-11-23", NO_COLOR="1", TERM="xterm")


def temporaries(folder):
    return sorted(n for n in os.listdir(folder) if n.startswith(".") and n.endswith(".tmp"))


def timed(command, cwd, limit=None):
    """Runs a command to the end; gives its duration."""
    start = time.monotonic()
    subprocess.run(command, cwd=cwd, env=ENV, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL, preexec_fn=limit)
    return time.monotonic() - start


def export_loop(wrap, folder, kind, runs, rng):
    """Exports the full sample over an older export, killing each run part way."""
    plan = os.path.join(folder, "plan.json")
    shutil.copy(os.path.join(ROOT, "examples", "full.json"), plan)
    out = os.path.join(folder, "out." + kind)
    old = os.path.join(folder, "old.json")
    shutil.copy(os.path.join(ROOT, "examples", "minimal.json"), old)
    command = [wrap, "export", "plan.json", "-o", os.path.basename(out)]
    # The complete new output, and the previous one each run starts from.
    timed(command, folder)
    with open(out, "rb") as f:
        complete = f.read()
    timed([wrap, "export", "old.json", "-o", os.path.basename(out)], folder)
    with open(out, "rb") as f:
        previous = f.read()
    duration = max(timed(command, folder), 0.01)
    counts = {"runs": runs, "killed": 0, "partial": 0, "left": 0, "after": 0}
    for _ in range(runs):
        with open(out, "wb") as f:
            f.write(previous)
        os.chmod(out, 0o600)
        process = subprocess.Popen(command, cwd=folder, env=ENV, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0, duration * 1.1))
        if process.poll() is None:
            counts["killed"] += 1
        process.send_signal(signal.SIGKILL)
        process.wait()
        with open(out, "rb") as f:
            now = f.read()
        if now not in (previous, complete):
            counts["partial"] += 1
        if temporaries(folder):
            counts["left"] += 1
            timed(command, folder)
            if temporaries(folder):
                counts["after"] += 1
    return counts


def file_size_loop(wrap, folder, runs):
    """Exports under a file size limit smaller than the PDF: the kernel sends SIGXFSZ."""
    plan = os.path.join(folder, "plan.json")
    shutil.copy(os.path.join(ROOT, "examples", "full.json"), plan)
    command = [wrap, "export", "plan.json", "-o", "out.pdf"]
    counts = {"runs": runs, "killed": 0, "partial": 0, "left": 0, "after": 0}

    def small_files():
        import resource
        resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))

    for _ in range(runs):
        if os.path.exists(os.path.join(folder, "out.pdf")):
            os.remove(os.path.join(folder, "out.pdf"))
        result = subprocess.run(command, cwd=folder, env=ENV, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL, preexec_fn=small_files)
        if result.returncode < 0:
            counts["killed"] += 1
        if os.path.exists(os.path.join(folder, "out.pdf")):
            counts["partial"] += 1
        if temporaries(folder):
            counts["left"] += 1
            timed(command, folder)
            if temporaries(folder):
                counts["after"] += 1
        os.remove(os.path.join(folder, "out.pdf"))
    return counts


def interview_loop(wrap, folder, runs, rng):
    """Carries on with a plan in a pseudo-terminal, typing answers (each one saved) and
    killing `wrap` at a random moment."""
    plan = os.path.join(folder, "plan.json")
    shutil.copy(os.path.join(ROOT, "examples", "full.json"), plan)
    counts = {"runs": runs, "killed": 0, "partial": 0, "left": 0, "after": 0}

    def sitting(answers, kill_after):
        pid, fd = pty.fork()
        if pid == 0:
            os.chdir(folder)
            os.execve(wrap, [wrap, "new", "plan.json"], ENV)
        start = time.monotonic()
        typed = 0
        deadline = start + kill_after
        while time.monotonic() < deadline:
            ready, _, _ = select.select([fd], [], [], 0.02)
            if ready:
                try:
                    os.read(fd, 65536)
                except OSError:
                    break
            elif typed < answers:
                os.write(fd, b"\r" if typed == 0 else b"answer %d\r" % typed)
                typed += 1
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        os.close(fd)

    for _ in range(runs):
        sitting(answers=rng.randint(2, 12), kill_after=rng.uniform(0.2, 2.5))
        counts["killed"] += 1
        result = subprocess.run([wrap, "show", "plan.json"], cwd=folder, env=ENV,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if result.returncode != 0:
            counts["partial"] += 1
        try:
            with open(plan) as f:
                json.load(f)
        except ValueError:
            counts["partial"] += 1
        if temporaries(folder):
            counts["left"] += 1
            # The next sitting's first save cleans up; let it save one answer.
            sitting(answers=2, kill_after=3.0)
            if [t for t in temporaries(folder) if t.startswith(".plan.json.")]:
                counts["after"] += 1
    return counts


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wrap", default=os.path.join(ROOT, "target", "debug", "wrap"))
    parser.add_argument("--runs", type=int, default=40)
    parser.add_argument("--seed", type=int, default=16)
    args = parser.parse_args()
    if args.wrap == os.path.join(ROOT, "target", "debug", "wrap"):
        subprocess.run(["cargo", "build", "-q", "-p", "wrap-cli"], cwd=ROOT, check=True)
    wrap = os.path.abspath(args.wrap)
    rng = random.Random(args.seed)
    total = {"partial": 0, "after": 0}
    print(f"{'write':<12}{'runs':>6}{'killed':>8}{'partial':>9}{'left':>6}{'after':>7}")
    for kind in ["pdf", "json", "md", "interview", "SIGXFSZ"]:
        with tempfile.TemporaryDirectory() as folder:
            if kind == "interview":
                counts = interview_loop(wrap, folder, args.runs, rng)
            elif kind == "SIGXFSZ":
                counts = file_size_loop(wrap, folder, args.runs)
            else:
                counts = export_loop(wrap, folder, kind, args.runs, rng)
        print(f"{kind:<12}{counts['runs']:>6}{counts['killed']:>8}{counts['partial']:>9}"
              f"{counts['left']:>6}{counts['after']:>7}", flush=True)
        total["partial"] += counts["partial"]
        total["after"] += counts["after"]
    print(f"partial outputs: {total['partial']}, temporary files left after the next "
          f"write: {total['after']}")
    sys.exit(1 if total["partial"] or total["after"] else 0)


if __name__ == "__main__":
    main()
