#!/usr/bin/env bash
# Boucle load benchmark (foundation): one job with 10,000 applications and 50,000+ events,
# measured from a separate client (wrk) at 50 concurrent connections on
#   GET /api/v1/jobs/{id}/pipeline?limit=25   the pipeline board
#   GET /api/v1/applications/{id}             one application (random ids of that job)
# plus cold start to healthy (first start with initdb, then a restart on the seeded
# database) and the resident memory of the JVM after start and after the load.
#
# Steps: build the jar if missing or older than the sources; start the app on a fresh data
# dir (timed: first start, initdb); fill it through the API (bench/Fill.java, or bench/seed.sql with
# BENCH_SEED=sql); stop it;
# start it again on the same data (timed: restart); check both endpoints answer 200; for each
# endpoint a warm-up run then a measured run of wrk; print a summary; stop the app; clean up.
#
# Usage: bench/load.sh            (from anywhere; about 4 minutes with the defaults, 5 with BENCH_LAUNCH=aot)
# Options, as environment variables:
#   BENCH_PORT=18080            HTTP port of the app under test (must be free)
#   BENCH_CONNECTIONS=50        wrk connections        BENCH_THREADS=2    wrk threads
#   BENCH_WARMUP=20s            warm-up per endpoint   BENCH_DURATION=30s measured run per endpoint
#                               (C2 keeps compiling for about a minute on 2 shared cores: 10 s is too short)
#   BENCH_TIMEOUT=10s           wrk request timeout (a slower answer counts as an error)
#   BENCH_ENDPOINTS="pipeline application"   which runs, in that order
#   BENCH_PAGE=25               page size of each board column
#   BENCH_JAVA_OPTS=""          extra JVM options for the app (e.g. "-Xmx256m")
#   BENCH_LAUNCH=jar            how the app is launched:
#                               jar  java -jar on the fat jar, as the issue measures it
#                               cds  as run.sh does: the jar extracted (java -Djarmode=tools extract)
#                                    and a CDS archive written when the first start exits, used by the restart
#                               aot  the jar extracted and a JDK 25 AOT cache (JEP 483/514/515) trained by
#                                    one start before the timed ones (needs JDK 25+)
#   BENCH_APP_ARGS=""           extra app arguments (e.g. "--management.observations.enable.spring.security=false")
#   BENCH_DATA_DIR=             data dir to use (default: a fresh mktemp dir under /tmp); must be empty,
#                               and is deleted at the end unless BENCH_KEEP=1 or the run failed
#   BENCH_KEEP=0                1 keeps the data dir, logs and raw wrk outputs
#   BENCH_RESULTS=              also write the summary to this file
#   BENCH_BUILD=auto            auto | always | never
#   BENCH_START_TIMEOUT=150     seconds to wait for {"status":"UP"} on /actuator/health
#   BENCH_SEED=api              api: fill through the HTTP API with bench/Fill.java (write rate and a JDBC
#                               baseline in the summary); sql: bulk seed with bench/seed.sql through psql
#   BENCH_WRITERS=16            concurrent API clients (and JDBC clients of the baseline) of the fill
#   BOUCLE_ADMIN_TOKEN=         admin bearer token (default: a random one)
# Needs: a JDK 21+ (scripts/jdk.sh), wrk, psql, curl.
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$BENCH_DIR/.." && pwd)"
cd "$ROOT"

PORT="${BENCH_PORT:-18080}"
CONNECTIONS="${BENCH_CONNECTIONS:-50}"
THREADS="${BENCH_THREADS:-2}"
WARMUP="${BENCH_WARMUP:-20s}"
DURATION="${BENCH_DURATION:-30s}"
TIMEOUT="${BENCH_TIMEOUT:-10s}"
ENDPOINTS="${BENCH_ENDPOINTS:-pipeline application}"
PAGE="${BENCH_PAGE:-25}"
KEEP="${BENCH_KEEP:-0}"
BUILD="${BENCH_BUILD:-auto}"
LAUNCH="${BENCH_LAUNCH:-jar}"
START_TIMEOUT="${BENCH_START_TIMEOUT:-150}"
SEED="${BENCH_SEED:-api}"
WRITERS="${BENCH_WRITERS:-16}"
JAR="$ROOT/boucle-app/target/boucle-app-0.1.0-SNAPSHOT.jar"
BASE="http://127.0.0.1:$PORT"  # Boucle listens on 127.0.0.1 by default (BOUCLE_BIND)
# Goals of the foundation issue; they live here and in docs/benchmarks.md, never in tests.
GOAL_P99_MS=50
GOAL_START_S=10
GOAL_RSS_MB=512

say() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { say "error: $*"; exit 1; }

for tool in wrk psql curl awk; do command -v "$tool" >/dev/null || die "$tool is not installed"; done
. "$ROOT/scripts/jdk.sh"

if [ -z "${BOUCLE_ADMIN_TOKEN:-}" ]; then
  BOUCLE_ADMIN_TOKEN="bench-$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')"
fi
[ "${#BOUCLE_ADMIN_TOKEN}" -ge 20 ] || die "BOUCLE_ADMIN_TOKEN must have at least 20 characters"
export BOUCLE_ADMIN_TOKEN

if [ -n "${BENCH_DATA_DIR:-}" ]; then
  DATA="$BENCH_DATA_DIR"
  mkdir -p "$DATA"
  [ -z "$(ls -A "$DATA")" ] || die "BENCH_DATA_DIR=$DATA is not empty"
else
  DATA="$(mktemp -d /tmp/boucle-bench.XXXXXX)"
fi
WORK="$DATA/bench"
mkdir -p "$WORK"
APP_PID=""

# ---------------------------------------------------------------- app lifecycle

postmaster_pid() { [ -f "${1:-$DATA}/postgres/postmaster.pid" ] && sed -n 1p "${1:-$DATA}/postgres/postmaster.pid" || true; }

# Stops the embedded PostgreSQL of a data dir if it is still running (the app stops it on close).
stop_postmaster() {
  local pm
  pm="$(postmaster_pid "$1")"
  if [ -n "$pm" ] && kill -0 "$pm" 2>/dev/null; then
    kill -INT "$pm" 2>/dev/null || true
    for _ in $(seq 1 40); do kill -0 "$pm" 2>/dev/null || break; sleep 0.5; done
  fi
}
pg_port() { sed -n 4p "$DATA/postgres/postmaster.pid"; }

stop_app() {
  [ -n "$APP_PID" ] || return 0
  if kill -0 "$APP_PID" 2>/dev/null; then
    kill -TERM "$APP_PID" 2>/dev/null || true
    for _ in $(seq 1 120); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.5; done
    if kill -0 "$APP_PID" 2>/dev/null; then
      say "the app did not stop in 60 s; killing it"
      kill -KILL "$APP_PID" 2>/dev/null || true
    fi
  fi
  wait "$APP_PID" 2>/dev/null || true
  APP_PID=""
  # The app stops its embedded PostgreSQL on close; if it was killed, stop that server too.
  stop_postmaster "$DATA"
}

cleanup() {
  local rc=$?
  stop_app
  stop_postmaster "$WORK/aot-train"
  if [ "$KEEP" = "1" ] || [ "$rc" -ne 0 ]; then
    say "kept $DATA (logs and raw wrk outputs in $WORK)"
  else
    rm -rf "$DATA"
  fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

now_ns() { date +%s%N; }

# Starts the app and waits for {"status":"UP"}; sets APP_PID and START_MS.
start_app() {
  local log="$1" t0 t1 deadline body code
  if curl -s -o /dev/null --max-time 1 "$BASE/"; then die "port $PORT is already in use (set BENCH_PORT)"; fi
  t0=$(now_ns)
  # shellcheck disable=SC2086
  BOUCLE_DATA_DIR="$DATA" BOUCLE_PORT="$PORT" BOUCLE_DEMO=false \
    java $LAUNCH_OPTS ${BENCH_JAVA_OPTS:-} -jar "$RUN_JAR" ${BENCH_APP_ARGS:-} >"$log" 2>&1 &
  APP_PID=$!
  deadline=$(( $(date +%s) + START_TIMEOUT ))
  while :; do
    body="$(curl -s --max-time 2 -w ' HTTP %{http_code}' "$BASE/actuator/health" || true)"
    case "$body" in *'"status":"UP"'*' HTTP 200') break ;; esac
    kill -0 "$APP_PID" 2>/dev/null || { tail -20 "$log" >&2; die "the app exited during start (log: $log)"; }
    if [ "$(date +%s)" -ge "$deadline" ]; then
      grep -E 'WARN|ERROR' "$log" | sort -u -k5 | tail -5 >&2 || true
      die "not healthy after ${START_TIMEOUT}s; last answer of /actuator/health: ${body:-none} (log: $log)"
    fi
    sleep 0.05
  done
  t1=$(now_ns)
  START_MS=$(( (t1 - t0) / 1000000 ))
  START_CPU_MS=$(( $(ticks_java) * 1000 / HZ ))
  # The admin token is registered once the app is ready, just after health turns UP.
  for _ in $(seq 1 200); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $BOUCLE_ADMIN_TOKEN" "$BASE/api/v1/jobs")" = 200 ] && return 0
    sleep 0.1
  done
  die "the admin token is not accepted (log: $log)"
}

