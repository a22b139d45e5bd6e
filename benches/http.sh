#!/usr/bin/env bash
# Storefront reads over HTTP, side by side with nginx serving the same bytes.
#
# Needs: wrk and nginx (Debian: `apt-get install wrk nginx-light`); it installs nothing and
# says what is missing. Builds the release binary, starts marketguide on a fresh SQLite
# database and nginx on a folder holding the bodies marketguide answered, then runs each case
# A B A B ... (3 rounds by default: ROUNDS=5 for more) with `wrk -t2 -c64 -d${SECONDS_EACH}s`
# and prints per case the median req/s and p99, the ratio to nginx where nginx serves the
# same bytes, and each server's CPU time per request (all its threads, user + system; wrk
# shares the two cores, so req/s also depends on how the four threads are scheduled). Then
# the cross-node probe: a second marketguide on the same SQLite file, an approval on the
# first, and how long until the second serves the new release.
#
# Variants: MARKETGUIDE_PIN_WORKERS=off (workers not pinned to CPUs; the server reads it from
# the environment) and NGINX_SENDFILE=on (nginx as Debian's packaged nginx.conf sets it:
# `sendfile on; tcp_nopush on;`; off is nginx's compiled-in default).
set -euo pipefail
cd "$(dirname "$0")/.."

ROUNDS="${ROUNDS:-3}"
SECONDS_EACH="${SECONDS_EACH:-5}"
missing=()
for tool in wrk nginx curl python3; do
    command -v "$tool" >/dev/null || [ -x "/usr/sbin/$tool" ] || missing+=("$tool")
done
if [ "${#missing[@]}" -gt 0 ]; then
    echo "benches/http.sh needs: ${missing[*]} (Debian: apt-get install wrk nginx-light curl)" >&2
    exit 1
fi
NGINX="$(command -v nginx || echo /usr/sbin/nginx)"

cargo build --release --locked --quiet
BIN="$PWD/target/release/marketguide"
WORK="$(mktemp -d)"
PIDS=()
cleanup() {
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    rm -rf "$WORK"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
wait_ready() { for _ in $(seq 1 200); do curl -fs "http://127.0.0.1:$1/readyz" >/dev/null && return 0; sleep 0.05; done; return 1; }

export MARKETGUIDE_JWT_SECRET="http-bench-secret-0123456789abcdefghijklmnopqrstuvwxyz"
MG_PORT="$(free_port)"
"$BIN" --data-dir "$WORK/data" serve --bind "127.0.0.1:$MG_PORT" >"$WORK/mg.log" 2>&1 &
PIDS+=("$!")
wait_ready "$MG_PORT"
MG="http://127.0.0.1:$MG_PORT"

# nginx serves the very bytes marketguide answered, from files, with open_file_cache.
mkdir -p "$WORK/www"
curl -fs "$MG/v1/markets/JP" -o "$WORK/www/profile.json"
curl -fs -H 'accept-encoding: br' "$MG/v1/markets/JP" -o "$WORK/www/profile.json.br"
curl -fs "$MG/v1/markets" -o "$WORK/www/list.json"
curl -fs "$MG/v1/markets/CN/holidays?from=2026-01-01&to=2026-12-31" -o "$WORK/www/holidays.json"
curl -fs "$MG/v1/calendar?markets=CN,JP,US,DE,BR&from=2026-11-01&to=2027-01-29" -o "$WORK/www/calendar.json"
NG_PORT="$(free_port)"
cat >"$WORK/nginx.conf" <<EOF
worker_processes 2;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events { worker_connections 1024; }
http {
    access_log off;
    sendfile ${NGINX_SENDFILE:-off};
    tcp_nopush ${NGINX_SENDFILE:-off};
    open_file_cache max=100 inactive=60s;
    default_type application/json;
    types { }
    server {
        listen 127.0.0.1:$NG_PORT;
        root $WORK/www;
        location = /profile-br { default_type application/json; add_header Content-Encoding br; try_files /profile.json.br =404; }
    }
}
EOF
"$NGINX" -c "$WORK/nginx.conf" -g 'daemon off;' &
PIDS+=("$!")
for _ in $(seq 1 100); do curl -fs "http://127.0.0.1:$NG_PORT/profile.json" >/dev/null && break; sleep 0.05; done
NG="http://127.0.0.1:$NG_PORT"

# Lua for the POST cases.
cat >"$WORK/render.lua" <<'EOF'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"messages":["greeting"],"args":{"salutation":"formal","buyer_status":"returning","buyer_name":"Ana","shop_name":"Loja Sol"}}'
EOF

