# Shared by local/run, scripts/test, scripts/bench and .ci/run: pick a JDK, find moto, build what is out of date.
# Source it; it defines functions and sets ROOT.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

say() { printf '\033[1m[%s]\033[0m %s\n' "${SAY_AS:-ultramarket}" "$*" >&2; }
die() { say "error: $*"; exit 1; }

java_major() { "$1/bin/java" -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.specification.version/ {print $2; exit}'; }

# A JDK of release 21 or newer: $JAVA_HOME if it is one, then the `java` on PATH, then the newest under /usr/lib/jvm.
use_jdk() {
  local candidate home
  for candidate in "${JAVA_HOME:-}" "$(dirname "$(dirname "$(readlink -f "$(command -v java 2>/dev/null || echo /nonexistent)")")")" \
                   $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -rV); do
    home="${candidate%/}"
    [ -n "$home" ] && [ -x "$home/bin/javac" ] || continue
    if [ "$(java_major "$home" 2>/dev/null || echo 0)" -ge 21 ] 2>/dev/null; then
      export JAVA_HOME="$home" PATH="$home/bin:$PATH"
      # Maven's own Guava trips JDK 24+'s sun.misc.Unsafe warning on every run; it is Maven's, not ours.
      if [ "$(java_major "$home")" -ge 24 ]; then export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"; fi
      return 0
    fi
  done
  die "UltraMarket needs a JDK 21 or newer (found none in JAVA_HOME, PATH or /usr/lib/jvm). Install one, e.g. Temurin 21, and set JAVA_HOME."
}

# moto (the AWS emulator behind SNS, SQS, SES, S3, Secrets Manager locally) lives in a pyenv Python on these machines.
use_moto() {
  [ -d "$HOME/.pyenv/shims" ] && export PATH="$PATH:$HOME/.pyenv/shims"
  if [ -n "${AWS_ENDPOINT_URL:-}" ]; then return 0; fi
  command -v moto_server >/dev/null 2>&1 && moto_server --help >/dev/null 2>&1 && return 0
  die "moto_server is not available. Install it with: pip install 'moto[server]' (or set AWS_ENDPOINT_URL to a running LocalStack)."
}

MVN=(mvn -B -q -Dstyle.color=never)

# True when some Maven input is newer than the stamp of the last successful build.
backend_stale() {
  local stamp="$ROOT/local/target/.built"
  [ -f "$stamp" ] && [ -f "$ROOT/local/target/classpath.txt" ] || return 0
  [ -n "$(find "$ROOT/pom.xml" "$ROOT/functions" "$ROOT/local" "$ROOT/infra" \
          \( -name target -o -name node_modules -o -name .data \) -prune -o -type f -newer "$stamp" -print -quit)" ]
}

build_backend() {
  if backend_stale; then
    say "building the functions and the local stack (mvn install, tests skipped) …"
    (cd "$ROOT" && "${MVN[@]}" install -DskipTests) || die "the Maven build failed"
    (cd "$ROOT/local" && "${MVN[@]}" dependency:build-classpath -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=runtime) \
      || die "could not resolve the local stack's classpath"
    touch "$ROOT/local/target/.built"
  fi
}

frontend_deps() {
  local lock="$ROOT/frontend/package-lock.json" installed="$ROOT/frontend/node_modules/.package-lock.json"
  if [ ! -f "$installed" ] || [ "$lock" -nt "$installed" ]; then
    say "installing the frontend's packages (npm ci) …"
    (cd "$ROOT/frontend" && npm ci --no-audit --no-fund --loglevel=error) || die "npm ci failed"
  fi
}

build_frontend() {
  frontend_deps
  local built="$ROOT/frontend/dist/index.html"
  if [ ! -f "$built" ] || [ -n "$(find "$ROOT/frontend" \( -name node_modules -o -name dist \) -prune -o -type f -newer "$built" -print -quit)" ]; then
    say "building the storefront (vite build) …"
    (cd "$ROOT/frontend" && npm run --silent build >/dev/null) || die "the frontend build failed"
  fi
}

# Sets STACK (an array): the command that starts the built local stack; append --port, --fresh, --data-dir, --verbose.
local_stack_command() {
  STACK=("$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED -XX:+UseParallelGC
         -cp "$ROOT/local/target/classes:$(cat "$ROOT/local/target/classpath.txt")"
         uz.ultramarket.local.LocalStack --root "$ROOT")
}

# A TCP port free on loopback right now.
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

# Waits until the stack started as process $1 answers 200 at $2; fails if it dies or is not ready within $3 s (120).
wait_for_stack() {
  local pid="$1" url="$2" deadline=$((SECONDS + ${3:-120}))
  until curl -fsS "$url" >/dev/null 2>&1; do
    kill -0 "$pid" 2>/dev/null && [ "$SECONDS" -lt "$deadline" ] || return 1
    sleep 0.05
  done
}

# What the benchmarks that run against a whole stack share. bench_options reads --fresh and --disk (setting FRESH and
# ON_DISK) and leaves the rest in BENCH_ARGS; bench_stack NAME builds what is stale, starts the local stack with the
# standard demo catalog on a free port, its data in memory-backed /dev/shm/ultramarket-NAME when there is one (DynamoDB
# Local commits every write to SQLite: on this machine's disk that would measure the disk, not the shop) or else
# local/.data/NAME, stops it on exit, and sets BENCH_URL and BENCH_DATA; bench_run CLASS ARGS… runs a benchmark class.
bench_options() {
  FRESH=()
  ON_DISK=""
  while [ $# -gt 0 ]; do
    case "$1" in
      --fresh) FRESH=(--fresh); shift ;;
      --disk) ON_DISK=1; shift ;;
      *) break ;;
    esac
  done
  BENCH_ARGS=("$@")
}

bench_stack() {
  use_jdk
  use_moto
  build_backend
  build_frontend
  BENCH_DATA="$ROOT/local/.data/$1"
  if [ -z "$ON_DISK" ] && [ -d /dev/shm ] && [ -w /dev/shm ]; then BENCH_DATA="/dev/shm/ultramarket-$1"; fi
  say "data folder: $BENCH_DATA"
  local log="$BENCH_DATA.log" port
  mkdir -p "$(dirname "$BENCH_DATA")"
  port=$(free_port)
  local_stack_command
  say "starting the local stack (first time: loading the demo catalog) …"
  # no demo orders: their events would still be flowing while the benchmark measures
  "${STACK[@]}" --port "$port" --data-dir "$BENCH_DATA" --demo-orders 0 "${FRESH[@]}" >"$log" 2>&1 &
  BENCH_STACK_PID=$!
  trap 'kill "$BENCH_STACK_PID" 2>/dev/null; wait "$BENCH_STACK_PID" 2>/dev/null || true' EXIT
  wait_for_stack "$BENCH_STACK_PID" "http://127.0.0.1:$port/api/health" 600 || { tail -n 30 "$log"; die "the local stack did not become ready"; }
  grep -E "ready in" "$log" | sed 's/^/   stack says: /' || true
  BENCH_URL="http://127.0.0.1:$port"
}

bench_run() {
  "$JAVA_HOME/bin/java" -cp "$ROOT/local/target/classes:$(cat "$ROOT/local/target/classpath.txt")" "uz.ultramarket.local.bench.$1" "${@:2}"
}