rss_mb() { ps -o rss= -p "$APP_PID" | awk '{printf "%.0f", $1 / 1024}'; }

# Proportional set size of the embedded PostgreSQL (postmaster and backends), shared buffers counted once.
pg_pss_mb() {
  local pm total=0 kb p
  pm="$(postmaster_pid)"
  [ -n "$pm" ] || { echo "?"; return; }
  for p in "$pm" $(pgrep -P "$pm" || true); do
    kb=$(awk '/^Pss:/ {print $2}' "/proc/$p/smaps_rollup" 2>/dev/null || echo 0)
    total=$(( total + ${kb:-0} ))
  done
  echo $(( total / 1024 ))
}

# CPU time (clock ticks) used so far by the JVM, and by the embedded PostgreSQL and its backends.
ticks_java() { awk '{print $14 + $15}' "/proc/$APP_PID/stat"; }
ticks_pg() {
  local pm total=0 t p
  pm="$(postmaster_pid)"
  for p in "$pm" $(pgrep -P "$pm" || true); do
    t=$(awk '{print $14 + $15}' "/proc/$p/stat" 2>/dev/null || echo 0)
    total=$(( total + ${t:-0} ))
  done
  echo "$total"
}
HZ=$(getconf CLK_TCK)

# ---------------------------------------------------------------- build

needs_build=0
case "$BUILD" in
  always) needs_build=1 ;;
  never) [ -f "$JAR" ] || die "no jar at $JAR and BENCH_BUILD=never" ;;
  *) if [ ! -f "$JAR" ] || [ -n "$(find boucle-app/src boucle-app/pom.xml pom.xml -newer "$JAR" -print -quit)" ]; then needs_build=1; fi ;;
esac
if [ "$needs_build" = 1 ]; then
  say "building boucle-app"
  # Tests are neither run nor compiled: the benchmark needs only the jar.
  { ./mvnw -q -B -o -Dmaven.test.skip=true package -pl boucle-app -am || ./mvnw -q -B -Dmaven.test.skip=true package -pl boucle-app -am; } \
    >"$WORK/build.log" 2>&1 || { tail -30 "$WORK/build.log" >&2; die "the build failed"; }
fi
REVISION="$(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
if [ -n "$(git status --porcelain -- boucle-app pom.xml 2>/dev/null)" ]; then REVISION="$REVISION + uncommitted changes"; fi
REVISION="jar of $(date -u -r "$JAR" '+%Y-%m-%d %H:%M UTC'), tree at $REVISION"

RUN_JAR="$JAR"
LAUNCH_OPTS=""
case "$LAUNCH" in
  jar) APP_MODE="fat jar (java -jar)" ;;
  cds)
    java -Djarmode=tools -jar "$JAR" extract --destination "$WORK/app" >"$WORK/extract.log" 2>&1 \
      || die "extracting the jar failed (see $WORK/extract.log)"
    RUN_JAR="$WORK/app/$(basename "$JAR")"
    LAUNCH_OPTS="-XX:SharedArchiveFile=$WORK/app/boucle.jsa -XX:+AutoCreateSharedArchive -Xlog:cds=off -Xlog:cds+dynamic=off"
    APP_MODE="extracted jar + CDS archive written by the first start (as run.sh)" ;;
  aot) ;;
  *) die "BENCH_LAUNCH must be jar, cds or aot" ;;
