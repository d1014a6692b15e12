#!/usr/bin/env bash
# Liaison benchmark (issue 4): 8 concurrent API clients with API tokens against 1,000,000 stored requests,
# side by side with pgbench writing the same rows. Figures go to stdout and bench/results/.
# Needs: a JDK 17+, wrk, psql and pgbench (Debian: apt-get install wrk postgresql-client). See docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${PORT:-8095}
PGPORT=${PGPORT:-55432}
N=${N:-1000000}
CLIENTS=${CLIENTS:-8}
SECS=${SECS:-30}
DATA=${DATA:-bench/data}
OUT=bench/results/$(date -u +%Y%m%dT%H%M%SZ)
mkdir -p "$DATA" "$OUT"

PSQL=(psql -h localhost -p "$PGPORT" -U postgres -d liaison -v ON_ERROR_STOP=1 -qAt)

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  ./mvnw -q -B -ntp -DskipTests package
fi
JAR=$(ls target/liaison-*.jar | grep -v original | head -1)

echo "== starting Liaison (demo data, embedded PostgreSQL on port $PGPORT, data in $DATA)"
java -Xms1g -Xmx2g -XX:+UseParallelGC -jar "$JAR" --spring.profiles.active=demo --server.port="$PORT" \
  --liaison.database.embedded.data-dir="$DATA/pg" --liaison.database.embedded.port="$PGPORT" \
  --liaison.database.embedded.pool-size=16 --liaison.attachments.dir="$DATA/attachments" \
  --spring.thymeleaf.cache=true --logging.level.root=WARN --logging.level.vn.liaison.web.StartupBanner=INFO \
  > "$OUT/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 180); do
  curl -fs "http://localhost:$PORT/actuator/health/readiness" >/dev/null 2>&1 && break
  sleep 1
done
curl -fs "http://localhost:$PORT/actuator/health/readiness" >/dev/null

have=$("${PSQL[@]}" -c "SELECT count(*) FROM coordination_request WHERE reference LIKE 'BENCH-%'")
if [ "$have" -lt "$N" ]; then
  echo "== loading $N requests (have $have)"
  start=$(date +%s)
  "${PSQL[@]}" -v n="$N" -f bench/load-requests.sql
  echo "   loaded in $(( $(date +%s) - start )) s"
fi
# Stored history is not news: its overdue requests count as escalated back then, so the deadline watch does not
# spend the measured minutes notifying about three-year-old requests (databases loaded before this rule).
"${PSQL[@]}" -c "UPDATE coordination_request SET overdue_notified_at = effective_due_at,
  reminder_sent_at = COALESCE(reminder_sent_at, effective_due_at) WHERE reference LIKE 'BENCH-%'
  AND overdue_notified_at IS NULL AND status IN ('SENT','ACKNOWLEDGED','IN_PROGRESS') AND effective_due_at <= now()"
# Every run measures the same database: the requests earlier runs created through the API (by the benchmark's
# token, or by a token named "probe" used for profiling) are removed first. Left in, they pile up run after run
# (40,000 a run), all sent by the same agency and full of random digits, and slow its outbox and its searches.
"${PSQL[@]}" -c "DELETE FROM coordination_request WHERE reference NOT LIKE 'BENCH-%'
  AND created_by_name IN ('benchmark', 'probe') AND created_by_account IS NULL"
# The tables the removal cascades to are vacuumed too: otherwise autovacuum would do it during the measurement.
"${PSQL[@]}" -c "VACUUM ANALYZE coordination_request, request_task, request_event"
echo "== requests in the database: $("${PSQL[@]}" -c 'SELECT count(*) FROM coordination_request')"

# An API token of Công an tỉnh Hà Giang with the request scopes, made the way the application makes them:
# a random secret, only its SHA-256 stored.
SECRET="lia_$(head -c 32 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n')"
SHA=$(printf '%s' "$SECRET" | sha256sum | cut -d' ' -f1)
"${PSQL[@]}" -c "INSERT INTO api_token (id, agency_id, agency_name, name, scopes, token_sha256, prefix, clearance,
  created_by, created_at, expires_at)
  SELECT gen_random_uuid(), a.id, a.name_vi, 'benchmark', 'REQUESTS_READ,REQUESTS_WRITE', '$SHA', '${SECRET:0:8}', 'MAT',
         (SELECT id FROM account WHERE username = 'sysadmin'), now(), now() + interval '1 day'
  FROM agency a WHERE a.code = 'CA-HGG'"
HGG=$("${PSQL[@]}" -c "SELECT id FROM agency WHERE code = 'CA-HGG'")
VNPT=$("${PSQL[@]}" -c "SELECT id FROM agency WHERE code = 'VNPT-HGG'")
UNIT=$("${PSQL[@]}" -c "SELECT id FROM unit WHERE agency_id = '$HGG' ORDER BY name_vi LIMIT 1")
"${PSQL[@]}" -c "SELECT id FROM coordination_request WHERE (sender_agency_id = '$HGG' OR receiver_agency_id = '$HGG')
  AND reference LIKE 'BENCH-%' AND classification = 'UNCLASSIFIED' ORDER BY random() LIMIT 20000" > "$OUT/ids.txt"
"${PSQL[@]}" -c "SELECT substring(reference from 7) FROM coordination_request WHERE sender_agency_id = '$HGG'
  AND reference LIKE 'BENCH-%' ORDER BY random() LIMIT 5000" > "$OUT/numbers.txt"

