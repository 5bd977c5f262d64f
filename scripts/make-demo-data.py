#!/usr/bin/env python3
"""Writes the bundled demo review's source files (resources/demo/sources).

The story: on 2026-03-14 the checkout team turned on the `new-pricing-engine` flag in
production while a scheduled latency experiment on the inventory service was still running.
Checkout latency rose, an alert fired, the on-call engineer investigated in chat and
eventually turned the flag off. Deterministic (fixed seed) so the demo never changes by accident.
"""
import json, random, os
from datetime import datetime, timedelta, timezone

random.seed(20260314)
out = os.path.join(os.path.dirname(__file__), "..", "resources", "demo", "sources")
os.makedirs(out, exist_ok=True)
T0 = datetime(2026, 3, 14, 13, 40, 0, tzinfo=timezone.utc)

def iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond // 1000:03d}Z"

def at(minutes, seconds=0.0):
    return T0 + timedelta(minutes=minutes, seconds=seconds)

# --- checkout-api: JSON lines -------------------------------------------------------------
lines = []
def log(t, level, msg, **kw):
    rec = {"ts": iso(t), "level": level, "service": "checkout-api", "host": "checkout-7f9c", "msg": msg}
    rec.update(kw)
    lines.append((t, rec))

for i in range(0, 60 * 55, 20):  # 13:40 .. 14:35, every 20 s
    t = at(0, i + random.random())
    minute = i / 60
    if minute < 22:        # before the flag
        p99 = random.randint(180, 240)
    elif minute < 41:      # flag on + experiment: slow
        p99 = random.randint(1400, 3200) if minute > 24 else random.randint(400, 900)
    else:                  # after the flag was turned off
        p99 = random.randint(190, 260)
    level = "info" if p99 < 1000 else "warn"
    log(t, level, f"checkout completed p99={p99}ms orders_per_min={random.randint(80, 140)}",
        route="/api/checkout", p99_ms=p99)
log(at(22, 5), "info", "pricing engine selected: new-pricing-engine (flag on)", flag="new-pricing-engine")
log(at(24, 40), "warn", "upstream inventory call slow: 2100ms (timeout 2500ms)", upstream="inventory")
for k in range(8):
    log(at(25 + k * 2, 13), "error", "upstream inventory call timed out after 2500ms; retrying (attempt 2/3)",
        upstream="inventory", attempt=2)
log(at(29, 2), "error", "connection pool exhausted: 64/64 in use, 112 waiting", pool="pricing-db")
log(at(41, 30), "info", "pricing engine selected: legacy (flag off)", flag="new-pricing-engine")
lines.sort(key=lambda x: x[0])
with open(os.path.join(out, "checkout-api.jsonl"), "w") as f:
    for _, rec in lines:
        f.write(json.dumps(rec) + "\n")

# --- inventory: logfmt-like JSON too, a second lane ----------------------------------------
inv = []
for i in range(0, 60 * 55, 30):
    t = at(0, i + random.random() * 3)
    minute = i / 60
    latency = random.randint(20, 45) + (1800 if 15 <= minute < 35 else 0)
    inv.append((t, {"time": iso(t), "lvl": "INFO", "app": "inventory", "message":
                    f"GET /stock/batch 200 {latency}ms", "latency_ms": latency}))
inv.append((at(15, 0.4), {"time": iso(at(15, 0.4)), "lvl": "WARN", "app": "inventory",
            "message": "chaos: latency injection active (+1800ms on /stock/*) by chaos-toolkit"}))
inv.append((at(35, 0.2), {"time": iso(at(35, 0.2)), "lvl": "INFO", "app": "inventory",
            "message": "chaos: latency injection removed"}))
inv.sort(key=lambda x: x[0])
with open(os.path.join(out, "inventory.jsonl"), "w") as f:
    for _, rec in inv:
        f.write(json.dumps(rec) + "\n")

# --- LaunchDarkly audit log (REST listing) -------------------------------------------------
def ld(t, verb, member, kind_action, comment):
    return {
        "_id": f"65f2{int(t.timestamp())}", "date": int(t.timestamp() * 1000),
        "accesses": [{"action": kind_action, "resource": "proj/webshop:env/production:flag/new-pricing-engine"}],
        "kind": "flag", "name": "New pricing engine", "description": "", "shortDescription": "",
        "comment": comment,
        "member": {"_id": "m-" + member["first"].lower(), "email": member["email"],
                   "firstName": member["first"], "lastName": member["last"]},
        "titleVerb": verb, "title": f"{member['first']} {member['last']} {verb} New pricing engine in Production",
        "target": {"name": "New pricing engine", "resources": ["proj/webshop:env/production:flag/new-pricing-engine"]},
    }
alice = {"first": "Alice", "last": "Moreau", "email": "alice@example.com"}
bob = {"first": "Bob", "last": "Okafor", "email": "bob@example.com"}
items = [ld(at(41, 12), "turned off the flag", bob, "updateOn", "Turning off while we look at latency"),
         ld(at(22, 0), "turned on the flag", alice, "updateOn", "Rollout step 1: 100% after canary looked fine")]
