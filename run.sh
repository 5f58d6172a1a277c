#!/usr/bin/env bash
# Starts Boucle at http://localhost:${BOUCLE_PORT:-8080} with embedded PostgreSQL (kept in
# ${BOUCLE_DATA_DIR:-./data}) and, unless BOUCLE_DEMO=false, the demo company.
set -euo pipefail
cd "$(dirname "$0")"
. scripts/jdk.sh
export BOUCLE_DEMO="${BOUCLE_DEMO:-true}"
jar=boucle-app/target/boucle-app-0.1.0-SNAPSHOT.jar
if [ ! -f "$jar" ] || [ -n "$(find boucle-app/src pom.xml boucle-app/pom.xml -newer "$jar" -print -quit)" ]; then
  ./mvnw -q -B -DskipTests package -pl boucle-app -am
fi
exec java -jar "$jar" "$@"
