#!/usr/bin/env bash
# Builds the CMS and site images and runs them in the production roles, with podman (no Docker
# engine needed): 2 CMS replicas sharing an uploads volume, 2 site replicas, the nginx edge in
# front of both (deploy/edge/nginx.conf.template, through the official image's templates step),
# on a scratch PostgreSQL database and a Redis of its own. Then, through the edge: the story page,
# the admin, an upload as the admin (read back from both CMS replicas), a reader's comment (stored
# once, moderators' mail written); and each site replica serving the story within 10 s of starting.
#
# Needs root, Debian bookworm, PostgreSQL on 127.0.0.1:5432 (trust auth, user postgres), and
# redis-server. Installs podman, runc and debootstrap from Debian if missing. Not run by .ci/run
# (about 25 minutes here for a first run, mostly the two image builds; 3-6 once built: podman
# still checks every cached layer). IMAGE_SMOKE_EDGE_TEMPLATE runs another edge config.
# Idempotent: the stand-in base images are
# made once; image builds reuse podman's layer cache; every container, the volume, the Redis and
# the scratch database it starts are removed when it ends, pass or fail.
#
# No image registry is reachable here, so official images are stood in for, locally:
#   node:20-bookworm-slim  debootstrap'd bookworm + this machine's Node 20, npm and headers
#   nginx                  Debian's nginx-light with the official image's templates/envsubst step
# PostgreSQL and Redis run on the host; Caddy (TLS) is not started, only its config checked.
#
# Ports (host networking): IMAGE_SMOKE_PORT_BASE (22000) + 10/11 CMS, +20/21 site, +30/31 edge,
# +40 Redis.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
HERE="$ROOT/scripts/image-smoke"
WORK=${IMAGE_SMOKE_DIR:-/tmp/derna-image-smoke}
BASE=${IMAGE_SMOKE_PORT_BASE:-22000}
CMS_PORTS=($((BASE + 10)) $((BASE + 11)))
WEB_PORTS=($((BASE + 20)) $((BASE + 21)))
EDGE_PORT=$((BASE + 30))
CMS_EDGE_PORT=$((BASE + 31))
REDIS_PORT=$((BASE + 40))
DB=derna_image_smoke
export PGOPTIONS="-c client_min_messages=warning"
PG="psql -h 127.0.0.1 -p 5432 -U postgres -v ON_ERROR_STOP=1 -qAt"
P=derna-smoke
SLUG=libya-haftars-army-in-control-of-derna
EDGE="http://127.0.0.1:$EDGE_PORT"
CMS_EDGE="http://127.0.0.1:$CMS_EDGE_PORT"
STARTED=$(date +%s)

log() { printf '\n[%s +%ss] %s\n' "$(date -u +%H:%M:%S)" "$(($(date +%s) - STARTED))" "$*"; }
fail() {
  echo "FAIL: $*" >&2
  for name in $(podman ps -a --format '{{.Names}}' --filter "name=^$P-" 2>/dev/null); do
    echo "--- last lines of $name ---" >&2
    podman logs --tail 30 "$name" >&2 2>&1 || true
  done
  exit 1
}

# --- podman, configured for this machine ---------------------------------------------------------
setup_podman() {
  if ! command -v podman >/dev/null || ! command -v debootstrap >/dev/null; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y podman runc debootstrap
  fi
  local conf=/etc/containers/containers.conf
  # No CAP_SYS_RESOURCE here (podman's default rlimits fail), and crun fails on this cgroup layout.
  if ! grep -q '^default_ulimits' "$conf" 2>/dev/null || ! grep -q '^runtime *= *"runc"' "$conf" 2>/dev/null; then
    [ -f "$conf" ] && cp "$conf" "$conf.before-image-smoke"
    printf '%s\n' '[containers]' 'default_ulimits = ["nofile=10000:10000", "nproc=4096:4096"]' '' \
      '[engine]' 'runtime = "runc"' >"$conf"
  fi
}

