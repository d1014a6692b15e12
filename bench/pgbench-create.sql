-- pgbench: the rows one "create a lookup with 5 identifiers" writes, in one transaction, with no application
-- in between: the request (with a search text as long as the application's: subject, details, basis, both
-- agencies, the identifiers), its five identifiers and the timeline event go into the real tables, next to the
-- million stored requests (bench/run.sh deletes them afterwards); the ledger entry and its chain's new head go
-- into copies of the ledger tables, because the real ledger is append-only and must not hold fake entries.
-- No colon inside string literals: pgbench would take ":word" for a variable.
\set n random(1, 2000000000)
\set chain :client_id % 16
BEGIN;
WITH req AS (
  INSERT INTO public.coordination_request (id, reference, kind, sender_agency_id, sender_unit_id, receiver_agency_id,
    agreement_id, subject, details, basis_reference, basis_date, basis_legal_type, basis_authority, classification,
    urgency, status, desired_status, generation, created_by_name, created_at, updated_at, idempotency_key,
    idempotency_hash, search_text)
  VALUES (gen_random_uuid(), 'PGB-' || :n::text || '-' || :client_id::text, 'LOOKUP',
    '11111111-1111-1111-1111-111111111111', '33333333-3333-3333-3333-333333333333',
    '22222222-2222-2222-2222-222222222222', '44444444-4444-4444-4444-444444444444',
    'Tra cứu chủ thuê bao vụ việc ' || :n::text, 'Phục vụ điều tra', :n::text || '/QĐ-CSĐT', current_date,
    'Quyết định', 'Cơ quan CSĐT', 'UNCLASSIFIED', 'NORMAL', 'DRAFT', 'DRAFT', 1, 'benchmark', now(), now(),
    md5(:n::text), md5(:n::text) || md5(:client_id::text),
    'pgb-' || :n::text || ' tra cuu chu thue bao vu viec ' || :n::text || ' phuc vu dieu tra ' || :n::text
      || '/qd-csdt cong an tinh ha giang ca-hgg vien thong ha giang vnpt-hgg +8491' || :n::text
      || ' +8481' || :n::text || ' +8431' || :n::text || ' u' || :n::text || '@example.vn site' || :n::text
      || '.example.vn')
  ON CONFLICT DO NOTHING
  RETURNING id),
task AS (
  INSERT INTO public.request_task (id, request_id, position, task_type, identifier_type, raw_value, normalized)
  SELECT gen_random_uuid(), req.id, p, 'IDENTIFIER', 'PHONE', '0912' || :n::text, '+84912' || :n::text
  FROM req, generate_series(1, 5) p)
INSERT INTO public.request_event (id, request_id, at, action, to_status, actor_name, actor_agency_id, side, generation)
  SELECT gen_random_uuid(), req.id, now(), 'CREATE', 'DRAFT', 'benchmark', '11111111-1111-1111-1111-111111111111',
    'SENDER', 1 FROM req;
SELECT last_seq FROM bench_pg.audit_chain_head WHERE chain_no = :chain FOR UPDATE;
WITH entry AS (
  INSERT INTO bench_pg.audit_entry (chain_no, chain_seq, occurred_at, actor_name, agency_id, action, target_type,
    target_id, after_state, prev_hash, entry_hash)
  VALUES (:chain, :n::bigint, now(), 'token lia_bench', '11111111-1111-1111-1111-111111111111', 'request.create',
    'request', :n::text, ('{"kind": "LOOKUP", "tasks": 5, "status": "DRAFT", "receiver": "22222222-2222-2222-2222-222222222222", '
      || '"reference": "PGB-' || :n::text || '", "generation": 1, "desiredStatus": "DRAFT", "classification": '
      || '"UNCLASSIFIED", "approvalPending": false}'),
    repeat('0', 64), md5(:n::text) || md5(:n::text))
  ON CONFLICT DO NOTHING
  RETURNING id, chain_no, chain_seq, entry_hash)
UPDATE bench_pg.audit_chain_head h SET last_seq = entry.chain_seq, last_hash = entry.entry_hash, last_entry_id = entry.id
  FROM entry WHERE h.chain_no = entry.chain_no;
END;