esac
if [ "$LAUNCH" = aot ]; then
  [ "$(java_major "$JAVA_HOME")" -ge 25 ] || die "BENCH_LAUNCH=aot needs JDK 25 or newer"
  say "extracting the jar and training an AOT cache (one start that exits after refresh)"
  java -Djarmode=tools -jar "$JAR" extract --destination "$WORK/app" >"$WORK/extract.log" 2>&1 \
    || die "extracting the jar failed (see $WORK/extract.log)"
  RUN_JAR="$WORK/app/$(basename "$JAR")"
  mkdir -p "$WORK/aot-train"
  BOUCLE_DATA_DIR="$WORK/aot-train" BOUCLE_PORT=0 BOUCLE_DEMO=false \
    java -XX:AOTCacheOutput="$WORK/app.aot" -Dspring.context.exit=onRefresh ${BENCH_JAVA_OPTS:-} -jar "$RUN_JAR" ${BENCH_APP_ARGS:-} \
    >"$WORK/aot-train.log" 2>&1 \
    || die "the AOT training run failed (see $WORK/aot-train.log)"
  stop_postmaster "$WORK/aot-train"
  [ -f "$WORK/app.aot" ] || die "no AOT cache written (see $WORK/aot-train.log)"
  LAUNCH_OPTS="-XX:AOTCache=$WORK/app.aot"
  APP_MODE="extracted jar + AOT cache (-XX:AOTCache)"
fi

# ---------------------------------------------------------------- machine

CPU_MODEL="$(awk -F': ' '/^model name/ {print $2; exit}' /proc/cpuinfo)"
MEM_GB="$(awk '/^MemTotal/ {printf "%.1f", $2 / 1048576}' /proc/meminfo)"
JDK="$(java -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.runtime.version/ {print $2}')"
LOAD_BEFORE="$(cut -d' ' -f1-3 /proc/loadavg)"
say "data dir $DATA, port $PORT, JDK $JDK, $(nproc) cores ($CPU_MODEL), load average $LOAD_BEFORE"

# ---------------------------------------------------------------- first start, seed

say "first start on an empty data dir (initdb, migrations)"
start_app "$WORK/app-first-start.log"
FIRST_START_MS=$START_MS
FIRST_CPU_MS=$START_CPU_MS
FIRST_RSS_MB=$(rss_mb)
say "healthy after ${FIRST_START_MS} ms (JVM CPU ${FIRST_CPU_MS} ms), JVM RSS ${FIRST_RSS_MB} MB"

PGPORT_NOW="$(pg_port)"
# The embedded server asks for the password Boucle generated beside its files (issue 11).
PGPASSWORD="$(cat "$DATA/postgres.secret")"
export PGPASSWORD
t0=$(now_ns)
if [ "$SEED" = api ]; then
  # Through the API, as users would (issue 11: the SQL seed never saw the deadlocks): bench/Fill.java,
  # BENCH_WRITERS concurrent clients, then the plain JDBC baseline on the same database.
  PG_JAR="$(find "${HOME}/.m2/repository/org/postgresql/postgresql" -name 'postgresql-*.jar' ! -name '*sources*' | sort -V | tail -1)"
  [ -n "$PG_JAR" ] || die "no PostgreSQL JDBC driver in ~/.m2 (build the app once)"
  say "filling through the API with $WRITERS clients (bench/Fill.java), then the JDBC baseline"
  java -cp "$PG_JAR" "$BENCH_DIR/Fill.java" "$BASE" "$BOUCLE_ADMIN_TOKEN" \
    "jdbc:postgresql://localhost:$PGPORT_NOW/postgres?user=postgres&password=$PGPASSWORD" "$WRITERS" 10000 >"$WORK/seed.out" 2>&1 \
    || { tail -20 "$WORK/seed.out" >&2; die "filling through the API failed"; }
  grep '^WRITES ' "$WORK/seed.out" >&2
  # As the SQL seed does: fresh statistics and visibility map now, rather than autovacuum
  # waking up on 80,000 new rows in the middle of a measured run (it did: p99 doubled).
  psql -X -q -h localhost -p "$PGPORT_NOW" -U postgres -d postgres -c "vacuum analyze" >>"$WORK/seed.out" 2>&1 \
    || die "vacuum analyze after the fill failed"
else
  say "seeding with bench/seed.sql"
  psql -X -q -h localhost -p "$PGPORT_NOW" -U postgres -d postgres -v ON_ERROR_STOP=1 -f "$BENCH_DIR/seed.sql" >"$WORK/seed.out" 2>&1 \
    || { cat "$WORK/seed.out" >&2; die "seeding failed"; }
fi
SEED_MS=$(( ($(now_ns) - t0) / 1000000 ))
JOB_ID="$(sed -n 's/.*bench_job_id=\([0-9]*\).*/\1/p' "$WORK/seed.out" | head -1)"
[ -n "$JOB_ID" ] || { cat "$WORK/seed.out" >&2; die "the seed did not print the job id"; }
psql -X -At -h localhost -p "$PGPORT_NOW" -U postgres -d postgres -c \
  "select id from applications where job_id = $JOB_ID order by id" >"$WORK/application-ids.txt"
