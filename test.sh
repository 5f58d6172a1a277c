#!/usr/bin/env bash
# Runs every test of every module (unit, property, integration on embedded PostgreSQL, the
# authorization matrix, the browser test on Debian's chromium, the judge's sandbox tests).
set -euo pipefail
cd "$(dirname "$0")"
. scripts/jdk.sh
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
exec ./mvnw -B verify "$@"
