#!/usr/bin/env bash
# Install (Debian's postgresql), start, and give Kutip a test database: postgresql://kutip:kutip@localhost/kutip_test
# Needs root or sudo. Safe to run again.
set -euo pipefail
if [ "$(id -u)" -eq 0 ]; then
  as_root() { "$@"; }
  as_postgres() { runuser -u postgres -- "$@"; }
else
  as_root() { sudo "$@"; }
  as_postgres() { sudo -u postgres "$@"; }
fi
if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1 || ! command -v pg_ctlcluster >/dev/null; then
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq postgresql >/dev/null
fi
if ! pg_lsclusters -h | grep -q .; then
  as_root pg_createcluster "$(ls /usr/lib/postgresql | sort -V | tail -1)" main >/dev/null
fi
read -r ver name _ <<<"$(pg_lsclusters -h | head -1)"
as_root pg_ctlcluster "$ver" "$name" start 2>/dev/null || true
for _ in $(seq 30); do
  as_postgres psql -qtAc "SELECT 1" >/dev/null 2>&1 && break
  sleep 1
done
as_postgres psql -qtAc "SELECT 1 FROM pg_roles WHERE rolname = 'kutip'" | grep -q 1 \
  || as_postgres psql -qc "CREATE USER kutip WITH PASSWORD 'kutip' CREATEDB"
as_postgres psql -qtAc "SELECT 1 FROM pg_database WHERE datname = 'kutip_test'" | grep -q 1 \
  || as_postgres createdb -O kutip kutip_test
echo "postgres: postgresql://kutip:kutip@localhost:5432/kutip_test ready (PostgreSQL $ver)"
