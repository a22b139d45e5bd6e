#!/usr/bin/env bash
# The integrators' contract: clients generated from openapi/openapi.json must work unchanged.
#
#   bash tests/contract/run.sh [lint] [python] [typescript] [go] [schemathesis]   (default: all)
#
# Builds the server (cargo build --locked), starts it on a fresh SQLite database with the seed
# content, generates the Python, TypeScript and Go clients into a temporary directory (never
# committed), runs the flows and checks against it, then stops it. Tools are pinned here and in
# the files beside this script and installed into a cache (CONTRACT_CACHE, default
# ${TMPDIR:-/tmp}/marketguide-contract-cache); only Java and Go come from the system (Debian).
# Every step runs even when an earlier one failed; the exit code is non-zero if any failed.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
SPEC="$ROOT/openapi/openapi.json"
CACHE="${CONTRACT_CACHE:-${TMPDIR:-/tmp}/marketguide-contract-cache}"
STEPS="${*:-lint python typescript go schemathesis}"

# The bounds of the schemathesis run (the tools' versions are pinned in requirements.txt and
# package-lock.json).
SCHEMATHESIS_SEED=13
SCHEMATHESIS_MAX_EXAMPLES="${CONTRACT_ST_MAX_EXAMPLES:-20}"
SCHEMATHESIS_MAX_TIME="${CONTRACT_ST_MAX_TIME:-240}"

say() { printf '\n-- %s\n' "$*"; }
# A cache key from the files' contents (not their paths: any clone shares the cache).
hash_of() { cat "$@" | sha256sum | cut -c1-16; }

