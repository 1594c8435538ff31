#!/usr/bin/env bash
# Starts Causeway (release build) in the foreground for the side-by-side proxy benchmark: it gets
# GATEWAY_PORT, UPSTREAM and GATEWAY_WORKDIR from the harness and proxies every path to UPSTREAM.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
cat >"$GATEWAY_WORKDIR/dynamic.yml" <<YAML
http:
  routers:
    all:
      rule: "PathPrefix(\`/\`)"
      service: upstream
  services:
    upstream:
      loadBalancer:
        servers:
          - url: "http://$UPSTREAM"
YAML
exec "$here/.build/release/causeway" \
  --entryPoints.web.address="127.0.0.1:$GATEWAY_PORT" \
  --providers.file.filename="$GATEWAY_WORKDIR/dynamic.yml" \
  --log.level=ERROR