read -r JOB_APPS JOB_EVENTS ALL_APPS ALL_EVENTS < <(psql -X -At -F ' ' -h localhost -p "$PGPORT_NOW" -U postgres -d postgres -c "
  select (select count(*) from applications where job_id = $JOB_ID),
         (select count(*) from application_events e join applications a on a.id = e.application_id where a.job_id = $JOB_ID),
         (select count(*) from applications), (select count(*) from application_events)")
say "seeded in ${SEED_MS} ms: job $JOB_ID has $JOB_APPS applications and $JOB_EVENTS events ($ALL_APPS / $ALL_EVENTS in all)"
[ "$JOB_APPS" -ge 10000 ] && [ "$JOB_EVENTS" -ge 50000 ] || die "the benchmark job is smaller than 10,000 applications / 50,000 events"

stop_app

# ---------------------------------------------------------------- restart, load

say "restart on the seeded data dir"
start_app "$WORK/app-restart.log"
RESTART_MS=$START_MS
RESTART_CPU_MS=$START_CPU_MS
RESTART_RSS_MB=$(rss_mb)
RESTART_PG_MB=$(pg_pss_mb)
say "healthy after ${RESTART_MS} ms (JVM CPU ${RESTART_CPU_MS} ms), JVM RSS ${RESTART_RSS_MB} MB, PostgreSQL PSS ${RESTART_PG_MB} MB"

AUTH="Authorization: Bearer $BOUCLE_ADMIN_TOKEN"
first_id="$(head -1 "$WORK/application-ids.txt")"
for url in "/api/v1/jobs/$JOB_ID/pipeline?limit=$PAGE" "/api/v1/applications/$first_id"; do
  code="$(curl -s -o "$WORK/sample.json" -w '%{http_code}' -H "$AUTH" "$BASE$url")"
  [ "$code" = 200 ] || die "GET $url answered $code"
  say "GET $url: 200, $(wc -c <"$WORK/sample.json") bytes"
done

export BENCH_DIR BENCH_JOB_ID="$JOB_ID" BENCH_IDS_FILE="$WORK/application-ids.txt" BENCH_PAGE="$PAGE"
declare -A RESULT JAVA_CPU PG_CPU
for endpoint in $ENDPOINTS; do
  [ -f "$BENCH_DIR/$endpoint.lua" ] || die "no script bench/$endpoint.lua"
  say "$endpoint: warm-up $WARMUP"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" --timeout "$TIMEOUT" --latency -s "$BENCH_DIR/$endpoint.lua" "$BASE" \
    >"$WORK/wrk-$endpoint-warmup.txt" 2>&1 || die "wrk failed (see $WORK/wrk-$endpoint-warmup.txt)"
  say "$endpoint: measuring $DURATION at $CONNECTIONS connections"
  j0=$(ticks_java); p0=$(ticks_pg)
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout "$TIMEOUT" --latency -s "$BENCH_DIR/$endpoint.lua" "$BASE" \
    >"$WORK/wrk-$endpoint.txt" 2>&1 || die "wrk failed (see $WORK/wrk-$endpoint.txt)"
  j1=$(ticks_java); p1=$(ticks_pg)
  RESULT[$endpoint]="$(grep '^RESULT ' "$WORK/wrk-$endpoint.txt" | tail -1)"
  [ -n "${RESULT[$endpoint]}" ] || die "no RESULT line in $WORK/wrk-$endpoint.txt"
  JAVA_CPU[$endpoint]=$(( (j1 - j0) * 1000 / HZ ))
  PG_CPU[$endpoint]=$(( (p1 - p0) * 1000 / HZ ))
  sed -n '/Latency Distribution/,/Transfer/p' "$WORK/wrk-$endpoint.txt" >&2
done

AFTER_RSS_MB=$(rss_mb)
AFTER_PG_MB=$(pg_pss_mb)
LOAD_AFTER="$(cut -d' ' -f1-3 /proc/loadavg)"
stop_app

# ---------------------------------------------------------------- summary

field() { sed -n "s/.* $2=\([^ ]*\).*/\1/p" <<<" $1"; }
ms() { awk -v us="$1" 'BEGIN { printf "%.1f", us / 1000 }'; }
verdict() { awk -v v="$1" -v g="$2" 'BEGIN { print (v <= g) ? "met" : "MISSED" }'; }

{
  echo "Boucle load benchmark, $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "machine: $(nproc) cores ($CPU_MODEL), ${MEM_GB} GiB RAM; JDK $JDK; load average before $LOAD_BEFORE, after $LOAD_AFTER"
  echo "data: job $JOB_ID with $JOB_APPS applications and $JOB_EVENTS events; $ALL_APPS applications and $ALL_EVENTS events in all; seeded in $(ms "$SEED_MS") s"
  echo "app: $REVISION; $APP_MODE${BENCH_JAVA_OPTS:+, JVM options $BENCH_JAVA_OPTS}${BENCH_APP_ARGS:+, arguments $BENCH_APP_ARGS}"
  if [ "$SEED" = api ]; then
    echo "fill through the API ($WRITERS clients) and the plain JDBC baseline (as many clients):"
    grep '^WRITES ' "$WORK/seed.out" | sed 's/^WRITES /  /'
  fi
  echo "load: wrk, $CONNECTIONS connections, $THREADS threads, $WARMUP warm-up then $DURATION measured per endpoint, timeout $TIMEOUT"
  echo
  printf '%-13s %8s %8s %8s %8s %8s %8s %8s %7s %9s %9s  %s\n' endpoint requests 'req/s' 'p50 ms' 'p90 ms' 'p99 ms' 'p99.9' 'max ms' errors 'java ms/r' 'pg ms/r' "p99 <= ${GOAL_P99_MS} ms, no error"
  for endpoint in $ENDPOINTS; do
    r="${RESULT[$endpoint]}"
    n=$(field "$r" requests)
    errors=$(( $(field "$r" non2xx) + $(field "$r" connect) + $(field "$r" read) + $(field "$r" write) + $(field "$r" timeout) ))
    p99=$(field "$r" p99_us)
    ok=$(verdict "$(ms "$p99")" "$GOAL_P99_MS"); [ "$errors" -eq 0 ] || ok="MISSED"
    printf '%-13s %8s %8s %8s %8s %8s %8s %8s %7s %9s %9s  %s\n' "$endpoint" "$n" "$(field "$r" rps)" \
      "$(ms "$(field "$r" p50_us)")" "$(ms "$(field "$r" p90_us)")" "$(ms "$p99")" "$(ms "$(field "$r" p999_us)")" \
      "$(ms "$(field "$r" max_us)")" "$errors" \
      "$(awk -v c="${JAVA_CPU[$endpoint]}" -v n="$n" 'BEGIN { printf "%.2f", n ? c / n : 0 }')" \
      "$(awk -v c="${PG_CPU[$endpoint]}" -v n="$n" 'BEGIN { printf "%.2f", n ? c / n : 0 }')" "$ok"
  done
  echo
  printf '%-44s %10s  %s\n' "cold start to healthy (JVM CPU used)" "" "goal <= ${GOAL_START_S} s"
  printf '  %-42s %8.1f s  %s  (%.1f s CPU)\n' "first start (initdb + migrations)" "$(ms "$FIRST_START_MS")" "$(verdict "$(ms "$FIRST_START_MS")" "$GOAL_START_S")" "$(ms "$FIRST_CPU_MS")"
  printf '  %-42s %8.1f s  %s  (%.1f s CPU)\n' "restart (database initialised and seeded)" "$(ms "$RESTART_MS")" "$(verdict "$(ms "$RESTART_MS")" "$GOAL_START_S")" "$(ms "$RESTART_CPU_MS")"
  printf '%-44s %10s  %s\n' "resident memory of the JVM (ps rss)" "" "goal <= ${GOAL_RSS_MB} MB after start"
  printf '  %-42s %7s MB  %s\n' "after first start" "$FIRST_RSS_MB" "$(verdict "$FIRST_RSS_MB" "$GOAL_RSS_MB")"
  printf '  %-42s %7s MB  %s\n' "after restart" "$RESTART_RSS_MB" "$(verdict "$RESTART_RSS_MB" "$GOAL_RSS_MB")"
  printf '  %-42s %7s MB\n' "after the load" "$AFTER_RSS_MB"
  printf '  %-42s %7s MB / %s MB\n' "embedded PostgreSQL PSS, after start / load" "$RESTART_PG_MB" "$AFTER_PG_MB"
  echo "(java/pg ms/r: CPU time of the JVM / of the PostgreSQL server per request during the measured run)"
} | tee "$WORK/summary.txt"
if [ -n "${BENCH_RESULTS:-}" ]; then cp "$WORK/summary.txt" "$BENCH_RESULTS"; fi