WORK="$(mktemp -d "${TMPDIR:-/tmp}/marketguide-contract.XXXXXX")"
SERVER_PID=""
cleanup() {
    if [ -n "$SERVER_PID" ]; then
        kill "$SERVER_PID" 2>/dev/null || true
        wait "$SERVER_PID" 2>/dev/null || true
    fi
    if [ -n "${CONTRACT_KEEP:-}" ]; then echo "kept $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT

# ---------------------------------------------------------------------------------------------
# Tools
# ---------------------------------------------------------------------------------------------
apt_install() {
    local missing=()
    for pkg in "$@"; do dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg"); done
    [ ${#missing[@]} -eq 0 ] && return 0
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    say "apt-get install ${missing[*]}"
    $sudo apt-get update -qq
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
}

install_tools() {
    mkdir -p "$CACHE"
    # Java runs openapi-generator (its JAR ships in the PyPI package); Go compiles its client;
    # gopkg.in/validator.v2, the one module the generated Go client may import, comes from
    # Debian because the Go module proxy is not reachable here.
    command -v java >/dev/null || apt_install default-jre-headless
    command -v go >/dev/null || apt_install golang-go
    apt_install golang-gopkg-validator.v2-dev
    command -v node >/dev/null || apt_install nodejs npm
    local node_major
    node_major="$(node -p 'process.versions.node.split(".")[0]')"
    if [ "$node_major" -lt 20 ]; then
        echo "Node.js 20 or newer is needed (Redocly CLI 2, openapi-typescript 7); found $(node --version)" >&2
        exit 1
    fi

    local py_key
    py_key="$(hash_of "$HERE/requirements.txt")"
    VENV="$CACHE/venv-$py_key"
    if [ ! -e "$VENV/.complete" ]; then
        say "python tools into $VENV"
        rm -rf "$VENV"
        python3 -m venv "$VENV"
        "$VENV/bin/pip" install --quiet --disable-pip-version-check -r "$HERE/requirements.txt"
        touch "$VENV/.complete"
    fi

    local node_key
    node_key="$(hash_of "$HERE/package.json" "$HERE/package-lock.json")"
    NODE_DIR="$CACHE/node-$node_key"
    if [ ! -e "$NODE_DIR/.complete" ]; then
        say "node tools into $NODE_DIR (npm ci)"
        rm -rf "$NODE_DIR"
        mkdir -p "$NODE_DIR"
        cp "$HERE/package.json" "$HERE/package-lock.json" "$NODE_DIR/"
        # No install scripts: none of these tools needs one (the only one is a telemetry ping).
        (cd "$NODE_DIR" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
        touch "$NODE_DIR/.complete"
    fi
    NODE_BIN="$NODE_DIR/node_modules/.bin"
    export REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true SCARF_ANALYTICS=false

    export GOPATH="$CACHE/go" GOCACHE="$CACHE/go-build" GOPROXY=off GOFLAGS=-mod=mod \
        GONOSUMDB='*' GOTOOLCHAIN=local GOTELEMETRY=off
    echo "tools: $(java -version 2>&1 | head -1); $(go version); node $(node --version)"
    echo "       $("$VENV/bin/pip" freeze | grep -iE '^(openapi-python-client|schemathesis|openapi-generator-cli)==' | tr '\n' ' ')"
}

# ---------------------------------------------------------------------------------------------
# The server: the debug binary on a fresh database with the seed content
# ---------------------------------------------------------------------------------------------
ADMIN_USER=contract-admin
ADMIN_PASSWORD="contract admin $(head -c 12 /dev/urandom | base64)"
GO_EDITOR=go-editor
GO_EDITOR_PASSWORD="go editor $(head -c 12 /dev/urandom | base64)"

start_server() {
    say "cargo build --locked"
    (cd "$ROOT" && cargo build --locked --quiet)
    BIN="$ROOT/target/debug/marketguide"
    local data="$WORK/data"
    mkdir -p "$data"
    unset MARKETGUIDE_DATABASE_URL MARKETGUIDE_SEED_DIR MARKETGUIDE_BIND MARKETGUIDE_DEV
    export MARKETGUIDE_DATA_DIR="$data"
    MARKETGUIDE_JWT_SECRET="$(head -c 48 /dev/urandom | base64)"
    export MARKETGUIDE_JWT_SECRET
    "$BIN" migrate >/dev/null 2>&1
    MARKETGUIDE_PASSWORD="$ADMIN_PASSWORD" "$BIN" user add "$ADMIN_USER" --role admin
    MARKETGUIDE_PASSWORD="$GO_EDITOR_PASSWORD" "$BIN" user add "$GO_EDITOR" --role editor
    "$BIN" --log-json serve --bind 127.0.0.1:0 --workers 2 2>"$WORK/server.log" &
    SERVER_PID=$!
    local address=""
    for _ in $(seq 1 600); do
        address="$(grep -m1 'marketguide is serving' "$WORK/server.log" 2>/dev/null |
            python3 -c 'import json,sys; print(json.load(sys.stdin)["fields"]["address"])' 2>/dev/null || true)"
        [ -n "$address" ] && break
        kill -0 "$SERVER_PID" 2>/dev/null || { cat "$WORK/server.log" >&2; echo "the server died" >&2; exit 1; }
        sleep 0.1
    done
    [ -n "$address" ] || { echo "the server did not start" >&2; exit 1; }
    BASE_URL="http://$address"
    echo "server: $BASE_URL (release 1 from the seed content, database in $data)"
}

# ---------------------------------------------------------------------------------------------
# Steps
# ---------------------------------------------------------------------------------------------
step_lint() {
    local ok=0
    say "redocly lint (recommended rules)"
    "$NODE_BIN/redocly" lint --config "$HERE/redocly.yaml" --format=stylish "$SPEC" >"$WORK/redocly.out" 2>&1 || ok=1
    # Without the boxed banner about Node versions.
    grep -v -e '^\s*$' -e '║' -e '╔' -e '╚' "$WORK/redocly.out" || true
    say "spectral lint (spectral:oas)"
    "$NODE_BIN/spectral" lint --ruleset "$HERE/.spectral.yaml" --fail-severity error "$SPEC" || ok=1
    return $ok
}

step_python() {
    say "openapi-python-client generate"
    local out="$WORK/gen/python"
    mkdir -p "$out"
    "$VENV/bin/openapi-python-client" generate --path "$SPEC" --meta none \
        --config "$HERE/python/generator.yaml" --output-path "$out/marketguide_client" || return 1
    say "python flow"
    MG_BASE_URL="$BASE_URL" MG_ADMIN_USER="$ADMIN_USER" MG_ADMIN_PASSWORD="$ADMIN_PASSWORD" MG_FLOW_TAG=py \
        PYTHONPATH="$out" "$VENV/bin/python" "$HERE/python/flow.py"
}

step_typescript() {
    local dir="$WORK/ts"
    mkdir -p "$dir"
    cp "$HERE/typescript/flow.ts" "$HERE/typescript/tsconfig.json" "$dir/"
    printf '{"type": "module"}\n' >"$dir/package.json"
    ln -s "$NODE_DIR/node_modules" "$dir/node_modules"
    say "openapi-typescript"
    "$NODE_BIN/openapi-typescript" "$SPEC" --output "$dir/schema.d.ts" || return 1
    say "tsc --strict"
    local errors=0
    "$NODE_BIN/tsc" -p "$dir" --pretty false >"$dir/tsc.out" 2>&1 || true
    errors="$(grep -c 'error TS' "$dir/tsc.out" || true)"
    cat "$dir/tsc.out"
    echo "tsc: $errors errors"
    [ "$errors" -eq 0 ] || return 1
    say "typescript flow"
    MG_BASE_URL="$BASE_URL" MG_ADMIN_USER="$ADMIN_USER" MG_ADMIN_PASSWORD="$ADMIN_PASSWORD" MG_FLOW_TAG=ts \
        node "$dir/dist/flow.js"
}

step_go() {
    local gen="$WORK/gen/go" check="$WORK/go"
    say "openapi-generator generate -g go"
    "$VENV/bin/openapi-generator-cli" generate --input-spec "$SPEC" --generator-name go \
        --output "$gen" --package-name marketguide --additional-properties=withGoMod=false \
        >"$WORK/go-generate.log" 2>&1 || { cat "$WORK/go-generate.log"; return 1; }
    grep -E 'WARN|ERROR' "$WORK/go-generate.log" || true
    rm -rf "$gen/test"
    # The client's own go.mod; its third-party imports resolved from local copies only.
    {
        printf 'module marketguide.test/client\n\ngo 1.19\n'
        if grep -rqs '"gopkg.in/validator.v2"' "$gen"; then
            mkdir -p "$WORK/mod"
            cp -r /usr/share/gocode/src/gopkg.in/validator.v2 "$WORK/mod/validator.v2"
            rm -f "$WORK/mod/validator.v2/"*_test.go
            printf 'module gopkg.in/validator.v2\n\ngo 1.19\n' >"$WORK/mod/validator.v2/go.mod"
            printf '\nrequire gopkg.in/validator.v2 v2.0.1\n\nreplace gopkg.in/validator.v2 => %s\n' "$WORK/mod/validator.v2"
        fi
    } >"$gen/go.mod"
    local others
    others="$(grep -rhoE '^\s*"[a-z0-9.-]+\.[a-z]+/[^"]+"' "$gen"/*.go | tr -d ' \t"' | sort -u | grep -v '^gopkg.in/validator.v2$' || true)"
    if [ -n "$others" ]; then
        echo "the generated Go client imports modules not available offline: $others"
        return 1
    fi
    mkdir -p "$check"
    cp "$HERE/go/main.go" "$check/"
    cat >"$check/go.mod" <<EOF
module marketguide.test/contract

go 1.19

require marketguide.test/client v0.0.0

replace marketguide.test/client => $gen
EOF
    if grep -q validator "$gen/go.mod"; then
        printf '\nreplace gopkg.in/validator.v2 => %s\n' "$WORK/mod/validator.v2" >>"$check/go.mod"
    fi
    say "go build (offline)"
    (cd "$check" && go build -o "$WORK/go-check" .) || return 1
    say "go decode check"
    MG_BASE_URL="$BASE_URL" MG_EDITOR_USER="$GO_EDITOR" MG_EDITOR_PASSWORD="$GO_EDITOR_PASSWORD" "$WORK/go-check"
}

step_schemathesis() {
    say "schemathesis (seed $SCHEMATHESIS_SEED, at most $SCHEMATHESIS_MAX_EXAMPLES examples per operation, ${SCHEMATHESIS_MAX_TIME}s)"
    local token before after
    # A token for an admin account of its own, minted offline: the flows' accounts stay
    # untouched by what the fuzzer does with users.
    MARKETGUIDE_PASSWORD="fuzz admin $(head -c 12 /dev/urandom | base64)" "$BIN" user add fuzz-admin --role admin >/dev/null
    token="$("$BIN" token fuzz-admin 2>/dev/null)"
    before="$(requests_served)"
    local rc=0
    # From the work directory: schemathesis keeps a cache of crashes in the current one. One
    # worker: with two, Hypothesis' lambda-source cache races ("AST constructor recursion
    # depth mismatch", a runtime error of the tool, not of the server).
    (cd "$WORK" && "$VENV/bin/schemathesis" run "$SPEC" --url "$BASE_URL" \
        --seed "$SCHEMATHESIS_SEED" --max-examples "$SCHEMATHESIS_MAX_EXAMPLES" \
        --max-time "$SCHEMATHESIS_MAX_TIME" --checks all --workers 1 --no-color --output-truncate false \
        --header "Authorization: Bearer $token" \
        --report json,ndjson --report-dir "$WORK/schemathesis") >"$WORK/schemathesis.out" 2>&1 || rc=$?
    after="$(requests_served)"
    # Errors of schemathesis itself (cut short: a traceback can run to megabytes), then its summary.
    sed -n '/^=* ERRORS =*$/,/^=* FAILURES =*$/p' "$WORK/schemathesis.out" | cut -c1-300 | head -40
    sed -n '/^=* SUMMARY/,$p' "$WORK/schemathesis.out"
    echo "schemathesis exit code: $rc; requests the server answered: $((after - before))"
    "$VENV/bin/python" "$HERE/schemathesis/triage.py" "$WORK/schemathesis" "$WORK/schemathesis.out"
}

# Requests the server has answered so far, from its own Prometheus counter.
requests_served() {
    curl -s "$BASE_URL/metrics" | python3 -c '
import sys
total = 0
for line in sys.stdin:
    if line.startswith("#"):
        continue
    name = line.split("{", 1)[0].split(" ", 1)[0]
    if name.endswith("_requests_total"):
        total += float(line.rsplit(" ", 1)[1])
print(int(total))'
}

# ---------------------------------------------------------------------------------------------
install_tools
case " $STEPS " in
*" python "* | *" typescript "* | *" go "* | *" schemathesis "*) start_server ;;
esac

passed=0 failed=0 failures=""
for step in $STEPS; do
    started=$SECONDS
    if "step_$step"; then
        passed=$((passed + 1))
        echo "PASS $step ($((SECONDS - started)) s)"
    else
        failed=$((failed + 1))
        failures="$failures $step"
        echo "FAIL $step ($((SECONDS - started)) s)"
    fi
done
echo
[ -n "$failures" ] && echo "failed steps:$failures"
echo "contract: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
