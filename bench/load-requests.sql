-- Loads :n coordination requests (with two identifier tasks and one timeline event each) spread over four
-- agency pairs of the demo data, three years and every status, so that inbox, open and search run against a
-- realistic table. Run by bench/run.sh; idempotent per reference (BENCH-<n>).
\set ON_ERROR_STOP on
SET synchronous_commit = off;

CREATE TEMP TABLE bench_pair (i INT, sender UUID, receiver UUID);
INSERT INTO bench_pair VALUES
 (0, (SELECT id FROM agency WHERE code = 'CA-HGG'), (SELECT id FROM agency WHERE code = 'VNPT-HGG')),
 (1, (SELECT id FROM agency WHERE code = 'CA-AGG'), (SELECT id FROM agency WHERE code = 'STTTT-AGG')),
 (2, (SELECT id FROM agency WHERE code = 'CA-LCI'), (SELECT id FROM agency WHERE code = 'STTTT-LCI')),
 (3, (SELECT id FROM agency WHERE code = 'CA-HTH'), (SELECT id FROM agency WHERE code = 'STTTT-HTH'));

CREATE TEMP TABLE bench_status (i INT, status TEXT);
INSERT INTO bench_status VALUES (0,'SENT'),(1,'ACKNOWLEDGED'),(2,'IN_PROGRESS'),(3,'ANSWERED'),(4,'CLOSED'),
  (5,'CLOSED'),(6,'CLOSED'),(7,'CANCELLED'),(8,'RETURNED_FOR_CLARIFICATION'),(9,'DRAFT');

-- subjects, and the same folded as the application folds them (no diacritics, đ→d, lower case)
CREATE TEMP TABLE bench_word (i INT, w TEXT, folded TEXT);
INSERT INTO bench_word VALUES (0,'Tra cứu thuê bao','tra cuu thue bao'),
  (1,'Xác minh tài khoản mạng xã hội','xac minh tai khoan mang xa hoi'),(2,'Xác minh địa chỉ IP','xac minh dia chi ip'),
  (3,'Tra cứu chủ thuê bao di động','tra cuu chu thue bao di dong'),(4,'Xác minh số IMEI','xac minh so imei'),
  (5,'Giám định nội dung bài viết','giam dinh noi dung bai viet'),(6,'Xác lập chứng cứ vi phạm','xac lap chung cu vi pham'),
  (7,'Trao đổi thông tin tình hình','trao doi thong tin tinh hinh');

INSERT INTO coordination_request (id, reference, kind, sender_agency_id, receiver_agency_id, subject, details,
  basis_reference, basis_date, classification, urgency, status, desired_status, sent_at, due_at, effective_due_at,
  answered_at, outcome, generation, created_by_name, created_at, updated_at, search_text, reminder_sent_at,
  overdue_notified_at)
SELECT gen_random_uuid(),
       'BENCH-' || g,
       CASE WHEN g % 8 IN (0,1,2,3) THEN 'LOOKUP' WHEN g % 8 IN (4,5) THEN 'VERIFICATION' WHEN g % 8 = 6 THEN 'FORENSIC_ASSESSMENT' ELSE 'INFORMATION_EXCHANGE' END,
       p.sender, p.receiver,
       w.w || ' vụ việc số ' || g,
       'Phục vụ điều tra vụ việc số ' || g || ', số điện thoại 09' || lpad((g * 7919 % 100000000)::text, 8, '0'),
       g || '/QĐ-CSĐT', DATE '2023-01-01' + (g % 1000)::int,
       CASE WHEN g % 10 = 0 THEN 'MAT' ELSE 'UNCLASSIFIED' END,
       CASE WHEN g % 50 = 0 THEN 'EMERGENCY' WHEN g % 10 = 1 THEN 'URGENT' ELSE 'NORMAL' END,
       s.status, s.status,
       TIMESTAMPTZ '2023-01-01' + (g % 1050) * INTERVAL '1 day' + (g % 86400) * INTERVAL '1 second',
       TIMESTAMPTZ '2023-01-02' + (g % 1050) * INTERVAL '1 day' + (g % 86400) * INTERVAL '1 second',
       TIMESTAMPTZ '2023-01-02' + (g % 1050) * INTERVAL '1 day' + (g % 86400) * INTERVAL '1 second',
       CASE WHEN s.status IN ('ANSWERED','CLOSED') THEN TIMESTAMPTZ '2023-01-01' + (g % 1050) * INTERVAL '1 day' + ((g % 86400) + 3600 + g % 90000) * INTERVAL '1 second' END,
       CASE WHEN s.status IN ('ANSWERED','CLOSED') THEN (CASE WHEN g % 5 = 0 THEN 'NO_DATA' ELSE 'DISCLOSED' END) END,
       1, 'Nạp dữ liệu thử tải',
       TIMESTAMPTZ '2023-01-01' + (g % 1050) * INTERVAL '1 day' + (g % 86400) * INTERVAL '1 second',
       TIMESTAMPTZ '2023-01-01' + (g % 1050) * INTERVAL '1 day' + (g % 86400) * INTERVAL '1 second',
       w.folded
         || ' vu viec so ' || g || ' bench-' || g || ' 09' || lpad((g * 7919 % 100000000)::text, 8, '0'),
       -- history: the open ones past their deadline were escalated back then, as the deadline watch would have
       CASE WHEN s.status IN ('SENT','ACKNOWLEDGED','IN_PROGRESS') THEN TIMESTAMPTZ '2023-01-02' + (g % 1050) * INTERVAL '1 day' + (g % 86400) * INTERVAL '1 second' END,
       CASE WHEN s.status IN ('SENT','ACKNOWLEDGED','IN_PROGRESS') THEN TIMESTAMPTZ '2023-01-02' + (g % 1050) * INTERVAL '1 day' + (g % 86400) * INTERVAL '1 second' END
FROM generate_series(1::bigint, :n) AS g
JOIN bench_pair p ON p.i = g % 4
JOIN bench_status s ON s.i = (g / 4) % 10
JOIN bench_word w ON w.i = g % 8
ON CONFLICT (reference) DO NOTHING;

INSERT INTO request_task (id, request_id, position, task_type, identifier_type, raw_value, normalized)
SELECT gen_random_uuid(), r.id, t, 'IDENTIFIER', 'PHONE', '09' || lpad((abs(hashtext(r.reference || t)) % 100000000)::text, 8, '0'),
       '+849' || lpad((abs(hashtext(r.reference || t)) % 100000000)::text, 8, '0')
FROM coordination_request r CROSS JOIN generate_series(1, 2) AS t
WHERE r.reference LIKE 'BENCH-%' AND r.kind IN ('LOOKUP', 'VERIFICATION')
ON CONFLICT DO NOTHING;

INSERT INTO request_event (id, request_id, at, action, to_status, actor_name, actor_agency_id, side, generation)
SELECT gen_random_uuid(), r.id, r.created_at, 'CREATE', 'DRAFT', 'Nạp dữ liệu thử tải', r.sender_agency_id, 'SENDER', 1
FROM coordination_request r
WHERE r.reference LIKE 'BENCH-%' AND NOT EXISTS (SELECT 1 FROM request_event e WHERE e.request_id = r.id);

VACUUM ANALYZE coordination_request;
VACUUM ANALYZE request_task;
VACUUM ANALYZE request_event;
SELECT count(*) AS requests FROM coordination_request;
