#!/usr/bin/env python3
"""Turns the raw measurements of bench/run.sh into a table and a JSON file with the machine."""
import datetime, json, os, platform, statistics, subprocess, sys

work, results, build = sys.argv[1:4]


def lines(name):
    with open(os.path.join(work, name)) as f:
        return [l.split() for l in f if l.strip()]


def load(name):
    with open(os.path.join(work, name)) as f:
        return json.load(f)


def cmd(*args):
    try:
        return subprocess.run(args, capture_output=True, text=True, timeout=20).stdout.strip()
    except Exception:
        return ""


startup = {"baseline": [], "console": []}
rss = {"baseline": [], "console": []}
for name, us, kb in lines("startup.txt"):
    startup[name].append(int(us) / 1000.0)
    rss[name].append(int(kb) / 1024.0)

cold_ait = [x for x in load("cold-ait.json")["ms"] if x >= 0]
cold_curl = [float(l[0]) * 1000 for l in lines("cold-curl.txt")]
warm_ait = [x for x in load("warm-ait.json")["ms"] if x >= 0]
warm_curl = [float(l[0]) * 1000 for l in lines("warm-curl.txt")][1:]  # the first one opened the connection
inflight_ait = load("inflight-ait.json")
inflight_curl_s = int(lines("inflight-curl.txt")[0][0]) / 1e9
calls = inflight_ait["calls"]

med = statistics.median
rows = [
    ("start-up: window mapped (ms, median)", med(startup["console"]), med(startup["baseline"]), "bare Qt window", 1.3, "<="),
    ("idle RSS 1 s after mapping (MB, median)", med(rss["console"]), med(rss["baseline"]), "bare Qt window", None, None),
    ("cold call, new connection (ms, median)", med(cold_ait), med(cold_curl), "curl", 1.1, "<="),
    ("warm call, reused connection (ms, median)", med(warm_ait), med(warm_curl), "curl, one process", 1.2, "<="),
    ("6 in flight (calls/s)", calls / inflight_ait["seconds"], calls / inflight_curl_s, "curl --parallel", 1.0, ">="),
]

machine = {
    "cpu": cmd("sh", "-c", "lscpu | sed -n 's/^Model name: *//p'") or platform.processor(),
    "cores": os.cpu_count(),
    "kernel": platform.release(),
    "qt": cmd("sh", "-c", "dpkg-query -W -f='${Version}' libqt6core6"),
    "openssl": cmd("openssl", "version"),
    "curl": cmd("sh", "-c", "curl --version | head -1"),
}
print()
print(f"{'measure':44} {'ait-console':>12} {'baseline':>12} {'ratio':>7}  target  against")
report = []
for label, ours, base, against, target, op in rows:
    ratio = ours / base if base else float("nan")
    ok = "" if target is None else ("ok" if (ratio <= target if op == "<=" else ratio >= target) else "MISSED")
    tgt = "" if target is None else f"{op}{target}"
    print(f"{label:44} {ours:12.2f} {base:12.2f} {ratio:7.2f}  {tgt:6} {against} {ok}")
    report.append({"measure": label, "ait": ours, "baseline": base, "ratio": ratio, "target": tgt, "against": against, "met": ok})
console_rss = med(rss["console"])
print(f"idle RSS target <= 50 MB: {'ok' if console_rss <= 50 else 'MISSED'} ({console_rss:.1f} MB)")
print(f"samples: start-up {len(startup['console'])}+{len(startup['baseline'])}, cold {len(cold_ait)}+{len(cold_curl)}, "
      f"warm {len(warm_ait)}+{len(warm_curl)}, in flight {calls} each ({inflight_ait['failures']} failures)")

stamp = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H%M%SZ")
out = os.path.join(results, f"{stamp}.json")
with open(out, "w") as f:
    json.dump({"date": stamp, "machine": machine, "results": report,
               "raw": {"startup_ms": startup, "rss_mb": rss, "cold_ms": {"ait": cold_ait, "curl": cold_curl},
                       "warm_ms_median": {"ait": med(warm_ait), "curl": med(warm_curl)},
                       "inflight_s": {"ait": inflight_ait["seconds"], "curl": inflight_curl_s, "calls": calls}}},
              f, indent=2)
print(f"written: {os.path.relpath(out)}")