with open(os.path.join(out, "launchdarkly-audit.json"), "w") as f:
    json.dump({"items": items, "totalCount": len(items)}, f, indent=2)

# --- Chaos Toolkit journal -----------------------------------------------------------------
def ts(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.%f")
probe = lambda t, ok: {"activity": {"type": "probe", "name": "checkout-p99-under-1s", "tolerance": True,
                                    "provider": {"type": "http", "url": "http://checkout/health/p99"}},
                       "output": ok, "status": "succeeded", "start": ts(t), "end": ts(t + timedelta(seconds=1)),
                       "duration": 1.0, "tolerance_met": ok}
journal = {
    "chaoslib-version": "1.42.0", "platform": "Linux", "node": "chaos-runner-1",
    "experiment": {"title": "Inventory latency does not hurt checkout",
                   "description": "Under +1.8 s latency on inventory, customers can still check out within 1 s",
                   "steady-state-hypothesis": {"title": "Checkout p99 stays under 1 s",
                                               "probes": [{"type": "probe", "name": "checkout-p99-under-1s",
                                                           "tolerance": True}]},
                   "method": [], "rollbacks": []},
    "start": ts(at(14, 58)), "status": "completed", "deviated": True,
    "steady_states": {"before": {"steady_state_met": True, "probes": [probe(at(14, 58), True)]},
                      "after": {"steady_state_met": False, "probes": [probe(at(35, 10), False)]},
                      "during": []},
    "run": [{"activity": {"type": "action", "name": "inject-latency-inventory",
                          "provider": {"type": "process", "path": "toxiproxy-cli", "arguments": "toxic add inventory"}},
             "output": {"status": 0}, "status": "succeeded", "start": ts(at(15, 0)), "end": ts(at(15, 0.4)),
             "duration": 0.4},
            {"activity": {"type": "action", "name": "remove-latency-inventory",
                          "provider": {"type": "process", "path": "toxiproxy-cli", "arguments": "toxic remove inventory"}},
             "output": {"status": 0}, "status": "succeeded", "start": ts(at(35, 0)), "end": ts(at(35, 0.2)),
             "duration": 0.2}],
    "rollbacks": [], "end": ts(at(35, 11)), "duration": 1213.0,
}
with open(os.path.join(out, "chaos-journal.json"), "w") as f:
    json.dump(journal, f, indent=2)

# --- Alertmanager webhook ------------------------------------------------------------------
alert = {"version": "4", "status": "resolved", "receiver": "oncall-pager", "groupKey": "{}:{alertname=\"CheckoutLatencyHigh\"}",
         "groupLabels": {"alertname": "CheckoutLatencyHigh"}, "commonLabels": {"alertname": "CheckoutLatencyHigh", "service": "checkout-api", "severity": "page"},
         "commonAnnotations": {"summary": "Checkout p99 above 1s for 5 minutes"}, "externalURL": "http://alertmanager:9093",
         "alerts": [{"status": "resolved", "labels": {"alertname": "CheckoutLatencyHigh", "service": "checkout-api", "severity": "page"},
                     "annotations": {"summary": "Checkout p99 above 1s for 5 minutes"},
                     "startsAt": iso(at(30, 0)), "endsAt": iso(at(44, 0)), "generatorURL": "http://prometheus:9090/graph",
                     "fingerprint": "c4f1e0a2b9d87e31"}]}
with open(os.path.join(out, "alertmanager.json"), "w") as f:
    json.dump(alert, f, indent=2)

# --- Slack channel day export ----------------------------------------------------------------
names = {"U02BOB": "Bob Okafor", "U01CAROL": "Carol Lindqvist", "U03ALICE": "Alice Moreau"}
def msg(t, user, text, thread=None):
    m = {"type": "message", "user": user, "text": text, "ts": f"{t.timestamp():.6f}",
         "user_profile": {"real_name": names[user], "display_name": names[user].split()[0].lower()}}
    if thread:
        m["thread_ts"] = thread
    return m
page = at(30, 40)
chat = [msg(page, "U02BOB", "ack CheckoutLatencyHigh, looking"),
        msg(at(31, 55), "U02BOB", "inventory calls are timing out from checkout, p99 ~3s", thread=f"{page.timestamp():.6f}"),
        msg(at(33, 10), "U01CAROL", "there is a chaos experiment on inventory this afternoon, is that it?", thread=f"{page.timestamp():.6f}"),
        msg(at(34, 30), "U02BOB", "experiment is scheduled to end 15:15, waiting for it", thread=f"{page.timestamp():.6f}"),
        msg(at(36, 45), "U02BOB", "experiment ended but p99 still high. pool for pricing-db exhausted?"),
        msg(at(39, 20), "U03ALICE", "new-pricing-engine went to 100% at 15:02, it calls pricing-db per line item"),
        msg(at(41, 0), "U02BOB", "turning new-pricing-engine off"),
        msg(at(44, 30), "U02BOB", "p99 back to 220ms, alert resolved")]
# A Slack export keeps a channel's days in a folder named after the channel.
os.makedirs(os.path.join(out, "inc-checkout"), exist_ok=True)
with open(os.path.join(out, "inc-checkout", "2026-03-14.json"), "w") as f:
    json.dump(chat, f, indent=2)