cat > "$OUT/create.json" <<JSON
{"kind":"LOOKUP","senderUnitId":"$UNIT","receiverAgencyId":"$VNPT","subject":"Tra cứu chủ thuê bao vụ việc \${seq}",
 "details":"Phục vụ điều tra","classification":"UNCLASSIFIED","urgency":"NORMAL",
 "basis":{"reference":"\${seq}/QĐ-CSĐT","date":"2026-11-01","legalType":"Quyết định","authority":"Cơ quan CSĐT"},
 "identifiers":[{"type":"PHONE","value":"09\${digits:8}"},{"type":"PHONE","value":"08\${digits:8}"},
  {"type":"PHONE","value":"03\${digits:8}"},{"type":"EMAIL","value":"u\${seq}@example.vn"},
  {"type":"DOMAIN","value":"site\${seq}.example.vn"}]}
JSON

# wrk (C, event loop) drives the load so that the client takes as little of the two cores as pgbench does.
load() { # NAME METHOD PATH SECONDS [BODY_FILE]
  LIAISON_NAME="$1" LIAISON_METHOD="$2" LIAISON_PATH="$3" LIAISON_BODY="${5:-}" LIAISON_TOKEN="$SECRET" \
    wrk -t2 -c"$CLIENTS" -d"$4"s --timeout 30s -s bench/liaison.lua "http://localhost:$PORT" | sed -n '/^[a-z{].*p50/p;/^{/p'
}
API=/api/v1/requests
echo "== warming up"
# The JIT needs minutes on two cores before the figures are those of a running server: creating ran a quarter
# slower in a first round that followed 60 s of warm-up than in the rounds after it. The reading paths warm up
# first, creating last, for WARMUP_CREATE seconds, so that the rounds start on compiled code.
load warmup GET "$API/\${pick:$OUT/ids.txt}" 20 > /dev/null
load warmup GET "$API?tab=INCOMING&page=0&size=20" 10 > /dev/null
load warmup GET "$API?tab=OUTGOING&q=\${pick:$OUT/numbers.txt}" 10 > /dev/null
load warmup POST "$API" "${WARMUP_CREATE:-150}" "$OUT/create.json" > /dev/null
pgbench_round() { # SECONDS: prints the tps of pgbench writing the same rows as a create, no application in between
  pgbench -h localhost -p "$PGPORT" -U postgres -n -M prepared -c "$CLIENTS" -j 2 -T "$1" -f bench/pgbench-create.sql \
    liaison | tee -a "$OUT/pgbench.txt" | sed -n 's/^tps = \([0-9.]*\).*/\1/p'
}
"${PSQL[@]}" -c "DELETE FROM coordination_request WHERE reference LIKE 'PGB-%'"
"${PSQL[@]}" -c "DROP SCHEMA IF EXISTS bench_pg CASCADE; CREATE SCHEMA bench_pg;
  CREATE TABLE bench_pg.audit_entry (LIKE public.audit_entry INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING INDEXES);
  CREATE TABLE bench_pg.audit_chain_head (LIKE public.audit_chain_head INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING INDEXES);
  INSERT INTO bench_pg.audit_chain_head SELECT n, 0, repeat('0', 64), NULL FROM generate_series(0, 15) n;"

# The speed of this machine drifts by a third over an hour, pgbench's with it: creating through the API and
# pgbench therefore take turns, ROUNDS times, and each round's share compares neighbours in time.
ROUNDS=${ROUNDS:-3}
echo "== creating: Liaison and pgbench in turns, $ROUNDS rounds of $SECS s each, $CLIENTS clients"
rates=()
for r in $(seq 1 "$ROUNDS"); do
  line=$(load "create lookup (5 ids)" POST "$API" "$SECS" "$OUT/create.json" | tee -a "$OUT/liaison.txt" | head -1)
  rate=$(sed -n 's/.*rate=\([0-9.]*\).*/\1/p' <<< "$line")
  tps=$(pgbench_round "$SECS")
  share=$(awk -v a="$rate" -v b="$tps" 'BEGIN {printf "%.1f", 100 * a / b}')
  echo "round $r: $line"
  echo "round $r: pgbench tps=$tps; Liaison reaches $share % of it"
  rates+=("$share")
done
echo "== median share of pgbench: $(printf '%s\n' "${rates[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}') %"
"${PSQL[@]}" -c "DROP SCHEMA bench_pg CASCADE"

echo "== reading ($CLIENTS clients, $SECS s each, after ${WARMUP_READ:-10} s of the same unmeasured)"
# After the rounds have written some 100,000 rows, the pages a scenario reads are no longer cached: its first
# seconds read from disk (searches then wait for seconds on DataFileRead, seen in pg_stat_activity). Each
# scenario first runs unmeasured for WARMUP_READ seconds, so that the figures describe the steady state.
read_scenario() { # NAME PATH
  load warmup GET "$2" "${WARMUP_READ:-10}" > /dev/null
  load "$1" GET "$2" "$SECS"
}
{
  read_scenario "open a request" "$API/\${pick:$OUT/ids.txt}"
  read_scenario "inbox, first page" "$API?tab=INCOMING&page=0&size=20"
  read_scenario "outbox, first page" "$API?tab=OUTGOING&page=0&size=20"
  read_scenario "full-text search" "$API?tab=OUTGOING&q=\${pick:$OUT/numbers.txt}"
} | tee -a "$OUT/liaison.txt"
# pgbench's rows go only now: removing them earlier would leave autovacuum work for the reading scenarios.
"${PSQL[@]}" -c "DELETE FROM coordination_request WHERE reference LIKE 'PGB-%'"

echo "== machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB, $(uname -sr), $(java -version 2>&1 | head -1)"
echo "== results in $OUT"
