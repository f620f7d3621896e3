#!/usr/bin/env bash
# Fetches the Kafka broker jars from Maven Central into .cache/<version>/libs (git-ignored).
# A complete cache is reused without invoking mvn; a fetch lands in a temp folder and is renamed into
# place only when complete, so an interrupted fetch is never mistaken for a cache.
# Usage: fetch.sh [version]   (default $KAFKA_VERSION or 4.4.0). Prints the libs folder on stdout.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
VERSION="${1:-${KAFKA_VERSION:-4.4.0}}"
CACHE="$HERE/.cache/$VERSION"
LIBS="$CACHE/libs"
# The cache remembers which pom.xml filled it, so editing the pom (say, another logging jar) refetches.
POM_SUM="$(sha256sum "$HERE/pom.xml" | cut -d' ' -f1)"

if [[ -f "$LIBS/kafka_2.13-$VERSION.jar" && "$(cat "$LIBS/.pom.sha256" 2>/dev/null)" == "$POM_SUM" ]]; then
  echo "$LIBS"
  exit 0
fi

command -v mvn >/dev/null || { echo "kafka: mvn not found; install Maven 3 (and Java 17+) to fetch the broker" >&2; exit 1; }
mkdir -p "$CACHE"
TMP="$(mktemp -d "$CACHE/libs.tmp.XXXXXX")"
trap 'rm -rf "$TMP"' EXIT
echo "kafka: fetching org.apache.kafka:kafka_2.13:$VERSION with mvn ..." >&2
# -q -B: quiet batch mode. Output goes to a file shown only on failure, because Debian's Maven 3.8.7
# prints stray colour-reset escape codes even with -q -B.
if ! mvn -q -B -Dstyle.color=never -f "$HERE/pom.xml" dependency:copy-dependencies \
  -Dkafka.version="$VERSION" -DoutputDirectory="$TMP" >"$CACHE/fetch.log" 2>&1; then
  echo "kafka: mvn could not fetch kafka_2.13:$VERSION (is Maven Central reachable?):" >&2
  cat "$CACHE/fetch.log" >&2
  rm -rf "$CACHE"
  exit 1
fi
echo "$POM_SUM" >"$TMP/.pom.sha256"
rm -rf "$LIBS"
mv "$TMP" "$LIBS"
trap - EXIT
echo "$LIBS"