# --- stand-in base images (made once) ------------------------------------------------------------
standin_images() {
  mkdir -p "$WORK"
  if ! podman image exists docker.io/library/debian:bookworm-slim; then
    if [ ! -d "$WORK/rootfs-bookworm" ]; then
      log "debootstrap bookworm (minbase)"
      rm -rf "$WORK/rootfs-bookworm.partial"
      debootstrap --variant=minbase bookworm "$WORK/rootfs-bookworm.partial" http://deb.debian.org/debian
      mv "$WORK/rootfs-bookworm.partial" "$WORK/rootfs-bookworm"
    fi
    # As in Debian's official images: no service starts during a package install.
    printf '#!/bin/sh\nexit 101\n' >"$WORK/rootfs-bookworm/usr/sbin/policy-rc.d"
    chmod +x "$WORK/rootfs-bookworm/usr/sbin/policy-rc.d"
    rm -rf "$WORK/rootfs-bookworm/var/lib/apt/lists/"* "$WORK/rootfs-bookworm/var/cache/apt/archives/"*.deb
    tar -C "$WORK/rootfs-bookworm" -c . | podman import --change 'CMD ["bash"]' - docker.io/library/debian:bookworm-slim
  fi
  if ! podman image exists docker.io/library/node:20-bookworm-slim; then
    log "stand-in node:20-bookworm-slim (Node $(node -v) from this machine)"
    local ctx="$WORK/node-standin"
    rm -rf "$ctx" && mkdir -p "$ctx"
    cp "$(readlink -f "$(command -v node)")" "$ctx/node"
    cp -a "$(dirname "$(readlink -f "$(command -v npm)")")/.." "$ctx/npm"
    cp -a /usr/include/node "$ctx/include"
    cat /usr/local/share/ca-certificates/*.crt >"$ctx/ca.crt"
    cp "$HERE/node-standin.Containerfile" "$ctx/Containerfile"
    podman build --network host --pull=never -t docker.io/library/node:20-bookworm-slim "$ctx"
  fi
  log "stand-in nginx (Debian's nginx-light, official image's templates step)"
  podman build --network host --pull=never -f "$HERE/nginx-standin.Containerfile" -t localhost/derna-standin-nginx "$HERE"
}

# --- the images themselves -----------------------------------------------------------------------
build_images() {
  local t
  for app in cms web; do
    log "podman build -f apps/$app/Dockerfile ."
    t=$(date +%s)
    podman build --network host --pull=never -f "$ROOT/apps/$app/Dockerfile" -t "localhost/derna-$app" "$ROOT"
    echo "built derna-$app in $(($(date +%s) - t)) s"
  done
}

# --- a run of the production roles ---------------------------------------------------------------
cleanup() {
  set +e
  for name in $(podman ps -a --format '{{.Names}}' --filter "name=^$P-"); do podman rm -f -t 5 "$name" >/dev/null; done
  podman volume rm -f "$P-uploads" >/dev/null 2>&1
  [ -f "$WORK/redis.pid" ] && kill "$(cat "$WORK/redis.pid")" 2>/dev/null && rm -f "$WORK/redis.pid"
  $PG -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" 2>/dev/null
}

secret() { head -c 24 /dev/urandom | base64 | tr -d '/+='; }
revalidate_secret() { sed -n 's/^REVALIDATE_SECRET=//p' "$WORK/cms.env"; }
# cache_status <url> [curl options]: the edge's X-Cache-Status for one GET.
cache_status() {
  local url=$1
  shift
  curl -fsS -o /dev/null -D - "$@" "$url" | tr -d '\r' | sed -n 's/^[Xx]-[Cc]ache-[Ss]tatus: //p'
}

write_env() {
  local api_token revalidate preview
  api_token=$(secret) revalidate=$(secret) preview=$(secret)
  cat >"$WORK/cms.env" <<EOF
NODE_ENV=production
DATABASE_URL=postgres://postgres@127.0.0.1:5432/$DB
REDIS_URL=redis://127.0.0.1:$REDIS_PORT
CMS_HOST=127.0.0.1
CMS_TRUST_PROXY=true
CMS_PUBLIC_URL=$CMS_EDGE
WEB_URL=$EDGE
WEB_INTERNAL_URL=http://127.0.0.1:${WEB_PORTS[0]}
APP_KEYS=$(secret),$(secret)
API_TOKEN_SALT=$(secret)
ADMIN_JWT_SECRET=$(secret)
TRANSFER_TOKEN_SALT=$(secret)
JWT_SECRET=$(secret)
ENCRYPTION_KEY=$(secret)
CMS_API_TOKEN=$api_token
REVALIDATE_SECRET=$revalidate
PREVIEW_SECRET=$preview
ADMIN_EMAIL=admin@derna.local
ADMIN_PASSWORD=Smoke-admin-2026
MODERATOR_EMAIL=moderator@derna.local
MODERATOR_PASSWORD=Smoke-moderator-2026
COMMENT_DIGEST_INTERVAL_SECONDS=5
EOF
  cat >"$WORK/web.env" <<EOF
NODE_ENV=production
REDIS_URL=redis://127.0.0.1:$REDIS_PORT
CMS_URL=$CMS_EDGE
CMS_PUBLIC_URL=$CMS_EDGE
SITE_URL=$EDGE
TRUSTED_PROXY_HOPS=1
EDGE_URL=$EDGE
CMS_API_TOKEN=$api_token
REVALIDATE_SECRET=$revalidate
PREVIEW_SECRET=$preview
EOF
}

# wait_for <url> <seconds>: until the URL answers below 500.
wait_for() {
  local deadline=$(($(date +%s) + $2))
  until curl -fsS -o /dev/null --max-time 5 "$1" 2>/dev/null; do
    [ "$(date +%s)" -lt "$deadline" ] || return 1
    sleep 0.25
  done
}

start_backing_services() {
  log "scratch database $DB on 127.0.0.1:5432, Redis on $REDIS_PORT, uploads volume"
  $PG -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"
  redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save '' --appendonly no --daemonize no >"$WORK/redis.log" 2>&1 &
  echo $! >"$WORK/redis.pid"
  podman volume create "$P-uploads" >/dev/null
}

start_cms() { # <replica 1|2> <extra env...>
  local n=$1 port=${CMS_PORTS[$(($1 - 1))]}
  shift
  podman run -d --name "$P-cms-$n" --network host --env-file "$WORK/cms.env" -e "CMS_PORT=$port" "$@" \
    -v "$P-uploads:/app/apps/cms/public/uploads" localhost/derna-cms >/dev/null
  wait_for "http://127.0.0.1:$port/_health" 240 || fail "CMS replica $n did not answer on $port"
  echo "CMS replica $n answers on $port"
}

start_edge() {
  local template=${IMAGE_SMOKE_EDGE_TEMPLATE:-$ROOT/deploy/edge/nginx.conf.template}
  if [ ! -f "$template" ]; then
    template="$HERE/edge-standin.conf.template"
    echo "deploy/edge/nginx.conf.template is not here yet: using the stand-in $template"
  fi
  podman run -d --name "$P-edge" --network host \
    -e "EDGE_PORT=$EDGE_PORT" -e "CMS_EDGE_PORT=$CMS_EDGE_PORT" -e EDGE_CACHE_DIR=/var/cache/nginx/derna \
    -e "EDGE_REFRESH_SECRET=$(revalidate_secret)" \
    -e "WEB_UPSTREAM_SERVERS=server 127.0.0.1:${WEB_PORTS[0]} max_fails=1 fail_timeout=2s; server 127.0.0.1:${WEB_PORTS[1]} max_fails=1 fail_timeout=2s;" \
    -e "CMS_UPSTREAM_SERVERS=server 127.0.0.1:${CMS_PORTS[0]} max_fails=1 fail_timeout=2s; server 127.0.0.1:${CMS_PORTS[1]} max_fails=1 fail_timeout=2s;" \
    -v "$template:/etc/nginx/templates/default.conf.template:ro" localhost/derna-standin-nginx >/dev/null
  wait_for "$CMS_EDGE/_health" 20 || fail "the edge does not reach the CMS on $CMS_EDGE_PORT"
}

# Each site replica, timed from `podman run` to the story page served by that replica.
start_web() { # <replica 1|2>
  local n=$1 port=${WEB_PORTS[$(($1 - 1))]} t0 ms
  t0=$(date +%s%N)
  podman run -d --name "$P-web-$n" --network host --env-file "$WORK/web.env" -e "PORT=$port" localhost/derna-web >/dev/null
  local deadline=$(($(date +%s) + 60))
  until curl -fsS --max-time 10 "http://127.0.0.1:$port/news/$SLUG" 2>/dev/null | grep -q 'Derna'; do
    [ "$(date +%s)" -lt "$deadline" ] || fail "site replica $n never served the story"
    sleep 0.1
  done
  ms=$((($(date +%s%N) - t0) / 1000000))
  echo "site replica $n served the story ${ms} ms after podman run"
  [ "$ms" -le 10000 ] || fail "site replica $n took ${ms} ms (goal: within 10 s)"
}

json() { node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const v=new Function("r","return "+process.argv[1])(JSON.parse(s));console.log(v)})' "$1"; }

check_runtime_user() {
  log "runtime user and the folders it writes"
  for name in "$P-cms-1" "$P-web-1"; do
    [ "$(podman exec "$name" id -un)" = node ] || fail "$name does not run as node"
  done
  podman exec "$P-cms-1" sh -c 'test -w public/uploads && test -w .tmp' || fail "uploads or .tmp not writable by node"
  podman exec "$P-web-1" sh -c 'test -w .next' || fail ".next not writable by node in the site image"
  if podman run --rm --network host --entrypoint sh localhost/derna-web -c 'ls /app/node_modules/.pnpm' | grep -Eq '^(better-sqlite3|@strapi|typescript|jest)@'; then
    fail "the site image holds packages it never uses"
  fi
  if podman run --rm --network host --entrypoint sh localhost/derna-cms -c 'ls /app/node_modules/.pnpm' | grep -Eq '^(jest|supertest|@swc\+jest|@types\+supertest)@'; then
    fail "the CMS image holds development dependencies"
  fi
  echo "both run as node; public/uploads, .tmp and .next are theirs; no stray packages in either image"
}

check_story_and_admin() {
  log "through the edge: the story page and the admin"
  curl -fsS "$EDGE/news/$SLUG" | grep -q "Haftar" || fail "the story page through the edge"
  curl -fsS "$EDGE/" | grep -q "news/$SLUG" || fail "the home page through the edge does not list the story"
  curl -fsS "$EDGE/feed.xml" | grep -q "<rss" || fail "the feed through the edge"
  curl -fsS "$CMS_EDGE/admin" | grep -qi "strapi" || fail "the admin through the edge"
  echo "story, home page, feed and admin answer through the edge"
  cache_status "$EDGE/news/$SLUG" >/dev/null
  [ "$(cache_status "$EDGE/news/$SLUG" -H 'X-Edge-Refresh: guess')" != BYPASS ] || fail "a wrong X-Edge-Refresh got past the edge's copy"
  [ "$(cache_status "$EDGE/news/$SLUG" -H "X-Edge-Refresh: $(revalidate_secret)")" = BYPASS ] ||
    fail "the site's refresh (X-Edge-Refresh with REVALIDATE_SECRET) did not replace the edge's copy"
  echo "the edge replaces a page's copy for the site's secret only"
  if [ -f "$ROOT/apps/web/cache-handler.mjs" ]; then
    local keys
    keys=$(redis-cli -p "$REDIS_PORT" --scan --pattern 'derna:site:*' | wc -l)
    [ "$keys" -gt 0 ] || fail "the site replicas left nothing in Redis"
    echo "the site's shared cache holds $keys entries in Redis"
  else
    echo "(no apps/web/cache-handler.mjs on this branch: the shared Redis cache is not checked)"
  fi
}

check_upload() {
  log "through the edge: an upload as the admin, read back from both CMS replicas"
  local token url
  token=$(curl -fsS -H 'Content-Type: application/json' \
    -d '{"email":"admin@derna.local","password":"Smoke-admin-2026"}' "$CMS_EDGE/admin/login" | json 'r.data.token')
  [ -n "$token" ] || fail "admin login through the edge"
  cp "$ROOT/apps/cms/favicon.png" "$WORK/cover.png"
  local status
  status=$(curl -sS -o "$WORK/upload.json" -w '%{http_code}' -H "Authorization: Bearer $token" \
    -F "files=@$WORK/cover.png;type=image/png" "$CMS_EDGE/upload")
  [ "$status" = 201 ] || [ "$status" = 200 ] || fail "the upload answered $status: $(cat "$WORK/upload.json")"
  url=$(json 'r[0].url' <"$WORK/upload.json")
  echo "uploaded: $url"
  # Strapi re-encodes the original (size optimisation): the copies are compared with each other.
  curl -fsS "$CMS_EDGE${url#"$CMS_EDGE"}" -o "$WORK/edge.png" || fail "$url not served through the edge"
  [ "$(head -c 4 "$WORK/edge.png" | tail -c 3)" = PNG ] || fail "$url through the edge is not a PNG"
  for port in "${CMS_PORTS[@]}"; do
    curl -fsS "http://127.0.0.1:$port${url#"$CMS_EDGE"}" -o "$WORK/back.png" || fail "$url not served by the replica on $port"
    cmp -s "$WORK/edge.png" "$WORK/back.png" || fail "$url from the replica on $port differs"
  done
  local owner
  owner=$(podman run --rm --network host -v "$P-uploads:/uploads" --entrypoint stat localhost/derna-cms -c %U "/uploads/${url##*/}")
  [ "$owner" = node ] || fail "the uploaded file belongs to $owner"
  echo "the same PNG comes back through the edge and from each replica (shared volume, files owned by node)"
}

