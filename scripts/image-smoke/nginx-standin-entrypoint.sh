#!/bin/sh
# What the official nginx image's 20-envsubst-on-templates.sh does: every
# /etc/nginx/templates/*.template becomes /etc/nginx/conf.d/<name>, with only the variables
# defined in the environment substituted (nginx's own $variables stay as they are).
set -eu
defined=$(printf '${%s} ' $(awk 'END { for (name in ENVIRON) print name }' </dev/null))
for template in /etc/nginx/templates/*.template; do
  [ -e "$template" ] || continue
  envsubst "$defined" <"$template" >"/etc/nginx/conf.d/$(basename "$template" .template)"
done
exec "$@"