# name | marketguide URL | nginx URL (or -) | extra wrk args
CASES=(
    "profile JP (identity)|$MG/v1/markets/JP|$NG/profile.json|"
    "profile JP (br)|$MG/v1/markets/JP|$NG/profile-br|-H accept-encoding:br"
    "market list|$MG/v1/markets|$NG/list.json|"
    "CN holidays, one year|$MG/v1/markets/CN/holidays?from=2026-01-01&to=2026-12-31|$NG/holidays.json|"
    "calendar, 5 markets, 90 days|$MG/v1/calendar?markets=CN,JP,US,DE,BR&from=2026-11-01&to=2027-01-29|$NG/calendar.json|"
    "render greeting|$MG/v1/phrase-sets/customer-service/render|-|-s $WORK/render.lua"
)
if curl -fs -o /dev/null "$MG/v1/markets/JP/contact-window"; then
    CASES+=("contact window JP|$MG/v1/markets/JP/contact-window?at=2026-12-01T03:00:00Z|-|")
fi
if curl -fs -o /dev/null -X POST -H 'content-type: application/json' -d '{"market":"JP","text":"hi"}' "$MG/v1/lint"; then
    cat >"$WORK/lint.lua" <<'EOF'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"market":"JP","text":"Thank you for your order! We will ship it within 2 business days and send you the tracking number."}'
EOF
    CASES+=("lint JP message|$MG/v1/lint|-|-s $WORK/lint.lua")
fi

