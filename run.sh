#!/usr/bin/env bash
# Starts Boucle at http://localhost:${BOUCLE_PORT:-8080} (this machine only unless BOUCLE_BIND is set) with embedded PostgreSQL (kept in
# ${BOUCLE_DATA_DIR:-./data}) and, unless BOUCLE_DEMO=false, the demo company.
set -euo pipefail
cd "$(dirname "$0")"
. scripts/jdk.sh
export BOUCLE_DEMO="${BOUCLE_DEMO:-true}"
jar=boucle-app/target/boucle-app-0.1.0-SNAPSHOT.jar
app=boucle-app/target/run
# Rebuild when any of the four modules changed (the app and the three engines it embeds).
sources=(pom.xml)
for module in boucle-app boucle-judge boucle-scheduler boucle-comp; do sources+=("$module/src" "$module/pom.xml"); done
if [ ! -f "$jar" ] || [ -n "$(find "${sources[@]}" -newer "$jar" -print -quit)" ]; then
  ./mvnw -q -B -DskipTests package -pl boucle-app -am
fi
# Run from the extracted jar (classes load from plain jars, not jars nested in a jar).
if [ ! -f "$app/boucle-app-0.1.0-SNAPSHOT.jar" ] || [ "$jar" -nt "$app/boucle-app-0.1.0-SNAPSHOT.jar" ]; then
  rm -rf "$app"
  java -Djarmode=tools -jar "$jar" extract --destination "$app" >/dev/null
fi
opts=()
if [ "$(java_major "$JAVA_HOME")" -ge 25 ]; then
  # JDK 25+: an ahead-of-time cache of loaded and linked classes and profiles, trained once per
  # build by a start that exits as soon as the application is up (about half the start-up CPU).
  if [ ! -f "$app/boucle.aot" ]; then
    echo "boucle: first start of this build: training the JVM's ahead-of-time cache, once (about 30 s)" >&2
    train=$(mktemp -d)
    if ! BOUCLE_DATA_DIR="$train" BOUCLE_PORT=0 BOUCLE_DEMO=false BOUCLE_DB_URL= BOUCLE_ADMIN_TOKEN= \
        java -XX:AOTCacheOutput="$app/boucle.aot" -Dspring.context.exit=onRefresh \
        -jar "$app/boucle-app-0.1.0-SNAPSHOT.jar" >"$train/training.log" 2>&1; then
      echo "boucle: the training run failed ($train/training.log); starting without the cache" >&2
    fi
    [ -f "$train/postgres/postmaster.pid" ] && kill "$(head -1 "$train/postgres/postmaster.pid")" 2>/dev/null || true
    [ -f "$app/boucle.aot" ] && rm -rf "$train"
  fi
  [ -f "$app/boucle.aot" ] && opts=(-XX:AOTCache="$app/boucle.aot")
else
  # JDK 21-24: a class-data-sharing archive written when the first run exits.
  opts=(-XX:SharedArchiveFile="$app/boucle.jsa" -XX:+AutoCreateSharedArchive -Xlog:cds=off -Xlog:cds+dynamic=off)
fi
java "${opts[@]}" -jar "$app/boucle-app-0.1.0-SNAPSHOT.jar" "$@" &
pid=$!
trap 'kill -TERM "$pid" 2>/dev/null' INT TERM
# The address is printed once Boucle is ready (health follows readiness: migrations, the
# bootstrap token and the demo data are in place), not when the port first opens.
port="${BOUCLE_PORT:-8080}"
host="${BOUCLE_BIND:-127.0.0.1}"
case "$host" in 0.0.0.0|::|"[::]") host=localhost ;; esac
(
  while kill -0 "$pid" 2>/dev/null; do
    if curl -fs --max-time 2 "http://$host:$port/actuator/health/readiness" >/dev/null 2>&1; then
      echo "boucle: ready at http://$host:$port" >&2
      exit 0
    fi
    sleep 0.2
  done
) &
status=0
wait "$pid" || status=$?
# A signal interrupts the first wait; wait again for the app to finish stopping.
if kill -0 "$pid" 2>/dev/null; then wait "$pid" || status=$?; fi
exit "$status"