check_comment() {
  log "through the edge: a reader's comment"
  local article body status stored
  article=$(curl -fsS "$CMS_EDGE/api/articles?filters%5Bslug%5D%5B%24eq%5D=$SLUG" | json 'r.data[0].documentId')
  body="Image smoke test $(date +%s): the images work."
  status=$(curl -sS -o "$WORK/comment.json" -w '%{http_code}' -H 'Content-Type: application/json' \
    -d "{\"article\":\"$article\",\"authorName\":\"Smoke Reader\",\"authorEmail\":\"reader@example.org\",\"authorUrl\":\"\",\"body\":\"$body\",\"signals\":{\"honeypot\":\"\",\"renderedAt\":$(($(date +%s%3N) - 10000))}}" \
    "$EDGE/api/comments")
  [ "$status" = 201 ] || fail "comment answered $status: $(cat "$WORK/comment.json")"
  stored=$($PG -d "$DB" -c "SELECT count(*) FROM comments WHERE body = '$body'")
  [ "$stored" = 1 ] || fail "comment stored $stored times"
  # The moderators' digest (every 5 s here; no SMTP, so .tmp/mail) is sent by whichever replica
  # holds the job's Redis lock, once for both.
  local deadline=$(($(date +%s) + 30)) mails=0
  while [ "$mails" -lt 1 ] && [ "$(date +%s)" -lt "$deadline" ]; do
    sleep 0.5
    mails=$(($(podman exec "$P-cms-1" sh -c 'ls .tmp/mail 2>/dev/null | wc -l') + $(podman exec "$P-cms-2" sh -c 'ls .tmp/mail 2>/dev/null | wc -l')))
  done
  [ "$mails" -ge 1 ] || fail "no moderator mail written to .tmp/mail"
  echo "comment accepted (201), stored once; the moderators' digest written ($mails file(s))"
}

check_caddyfile() {
  command -v caddy >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y caddy >/dev/null
  SITE_DOMAIN=news.example.org CMS_DOMAIN=cms.example.org caddy adapt --config "$ROOT/deploy/caddy/Caddyfile" >/dev/null ||
    fail "deploy/caddy/Caddyfile does not parse"
  echo "deploy/caddy/Caddyfile parses (caddy $(caddy version | cut -d' ' -f1))"
}

main() {
  [ "$(id -u)" = 0 ] || { echo "run as root (podman, apt-get)" >&2; exit 1; }
  setup_podman
  standin_images
  build_images
  trap cleanup EXIT
  cleanup
  write_env
  start_backing_services
  log "CMS replica 1 (applies the schema, seeds), then replica 2"
  start_cms 1
  start_cms 2 -e CMS_CRON=false
  start_edge
  log "site replicas (the image was built with no CMS: pages render on first request)"
  start_web 1
  start_web 2
  check_runtime_user
  check_story_and_admin
  check_upload
  check_comment
  check_caddyfile
  log "image smoke test passed in $(($(date +%s) - STARTED)) s"
}

main "$@"