# Server CPU (user + system, all threads) of the given processes, in clock ticks.
cpu_ticks() {
    local total=0 pid stat
    for pid in "$@"; do
        for stat in /proc/"$pid"/task/*/stat; do
            # Fields 14 and 15 (utime, stime), counted after the ")" that ends the name.
            total=$((total + $(sed 's/.*) //' "$stat" | awk '{print $12 + $13}')))
        done
    done
    echo "$total"
}
TICK_US="$(python3 -c 'import os; print(1e6 / os.sysconf("SC_CLK_TCK"))')"

# One wrk run against the server whose processes are $3...: prints "req/s p99 cpu_us", the
# last being the server's CPU time per request (steadier than req/s on a noisy machine).
run_wrk() {
    local url="$1" extra="$2" out before after
    shift 2
    before="$(cpu_ticks "$@")"
    # shellcheck disable=SC2086
    out="$(wrk -t2 -c64 -d"${SECONDS_EACH}s" --latency $extra "$url")"
    after="$(cpu_ticks "$@")"
    local rps p99 n
    rps="$(awk '/Requests\/sec/ {print $2}' <<<"$out")"
    p99="$(awk '$1 == "99%" {print $2}' <<<"$out")"
    n="$(awk '/requests in/ {print $1}' <<<"$out")"
    echo "$rps $p99 $(python3 -c "print(round(($after - $before) * $TICK_US / max($n, 1), 2))")"
}
to_ms() { python3 -c 'import sys; v=sys.argv[1]; print(round(float(v[:-2])/1000,2) if v.endswith("us") else round(float(v[:-2]),2) if v.endswith("ms") else round(float(v[:-1])*1000,2))' "$1"; }
median() { python3 -c 'import sys,statistics; print(statistics.median(float(x) for x in sys.argv[1:]))' "$@"; }

MG_PIDS=("${PIDS[0]}")
NG_PIDS=("${PIDS[1]}" $(pgrep -P "${PIDS[1]}"))
printf '%-30s %12s %10s %12s %10s %8s %14s\n' case "mg req/s" "mg p99" "nginx req/s" "nginx p99" ratio "cpu µs mg/ng"
for case in "${CASES[@]}"; do
    IFS='|' read -r name mg_url ng_url extra <<<"$case"
    mg_rps=(); mg_p99=(); mg_cpu=(); ng_rps=(); ng_p99=(); ng_cpu=()
    for _ in $(seq 1 "$ROUNDS"); do
        read -r r p c < <(run_wrk "$mg_url" "$extra" "${MG_PIDS[@]}")
        mg_rps+=("$r"); mg_p99+=("$(to_ms "$p")"); mg_cpu+=("$c")
        if [ "$ng_url" != "-" ]; then
            read -r r p c < <(run_wrk "$ng_url" "$extra" "${NG_PIDS[@]}")
            ng_rps+=("$r"); ng_p99+=("$(to_ms "$p")"); ng_cpu+=("$c")
        fi
    done
    m_r="$(median "${mg_rps[@]}")"; m_p="$(median "${mg_p99[@]}")"; m_c="$(median "${mg_cpu[@]}")"
    if [ "$ng_url" != "-" ]; then
        n_r="$(median "${ng_rps[@]}")"; n_p="$(median "${ng_p99[@]}")"; n_c="$(median "${ng_cpu[@]}")"
        ratio="$(python3 -c "print(f'{$m_r/$n_r:.2f}')")"
    else
        n_r="-"; n_p="-"; n_c="-"; ratio="-"
    fi
    printf '%-30s %12.0f %9sms %12s %9sms %8s %14s\n' "$name" "$m_r" "$m_p" "$n_r" "$n_p" "$ratio" "$m_c/$n_c"
done

# Cross-node: a second server on the same SQLite file sees an approval within how long?
SECOND_PORT="$(free_port)"
"$BIN" --data-dir "$WORK/data" serve --bind "127.0.0.1:$SECOND_PORT" >"$WORK/mg2.log" 2>&1 &
PIDS+=("$!")
wait_ready "$SECOND_PORT"
python3 - "$BIN" "$WORK/data" "$MG" "http://127.0.0.1:$SECOND_PORT" <<'EOF'
import json, os, subprocess, sys, time, urllib.request
bin_, data, first, second = sys.argv[1:]
env = dict(os.environ, MARKETGUIDE_PASSWORD="a long enough passphrase")
for name, role in [("ed", "editor"), ("rev", "reviewer")]:
    subprocess.run([bin_, "--data-dir", data, "user", "add", name, "--role", role], env=env, check=True, capture_output=True)
def call(base, method, path, body=None, token=None, headers=None):
    req = urllib.request.Request(base + path, method=method, data=json.dumps(body).encode() if body is not None else None)
    req.add_header("content-type", "application/json")
    if token: req.add_header("authorization", "Bearer " + token)
    for k, v in (headers or {}).items(): req.add_header(k, v)
    with urllib.request.urlopen(req) as r:
        return r.headers, json.loads(r.read() or b"null")
tok = {n: call(first, "POST", "/v1/auth/token", {"username": n, "password": "a long enough passphrase"})[1]["access_token"] for n in ("ed", "rev")}
delays = []
for i in range(3):
    _, doc = call(first, "GET", "/v1/documents/text/en-US/market/JP", token=tok["ed"])
    h, cs = call(first, "POST", "/v1/changesets", {"title": f"probe {i}"}, tok["ed"])
    h, cs = call(first, "PUT", f"/v1/changesets/{cs['number']}/edits",
                 {"document": "text/en-US/market/JP", "content": doc["content"] + f"\n# probe {i}\n", "base_revision": doc["head_revision"]},
                 tok["ed"], {"if-match": h["etag"]})
    call(first, "POST", f"/v1/changesets/{cs['number']}/submit", token=tok["ed"])
    _, done = call(first, "POST", f"/v1/changesets/{cs['number']}/approve", {"comment": ""}, tok["rev"])
    approved = time.perf_counter()
    while True:
        _, profile = call(second, "GET", "/v1/markets/JP")
        if profile["release"] >= done["release"]:
            break
        time.sleep(0.005)
    delays.append((time.perf_counter() - approved) * 1000)
delays.sort()
print(f"cross-node (SQLite, 2 servers): release seen on the other node after {delays[len(delays)//2]:.0f} ms median of {len(delays)} ({', '.join(f'{d:.0f}' for d in delays)} ms)")
EOF
