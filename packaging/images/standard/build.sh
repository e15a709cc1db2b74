#!/usr/bin/env bash
# Builds the default build image builddeck/standard offline from Debian packages: mmdebstrap makes
# a root file system from the Debian mirror, and the Docker Engine API imports it as an image.
# No registry is contacted.
#
# Usage: build.sh ENDPOINT      ENDPOINT: unix:///path/to/engine.sock or tcp://host:port
# Environment: BUILDDECK_DEBIAN_MIRROR (default http://deb.debian.org/debian),
#              BUILDDECK_DEBIAN_SECURITY_MIRROR (default http://deb.debian.org/debian-security).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=image.conf
. "$here/image.conf"

endpoint=${1:?usage: build.sh unix:///path/to/engine.sock|tcp://host:port}
mirror=${BUILDDECK_DEBIAN_MIRROR:-http://deb.debian.org/debian}
security=${BUILDDECK_DEBIAN_SECURITY_MIRROR:-http://deb.debian.org/debian-security}

case $endpoint in
    unix://*) curl_target=(--unix-socket "${endpoint#unix://}") base=http://docker ;;
    tcp://*) curl_target=() base=http://${endpoint#tcp://} ;;
    *) echo "build.sh: '$endpoint' is not unix:///path or tcp://host:port" >&2; exit 2 ;;
esac

command -v mmdebstrap >/dev/null || { echo "build.sh: mmdebstrap is missing: apt-get install mmdebstrap" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "Building $IMAGE_REPOSITORY:$IMAGE_TAG from Debian $DEBIAN_SUITE ($mirror)..."
mmdebstrap --variant=minbase --format=tar \
    --include="${PACKAGES// /,}" \
    --customize-hook="echo '$IMAGE_REPOSITORY:$IMAGE_TAG' > \"\$1/etc/builddeck-image\"" \
    "$DEBIAN_SUITE" "$work/rootfs.tar" \
    "deb $mirror $DEBIAN_SUITE main" \
    "deb $mirror $DEBIAN_SUITE-updates main" \
    "deb $security $DEBIAN_SUITE-security main" </dev/null

# ENV, CMD and WORKDIR: an imported image has no config otherwise.
urlencode() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1], safe=""))' "$1"; }
query="fromSrc=-&repo=$(urlencode "$IMAGE_REPOSITORY")&tag=$IMAGE_TAG"
for change in 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
    'ENV LANG=C.UTF-8' 'WORKDIR /' 'CMD ["/bin/bash"]'; do
    query+="&changes=$(urlencode "$change")"
done
query+="&message=$(urlencode "builddeck packaging/images/standard $IMAGE_TAG")"

echo "Importing $IMAGE_REPOSITORY:$IMAGE_TAG into $endpoint..."
curl -sS --fail-with-body "${curl_target[@]}" -X POST -H 'Content-Type: application/x-tar' -H 'Expect:' \
    -T "$work/rootfs.tar" "$base/v1.41/images/create?$query" >"$work/import.log"
if grep -q '"error' "$work/import.log"; then
    echo "build.sh: the engine refused the image:" >&2
    cat "$work/import.log" >&2
    exit 1
fi
echo "Built $IMAGE_REPOSITORY:$IMAGE_TAG."
