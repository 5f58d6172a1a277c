# Sourced by run.sh, test.sh and .ci/run: sets JAVA_HOME to a JDK 21 or newer.
# Order: an existing JAVA_HOME that is new enough, the java on PATH, then the newest JDK
# under /usr/lib/jvm (or /opt/java). Fails with one line when none is found.
java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 \
    | awk -F'= ' '/java.specification.version/ {print $2}' | cut -d. -f1
}
boucle_find_jdk() {
  local candidate best="" best_major=0 major
  for candidate in "${JAVA_HOME:-}" "$(dirname "$(dirname "$(readlink -f "$(command -v java 2>/dev/null || echo /nonexistent)")")")" /usr/lib/jvm/* /opt/java/*; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/javac" ] || continue
    major=$(java_major "$candidate")
    [ -n "$major" ] || continue
    if [ "$major" -ge 21 ] && [ "$major" -gt "$best_major" ]; then best="$candidate"; best_major=$major; fi
  done
  if [ -z "$best" ]; then
    echo "boucle: no JDK 21 or newer found (looked at JAVA_HOME, PATH, /usr/lib/jvm, /opt/java); install one, e.g. apt-get install openjdk-21-jdk" >&2
    return 1
  fi
  export JAVA_HOME="$best"
  export PATH="$JAVA_HOME/bin:$PATH"
}
boucle_find_jdk
