#!/usr/bin/env bash
# Starts Boucle at http://localhost:${BOUCLE_PORT:-8080} with embedded PostgreSQL (kept in
# ${BOUCLE_DATA_DIR:-./data}) and, unless BOUCLE_DEMO=false, the demo company.
set -euo pipefail
cd "$(dirname "$0")"
. scripts/jdk.sh
export BOUCLE_DEMO="${BOUCLE_DEMO:-true}"
jar=boucle-app/target/boucle-app-0.1.0-SNAPSHOT.jar
app=boucle-app/target/run
if [ ! -f "$jar" ] || [ -n "$(find boucle-app/src pom.xml boucle-app/pom.xml -newer "$jar" -print -quit)" ]; then
  ./mvnw -q -B -DskipTests package -pl boucle-app -am
fi
# Run from the extracted jar with a class-data-sharing archive made on the first run: later
# starts load classes from the archive instead of parsing them again.
if [ ! -f "$app/boucle-app-0.1.0-SNAPSHOT.jar" ] || [ "$jar" -nt "$app/boucle-app-0.1.0-SNAPSHOT.jar" ]; then
  rm -rf "$app"
  java -Djarmode=tools -jar "$jar" extract --destination "$app" >/dev/null
fi
exec java -XX:SharedArchiveFile="$app/boucle.jsa" -XX:+AutoCreateSharedArchive -Xlog:cds=off -Xlog:cds+dynamic=off \
  -jar "$app/boucle-app-0.1.0-SNAPSHOT.jar" "$@"
