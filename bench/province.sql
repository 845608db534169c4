-- A province of N counties on the application's schema (issue 11): regions, organizations, users,
-- projects with fundings, target sheets in every state with ~15 indicators each, review rounds,
-- filings, approved versions with frozen lines, open adjustments. Set-based (INSERT ... SELECT over
-- generate_series); every choice comes from gen.r(key, salt), a hash of the key and the seed, so the
-- same seed gives the same database whatever plan or parallelism PostgreSQL picks.
-- Run by bench/province.sh: psql -v counties=N -v seed=S -v per_county=P -v years=Y -v year=Y1 -v hash=H
\set ON_ERROR_STOP on
SET client_min_messages = warning;
SET synchronous_commit = off;
SET maintenance_work_mem = '256MB';
SET work_mem = '64MB';

DROP SCHEMA IF EXISTS gen CASCADE;
CREATE SCHEMA gen;

-- r(key, salt) in [0, 1): the seed is written into the function body
SELECT format($f$CREATE FUNCTION gen.r(k bigint, salt int) RETURNS float8 LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS 'SELECT (hashint8extended(k, %s::bigint * 1000003 + salt) & 2147483647)::float8 / 2147483648.0'$f$, :seed) \gexec
CREATE FUNCTION gen.pick(a text[], k bigint, salt int) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS 'SELECT a[1 + floor(gen.r(k, salt) * array_length(a, 1))::int]';

CREATE TABLE gen.settings AS SELECT :counties::int AS counties, :per_county::int AS per_county, :years::int AS years,
    :year::int AS last_year, (:year::int - :years::int + 1) AS first_year, :per_county::int / :years::int AS per_year,
    :'hash'::text AS hash;

-- ---------------------------------------------------------------------------------------------
-- Regions: province 1000, cities 1000+c (ten counties each), counties 2000+k, five townships per
-- county (100000+10k+t), two villages per township (1000000+10(10k+t)+v).
CREATE TABLE gen.county AS
SELECT k, (k - 1) / 10 + 1 AS city, (k - 1) % 10 + 1 AS in_city, 2000 + k AS region_id,
       (ARRAY['清','安','永','长','平','新','东','西','南','北','宁','宜','兴','富','德','华','嘉','金','龙','凤'])[(k - 1) % 20 + 1]
       || (ARRAY['河','山','江','源','川','阳','丰','溪','宁','平'])[((k - 1) / 20) % 10 + 1]
       || CASE WHEN k > 200 THEN ((k - 1) / 200)::text ELSE '' END || '县' AS name,
       10000 + k * 100 AS org_base, 'c' || lpad(k::text, 3, '0') AS login
FROM generate_series(1, (SELECT counties FROM gen.settings)) k;

INSERT INTO region (id, version, code, name, region_level, parent_id, path, active)
VALUES (1000, 0, '510000', '云川省', 'PROVINCE', NULL, '/1000/', TRUE);

INSERT INTO region (id, version, code, name, region_level, parent_id, path, active)
SELECT 1000 + c, 0, '51' || lpad(c::text, 2, '0') || '00',
       (ARRAY['青川','云岭','锦屏','白水','龙溪','翠峰','临江','安宁','丰源','石门'])[(c - 1) % 10 + 1]
       || CASE WHEN c > 10 THEN ((c - 1) / 10 + 1)::text ELSE '' END || '市',
       'CITY', 1000, '/1000/' || (1000 + c) || '/', TRUE
FROM (SELECT DISTINCT city AS c FROM gen.county) cities;

INSERT INTO region (id, version, code, name, region_level, parent_id, path, active)
SELECT region_id, 0, '51' || lpad(city::text, 2, '0') || lpad(in_city::text, 2, '0'), name, 'COUNTY', 1000 + city,
       '/1000/' || (1000 + city) || '/' || region_id || '/', TRUE
FROM gen.county;

CREATE TABLE gen.township AS
SELECT c.k, t, 100000 + c.k * 10 + t AS region_id, c.name AS county_name,
       (ARRAY['城关镇','石桥乡','白云乡','柳溪镇','茶园乡'])[t] AS name,
       (ARRAY['茶叶','肉牛','食用菌','中药材','果蔬'])[t] AS produce,
       '/1000/' || (1000 + c.city) || '/' || c.region_id || '/' || (100000 + c.k * 10 + t) || '/' AS path,
       '51' || lpad(c.city::text, 2, '0') || lpad(c.in_city::text, 2, '0') || lpad(t::text, 3, '0') AS code
FROM gen.county c, generate_series(1, 5) t;

INSERT INTO region (id, version, code, name, region_level, parent_id, path, active)
SELECT region_id, 0, code, name, 'TOWNSHIP', 2000 + k, path, TRUE FROM gen.township;

INSERT INTO region (id, version, code, name, region_level, parent_id, path, active)
SELECT w.region_id * 10 + v, 0, w.code || lpad(v::text, 3, '0'),
       (ARRAY['东街社区','柳湾村','石桥村','茶园村','白云村','高山村','溪口村','新华村','龙潭村','枫林村'])[(w.t - 1) * 2 + v],
       'VILLAGE', w.region_id, w.path || (w.region_id * 10 + v) || '/', TRUE
FROM gen.township w, generate_series(1, 2) v;

-- ---------------------------------------------------------------------------------------------
-- Organizations: the province's and each city's finance and poverty offices; per county the demo
-- county's twelve offices (org_base + 1..12) and 25 using units (org_base + 21..45): per township
-- its government and a cooperative (under 农业农村局), a school and a health centre; five county units.
CREATE TABLE gen.office (j int, code text, suffix text, org_type text);
INSERT INTO gen.office VALUES
 (1, 'CZJ', '财政局', 'FINANCE'), (2, 'XCZXJ', '乡村振兴局（扶贫办）', 'POVERTY_OFFICE'),
 (3, 'FGJ', '发展和改革局', 'DEVELOPMENT_REFORM'), (4, 'BM-NYJ', '农业农村局', 'SECTOR_DEPARTMENT'),
 (5, 'BM-JYJ', '教育局', 'SECTOR_DEPARTMENT'), (6, 'BM-WJJ', '卫生健康局', 'SECTOR_DEPARTMENT'),
 (7, 'BM-ZJJ', '住房和城乡建设局', 'SECTOR_DEPARTMENT'), (8, 'BM-SLJ', '水利局', 'SECTOR_DEPARTMENT'),
 (9, 'BM-RSJ', '人力资源和社会保障局', 'SECTOR_DEPARTMENT'), (10, 'SJJ', '审计局', 'AUDIT'),
 (11, 'JWJ', '纪委监委', 'DISCIPLINE'), (12, 'PJJG', '正信绩效评价咨询有限公司', 'THIRD_PARTY');

INSERT INTO organization (id, version, code, name, org_type, region_id, parent_id, path, region_path, contact_person, contact_phone, active)
VALUES (1000, 0, 'P-CZT', '云川省财政厅', 'FINANCE', 1000, NULL, '/1000/', '/1000/', '何建国', '028-86610001', TRUE),
       (1001, 0, 'P-XCZXJ', '云川省乡村振兴局', 'POVERTY_OFFICE', 1000, NULL, '/1001/', '/1000/', '邓敏', '028-86610002', TRUE),
       (1002, 0, 'P-SJT', '云川省审计厅', 'AUDIT', 1000, NULL, '/1002/', '/1000/', '罗晓燕', '028-86610003', TRUE);

INSERT INTO organization (id, version, code, name, org_type, region_id, parent_id, path, region_path, contact_person, contact_phone, active)
SELECT 1100 + r.id - 1000 + 100 * x, 0, r.code || (ARRAY['-CZJ','-XCZXJ'])[x + 1], r.name || (ARRAY['财政局','乡村振兴局'])[x + 1],
       (ARRAY['FINANCE','POVERTY_OFFICE'])[x + 1], r.id, NULL, '/' || (1100 + r.id - 1000 + 100 * x) || '/', r.path,
       gen.pick(ARRAY['刘志强','王丽','蒋平','唐亮','冯雪梅','谢军'], r.id, 7 + x), '0838-6' || lpad((r.id * 10 + x)::text, 6, '0'), TRUE
FROM region r, generate_series(0, 1) x WHERE r.region_level = 'CITY';

INSERT INTO organization (id, version, code, name, org_type, region_id, parent_id, path, region_path, contact_person, contact_phone, active)
SELECT c.org_base + o.j, 0, r.code || '-' || o.code, CASE WHEN o.j = 12 THEN c.name || o.suffix ELSE c.name || o.suffix END,
       o.org_type, c.region_id, NULL, '/' || (c.org_base + o.j) || '/', r.path,
       gen.pick(ARRAY['刘志强','王丽','何建国','邓敏','罗晓燕','蒋平','唐亮','冯雪梅','谢军','曾红','彭涛','吕芳'], c.org_base + o.j, 8),
       '0838-62' || lpad(((c.org_base + o.j) % 100000)::text, 5, '0'), TRUE
FROM gen.county c JOIN region r ON r.id = c.region_id CROSS JOIN gen.office o;

CREATE TABLE gen.unit AS
SELECT w.k, (w.t - 1) * 4 + x AS u, c.org_base + 20 + (w.t - 1) * 4 + x AS id,
       w.name || (ARRAY['人民政府', w.produce || '专业合作社', '中心小学', '卫生院'])[x] AS name,
       c.org_base + (ARRAY[4, 4, 5, 6])[x] AS parent_id, w.region_id, w.path AS region_path, w.name AS place
FROM gen.township w JOIN gen.county c ON c.k = w.k, generate_series(1, 4) x
UNION ALL
SELECT c.k, 20 + x, c.org_base + 40 + x,
       c.name || (ARRAY['第一中学','人民医院','住房保障服务中心','农村供水管理站','就业服务中心'])[x],
       c.org_base + (ARRAY[5, 6, 7, 8, 9])[x], c.region_id, r.path, c.name
FROM gen.county c JOIN region r ON r.id = c.region_id, generate_series(1, 5) x;

INSERT INTO organization (id, version, code, name, org_type, region_id, parent_id, path, region_path, contact_person, contact_phone, active)
SELECT u.id, 0, r.code || '-DW' || lpad(u.u::text, 2, '0'), u.name, 'USING_UNIT', u.region_id, u.parent_id,
       '/' || u.parent_id || '/' || u.id || '/', u.region_path,
       gen.pick(ARRAY['张建华','李秀英','王志强','刘芳','陈静','杨光明','赵立新','孙丽','周正','吴晓东'], u.id, 9),
       '0838-63' || lpad((u.id % 100000)::text, 5, '0'), TRUE
FROM gen.unit u JOIN region r ON r.id = 2000 + u.k;

-- ---------------------------------------------------------------------------------------------
-- Users, all with the demo password (one precomputed Argon2id hash): per county finance, poverty
-- office, six departments, a reviewer, auditor, discipline and evaluator, one user per unit
-- (c001.finance, c001.dept01, c001.unit01 ...); the province's (p.finance, p.poverty, p.auditor and
-- the three administrators) and each city's (s01.finance, s01.poverty).
CREATE TABLE gen.login (id bigint, username text, org_id bigint, role_code text);
INSERT INTO gen.login
SELECT 100000 + c.k * 100 + n, c.login || '.' || l.name, c.org_base + l.j, l.role_code
FROM gen.county c, (VALUES (1, 'finance', 1, 'FINANCE'), (2, 'poverty', 2, 'POVERTY_OFFICE'), (3, 'reviewer', 3, 'REVIEWER'),
                           (4, 'dept01', 4, 'DEPT'), (5, 'dept02', 5, 'DEPT'), (6, 'dept03', 6, 'DEPT'), (7, 'dept04', 7, 'DEPT'),
                           (8, 'dept05', 8, 'DEPT'), (9, 'dept06', 9, 'DEPT'), (10, 'auditor', 10, 'AUDITOR'),
                           (11, 'discipline', 11, 'DISCIPLINE'), (12, 'evaluator', 12, 'EVALUATOR')) l(n, name, j, role_code);
INSERT INTO gen.login
SELECT 100000 + u.k * 100 + 20 + u.u, c.login || '.unit' || lpad(u.u::text, 2, '0'), u.id, 'UNIT'
FROM gen.unit u JOIN gen.county c ON c.k = u.k;
INSERT INTO gen.login VALUES (1000, 'p.finance', 1000, 'FINANCE'), (1001, 'p.poverty', 1001, 'POVERTY_OFFICE'),
    (1002, 'p.auditor', 1002, 'AUDITOR'), (1003, 'sysadmin', 1000, 'SYSADMIN'), (1004, 'secadmin', 1000, 'SECADMIN'),
    (1005, 'auditadmin', 1000, 'AUDITADMIN');
INSERT INTO gen.login
SELECT 2000 + (o.region_id - 1000) * 2 + (o.org_type = 'POVERTY_OFFICE')::int,
       's' || lpad((o.region_id - 1000)::text, 2, '0') || CASE o.org_type WHEN 'FINANCE' THEN '.finance' ELSE '.poverty' END,
       o.id, o.org_type
FROM organization o JOIN region r ON r.id = o.region_id AND r.region_level = 'CITY';

INSERT INTO app_user (id, version, username, display_name, phone, organization_id, roles_changed_at, password_hash,
                      password_changed_at, must_change_password, failed_attempts, enabled, created_at)
SELECT l.id, 0, l.username,
       gen.pick(ARRAY['王','李','张','刘','陈','杨','赵','黄','周','吴','徐','孙','胡','朱','高','林','何','郭','马','罗'], l.id, 11)
       || gen.pick(ARRAY['建华','秀英','志强','芳','静','光明','立新','丽','正','晓东','敏','军','红','涛','平','燕','亮','雪梅','伟','娟'], l.id, 12),
       '138' || lpad((l.id % 100000000)::text, 8, '0'), l.org_id, now(), s.hash, now(), FALSE, 0, TRUE, now()
FROM gen.login l, gen.settings s;

INSERT INTO user_role (user_id, role_code) SELECT id, role_code FROM gen.login;

-- ---------------------------------------------------------------------------------------------
-- Projects: per_county projects per county over the last `years` fiscal years; ids are arithmetic
-- so that every table can be filled independently: sheet id = project id, indicator id = sheet id
-- * 32 + position, version id = sheet id * 4 + version number.
CREATE TABLE gen.base_name (plan_category int, idx int, name text);
INSERT INTO gen.base_name VALUES
 (1,1,'高山生态茶叶基地提质增效项目'),(1,2,'肉牛养殖产业带动项目'),(1,3,'食用菌种植大棚建设项目'),
 (2,1,'易地扶贫搬迁安置点后续扶持项目'),(2,2,'安置社区配套设施完善项目'),(2,3,'搬迁群众就业帮扶车间项目'),
 (3,1,'脱贫劳动力职业技能培训项目'),(3,2,'乡村公益性岗位开发补贴项目'),(3,3,'就业帮扶车间以工代赈项目'),
 (4,1,'农村低收入群体危房改造项目'),(4,2,'农房抗震改造补助项目'),(4,3,'高山村危房改造项目'),
 (5,1,'脱贫家庭学生资助项目'),(5,2,'中心小学营养改善计划项目'),(5,3,'乡村学校教学设施改善项目'),
 (6,1,'脱贫人口大病专项救治项目'),(6,2,'家庭医生签约服务项目'),(6,3,'医共体远程诊疗能力提升项目'),
 (7,1,'生态护林员选聘补助项目'),(7,2,'退耕还林后续产业扶持项目'),(7,3,'流域水土保持治理项目'),
 (8,1,'脱贫人口基本医疗保险参保资助项目'),(8,2,'先诊疗后付费一站式结算项目'),(8,3,'村卫生室标准化建设项目'),
 (9,1,'农村低保提标补助项目'),(9,2,'特困人员供养补助项目'),(9,3,'临时救助资金项目'),
 (10,1,'农村饮水安全巩固提升项目'),(10,2,'产业路硬化项目'),(10,3,'通组公路建设项目'),
 (11,1,'村集体光伏电站运维项目'),(11,2,'光伏收益分配公益岗位项目'),(11,3,'村级光伏电站增容改造项目'),
 (12,1,'乡村旅游示范点建设项目'),(12,2,'茶旅融合农家乐提升项目'),(12,3,'乡村旅游步道建设项目'),
 (13,1,'村级综合文化服务中心建设项目'),(13,2,'文化惠民演出项目'),(13,3,'农家书屋提质增效项目');
CREATE TABLE gen.plan_of (category_id int PRIMARY KEY, plan_category int);
INSERT INTO gen.plan_of SELECT id, id FROM fund_category WHERE id BETWEEN 1 AND 13;
INSERT INTO gen.plan_of VALUES (21,1),(22,3),(23,10),(24,2),(25,5),(26,10),(27,10),(28,1),(29,7),(30,1),(31,9);

-- Status mix: the current year as a November budget round shows it, earlier years mostly approved.
CREATE UNLOGGED TABLE gen.p AS
SELECT q.*, 1000 + ((q.k - 1) * s.years + (q.y - s.first_year)) * s.per_year + q.n - 1 AS id,
       'XM' || q.y || lpad(((q.k - 1) * s.per_year + q.n)::text, 5, '0') AS code,
       ((q.k - 1) * s.per_year + q.n) AS number_in_year
FROM (SELECT c.k, y, n FROM gen.county c, gen.settings s, generate_series(s.first_year, s.last_year) y, generate_series(1, s.per_year) n) q,
     gen.settings s;
ALTER TABLE gen.p ADD COLUMN u int, ADD COLUMN category_id int, ADD COLUMN status text, ADD COLUMN n_ind int,
    ADD COLUMN central numeric, ADD COLUMN province numeric, ADD COLUMN local numeric, ADD COLUMN integrated numeric,
    ADD COLUMN households int, ADD COLUMN budgeted boolean;
UPDATE gen.p p SET
    u = 1 + floor(gen.r(p.id, 1) * 25)::int,
    category_id = CASE WHEN p.y >= 2021 AND gen.r(p.id, 2) < 0.5 THEN 21 + floor(gen.r(p.id, 3) * 11)::int
                       ELSE 1 + floor(gen.r(p.id, 3) * 13)::int END,
    status = CASE WHEN p.y = s.last_year THEN
                 CASE WHEN gen.r(p.id, 4) < 0.20 THEN 'DRAFT' WHEN gen.r(p.id, 4) < 0.30 THEN 'DEPARTMENT_CHECK' WHEN gen.r(p.id, 4) < 0.38 THEN 'RETURNED'
                      WHEN gen.r(p.id, 4) < 0.50 THEN 'SUBMITTED' WHEN gen.r(p.id, 4) < 0.60 THEN 'IN_REVIEW' WHEN gen.r(p.id, 4) < 0.70 THEN 'PASSED'
                      WHEN gen.r(p.id, 4) < 0.73 THEN 'REJECTED' WHEN gen.r(p.id, 4) < 0.80 THEN 'FILED' WHEN gen.r(p.id, 4) < 0.97 THEN 'RELEASED' ELSE 'ADJUSTING' END
             ELSE
                 CASE WHEN gen.r(p.id, 4) < 0.02 THEN 'DRAFT' WHEN gen.r(p.id, 4) < 0.03 THEN 'RETURNED' WHEN gen.r(p.id, 4) < 0.07 THEN 'REJECTED'
                      WHEN gen.r(p.id, 4) < 0.09 THEN 'PASSED' WHEN gen.r(p.id, 4) < 0.11 THEN 'FILED' WHEN gen.r(p.id, 4) < 0.97 THEN 'RELEASED' ELSE 'ADJUSTING' END
             END,
    n_ind = 10 + floor(gen.r(p.id, 5) * 11)::int,
    central = round((100000 + gen.r(p.id, 6) * 1900000)::numeric, -3),
    province = CASE WHEN gen.r(p.id, 7) < 0.7 THEN round((20000 + gen.r(p.id, 8) * 480000)::numeric, -3) END,
    local = CASE WHEN gen.r(p.id, 9) < 0.6 THEN round((10000 + gen.r(p.id, 10) * 190000)::numeric, -3) END,
    integrated = CASE WHEN gen.r(p.id, 11) < 0.05 THEN round((100000 + gen.r(p.id, 12) * 900000)::numeric, -3) END,
    households = 20 + floor(gen.r(p.id, 13) * 480)::int,
    budgeted = gen.r(p.id, 14) < 0.5
FROM gen.settings s;
ALTER TABLE gen.p ADD PRIMARY KEY (id);

INSERT INTO project (id, version, fiscal_year, code, name, category_id, using_unit_id, responsible_person, responsible_phone,
                     department_id, region_id, period_start, period_end, beneficiary_households, beneficiary_people,
                     registered_poor_people, planned_total, library_status, budget_amount, target_status,
                     scope_org_path, scope_dept_path, scope_region_path, created_at, budget_approved, lineage)
SELECT p.id, 0, p.y, p.code, p.y || '年' || u.place || b.name, p.category_id, u.id,
       gen.pick(ARRAY['张','李','王','刘','陈','杨','赵','黄'], p.id, 15) || gen.pick(ARRAY['伟','敏','军','燕','涛','芳','强','静'], p.id, 16),
       '0838-66' || lpad((p.id % 100000)::text, 5, '0'),
       u.parent_id, u.region_id, make_date(p.y, 3, 1), make_date(p.y, 12, 31), p.households, p.households * 3, p.households * 2,
       p.central + coalesce(p.province, 0) + coalesce(p.local, 0) + coalesce(p.integrated, 0),
       CASE WHEN p.status IN ('FILED', 'RELEASED', 'ADJUSTING') OR p.status = 'PASSED' AND p.budgeted THEN 'IN_LIBRARY' ELSE 'RESERVE' END,
       CASE WHEN p.status IN ('FILED', 'RELEASED', 'ADJUSTING') OR p.status = 'PASSED' AND p.budgeted
            THEN p.central + coalesce(p.province, 0) + coalesce(p.local, 0) + coalesce(p.integrated, 0) END,
       p.status, '/' || u.parent_id || '/' || u.id || '/', '/' || u.parent_id || '/', u.region_path,
       make_timestamp(p.y, 1, 1, 0, 0, 0) - interval '60 days' + (gen.r(p.id, 17) * 50) * interval '1 day',
       p.status IN ('RELEASED', 'ADJUSTING'), 'L' || p.id
FROM gen.p p JOIN gen.unit u ON u.k = p.k AND u.u = p.u
JOIN gen.plan_of po ON po.category_id = p.category_id
JOIN gen.base_name b ON b.plan_category = po.plan_category AND b.idx = 1 + floor(gen.r(p.id, 18) * 3)::int
CROSS JOIN gen.settings s;

INSERT INTO project_funding (project_id, source, amount, origin, fund_name, task, document_number)
SELECT p.id, f.source, f.amount, f.origin, f.fund_name, f.task, f.doc
FROM gen.p p JOIN fund_category c ON c.id = p.category_id
CROSS JOIN LATERAL (VALUES
    ('CENTRAL', p.central, NULL, CASE WHEN p.y >= 2021 THEN '中央财政衔接推进乡村振兴补助资金' ELSE '中央财政专项扶贫资金' END,
     CASE WHEN c.fund_period = 'REVITALIZATION_LINKAGE' THEN c.name END, '财农〔' || (p.y - 1) || '〕' || (100 + p.k % 50) || '号'),
    ('PROVINCE', p.province, NULL, '省级财政衔接推进乡村振兴补助资金', NULL, '云财农〔' || (p.y - 1) || '〕' || (20 + p.k % 30) || '号'),
    ('LOCAL', p.local, NULL, NULL, NULL, NULL),
    ('INTEGRATED', p.integrated, '统筹整合：涉农资金（原由县农业农村局安排）', NULL, NULL, NULL)
) f(source, amount, origin, fund_name, task, doc)
WHERE f.amount IS NOT NULL;

INSERT INTO project_code_counter (fiscal_year, last_number)
SELECT y, max(number_in_year) FROM gen.p GROUP BY y;

-- ---------------------------------------------------------------------------------------------
-- Target sheets, one per project, with filing numbers where the state has been filed.
CREATE TABLE gen.filing AS
SELECT id, y, row_number() OVER (PARTITION BY y ORDER BY id) AS number
FROM gen.p WHERE status IN ('FILED', 'RELEASED', 'ADJUSTING');
ALTER TABLE gen.filing ADD PRIMARY KEY (id);

INSERT INTO target_sheet (id, version, project_id, fiscal_year, status, overall_goal, budget_execution_weight,
                          scope_org_path, scope_dept_path, scope_region_path, submitted_at, updated_at,
                          filing_number, filed_at, released_version, adjustment_id)
SELECT p.id, 0, p.id, p.y, p.status,
       '通过实施' || replace(pr.name, '项目', '') || '，巩固拓展脱贫攻坚成果，带动' || p.households
           || '户脱贫户（监测户）稳定增收，项目按期建成并持续发挥效益。',
       10, pr.scope_org_path, pr.scope_dept_path, pr.scope_region_path,
       CASE WHEN p.status NOT IN ('DRAFT') THEN pr.created_at + interval '20 days' END,
       pr.created_at + interval '20 days' * (1 + array_position(ARRAY['DRAFT','DEPARTMENT_CHECK','RETURNED','SUBMITTED','IN_REVIEW',
           'PASSED','REJECTED','FILED','RELEASED','ADJUSTING'], p.status)),
       CASE WHEN f.id IS NOT NULL THEN '扶贫绩备〔' || p.y || '〕' || f.number || '号' END,
       CASE WHEN f.id IS NOT NULL THEN pr.created_at + interval '140 days' END,
       CASE WHEN p.status IN ('RELEASED', 'ADJUSTING') THEN 1 ELSE 0 END, NULL
FROM gen.p p JOIN project pr ON pr.id = p.id LEFT JOIN gen.filing f ON f.id = p.id;

INSERT INTO filing_counter (fiscal_year, last_number) SELECT y, max(number) FROM gen.filing GROUP BY y;

-- Indicators from the category's reference library in 二级指标 order, values drawn inside the
-- template's usual range and written as offices write them: quantities with or without an operator,
-- ranges for satisfaction, time limits (当年12月底前, 2026年9月前), qualitative text. No 分值 (OPTIONAL).
CREATE TABLE gen.tpl AS
SELECT t.*, row_number() OVER (PARTITION BY t.category_id ORDER BY
           array_position(ARRAY['QUANTITY','QUALITY','TIMELINESS','COST','ECONOMIC','SOCIAL','ECOLOGICAL','SUSTAINABLE','SATISFACTION'], t.level2::text),
           t.sort_order, t.id) AS ord,
       count(*) OVER (PARTITION BY t.category_id) AS cnt
FROM indicator_template t WHERE t.active;
CREATE INDEX ON gen.tpl (category_id, ord);

CREATE TABLE gen.tcount AS SELECT category_id, count(*) AS c FROM gen.tpl GROUP BY category_id;
CREATE UNLOGGED TABLE gen.ind AS
SELECT p.id * 32 + i AS id, p.id AS sheet_id, i AS position, t.level2, p.y,
       t.name || CASE WHEN i > t.cnt THEN '（二期）' ELSE '' END AS name,
       t.operator AS template_operator, t.unit, t.typical_min, t.typical_max, t.qualitative_text,
       t.basis_type, t.basis_text, t.evidence, t.id AS template_id, gen.r(p.id * 32 + i, 20) AS x
FROM gen.p p
CROSS JOIN LATERAL generate_series(1, p.n_ind) i
JOIN gen.tcount tc ON tc.category_id = p.category_id
JOIN gen.tpl t ON t.category_id = p.category_id AND t.ord = (i - 1) % tc.c + 1;

INSERT INTO indicator (id, version, sheet_id, position, level2, name, operator, target_value, qualitative_text, unit, weight,
                       basis_type, basis_text, reason, evidence, template_id, value_kind, target_upper,
                       time_year, time_calendar_year, time_month, time_qualifier, indicator_key)
SELECT i.id, 0, i.sheet_id, i.position, i.level2, i.name,
       CASE WHEN v.kind = 'QUANTITY' AND NOT (i.template_operator = 'EQ' AND i.x < 0.3) THEN i.template_operator END,
       CASE WHEN v.kind IN ('QUANTITY', 'RANGE') THEN v.number END,
       CASE WHEN v.kind = 'QUALITATIVE' THEN i.qualitative_text END,
       CASE WHEN v.kind IN ('QUANTITY', 'RANGE') THEN i.unit END,
       NULL, i.basis_type, i.basis_text, '依据项目实施方案及近三年同类项目完成情况测算设定', i.evidence, i.template_id, v.kind,
       CASE WHEN v.kind = 'RANGE' THEN v.number + 5 END,
       CASE WHEN v.kind = 'TIME_LIMIT' THEN CASE WHEN i.x < 0.5 THEN 'CURRENT' ELSE 'CALENDAR' END END,
       CASE WHEN v.kind = 'TIME_LIMIT' AND i.x >= 0.5 THEN i.y END,
       CASE WHEN v.kind = 'TIME_LIMIT' THEN CASE WHEN i.x < 0.5 THEN 12 ELSE 9 + floor(i.x * 6)::int % 4 END END,
       CASE WHEN v.kind = 'TIME_LIMIT' THEN CASE WHEN i.x < 0.5 THEN 'BY_END' ELSE 'BEFORE' END END,
       'I' || i.id
FROM gen.ind i
CROSS JOIN LATERAL (SELECT
    CASE WHEN i.template_operator = 'QUALITATIVE' AND i.qualitative_text LIKE '%月底前' THEN 'TIME_LIMIT'
         WHEN i.template_operator = 'QUALITATIVE' THEN 'QUALITATIVE'
         WHEN i.level2 = 'SATISFACTION' AND i.typical_max - i.typical_min >= 10 AND i.x < 0.4 THEN 'RANGE'
         ELSE 'QUANTITY' END AS kind,
    CASE WHEN i.level2 = 'SATISFACTION' AND i.typical_max - i.typical_min >= 10 AND i.x < 0.4 THEN round(i.typical_min + 5)
         WHEN i.unit = '%' OR i.typical_max >= 20 THEN round(coalesce(i.typical_min, i.typical_max, 1) + (coalesce(i.typical_max, i.typical_min, 1) - coalesce(i.typical_min, i.typical_max, 1)) * i.x::numeric)
         ELSE round(coalesce(i.typical_min, i.typical_max, 1) + (coalesce(i.typical_max, i.typical_min, 1) - coalesce(i.typical_min, i.typical_max, 1)) * i.x::numeric, 1) END AS number) v;

-- History: the way each sheet took to its state (who moved it, when, with what comment).
CREATE TABLE gen.step (status text, step int, from_status text, to_status text, who text, comment_text text);
INSERT INTO gen.step
SELECT s.status, st.n, st.from_status, st.to_status, st.who, st.comment_text
FROM (VALUES ('DRAFT', ARRAY['DRAFT']), ('DEPARTMENT_CHECK', ARRAY['DRAFT','DEPARTMENT_CHECK']),
             ('RETURNED', ARRAY['DRAFT','DEPARTMENT_CHECK','RETURNED']), ('SUBMITTED', ARRAY['DRAFT','DEPARTMENT_CHECK','SUBMITTED']),
             ('IN_REVIEW', ARRAY['DRAFT','DEPARTMENT_CHECK','SUBMITTED','IN_REVIEW']),
             ('PASSED', ARRAY['DRAFT','DEPARTMENT_CHECK','SUBMITTED','IN_REVIEW','PASSED']),
             ('REJECTED', ARRAY['DRAFT','DEPARTMENT_CHECK','SUBMITTED','IN_REVIEW','REJECTED']),
             ('FILED', ARRAY['DRAFT','DEPARTMENT_CHECK','SUBMITTED','IN_REVIEW','PASSED','FILED']),
             ('RELEASED', ARRAY['DRAFT','DEPARTMENT_CHECK','SUBMITTED','IN_REVIEW','PASSED','FILED','RELEASED']),
             ('ADJUSTING', ARRAY['DRAFT','DEPARTMENT_CHECK','SUBMITTED','IN_REVIEW','PASSED','FILED','RELEASED','ADJUSTING'])) s(status, way)
CROSS JOIN LATERAL (SELECT n, CASE WHEN n > 1 THEN s.way[n - 1] END AS from_status, s.way[n] AS to_status,
                           CASE s.way[n] WHEN 'DRAFT' THEN 'unit' WHEN 'DEPARTMENT_CHECK' THEN 'unit' WHEN 'SUBMITTED' THEN 'dept'
                                         WHEN 'RETURNED' THEN 'dept' WHEN 'ADJUSTING' THEN 'unit' WHEN 'PASSED' THEN 'reviewer'
                                         WHEN 'REJECTED' THEN 'reviewer' ELSE 'finance' END AS who,
                           CASE s.way[n] WHEN 'RETURNED' THEN '满意度指标值偏低，请结合近三年满意度调查结果重新测算；时效指标请明确完工月份。'
                                         WHEN 'REJECTED' THEN '绩效目标与项目实施内容关联不紧密，产出指标无法细化量化，不予通过。'
                                         WHEN 'ADJUSTING' THEN '上级补助资金增加，相应调整产出数量目标。' END AS comment_text
                    FROM generate_series(1, array_length(s.way, 1)) n) st;

INSERT INTO target_sheet_event (sheet_id, occurred_at, actor_username, from_status, to_status, comment_text)
SELECT p.id, pr.created_at + (st.step - 1) * interval '20 days', c.login || '.' || CASE st.who
           WHEN 'unit' THEN 'unit' || lpad(p.u::text, 2, '0') WHEN 'dept' THEN 'dept0' || (u.parent_id - c.org_base - 3) ELSE st.who END,
       st.from_status, st.to_status,
       CASE st.to_status WHEN 'FILED' THEN ts.filing_number WHEN 'RELEASED' THEN c.name || '财政局 ' || p.y || '年绩效目标批复' ELSE st.comment_text END
FROM gen.p p JOIN gen.step st ON st.status = p.status JOIN gen.county c ON c.k = p.k
JOIN gen.unit u ON u.k = p.k AND u.u = p.u JOIN project pr ON pr.id = p.id JOIN target_sheet ts ON ts.id = p.id;

-- Review rounds: per county and year a closed round with every sheet that was concluded, and in
-- the current year an open round with the sheets in review. Three members, the reviewer chairs.
CREATE TABLE gen.round AS
SELECT 1000 + ((c.k - 1) * s.years + (y - s.first_year)) * 2 + o AS id, c.k, y, o = 1 AS open
FROM gen.county c, gen.settings s, generate_series(s.first_year, s.last_year) y, generate_series(0, 1) o
WHERE o = 0 OR y = s.last_year;

INSERT INTO review_round (id, version, fiscal_year, title, selection, selection_label, status, opened_by, opened_at, closed_at,
                          scope_org_path, scope_region_path)
SELECT r.id, 0, r.y, c.name || r.y || '年度绩效目标审核（第' || CASE WHEN r.open THEN '二' ELSE '一' END || '批）', 'HAND_PICKED', NULL,
       CASE WHEN r.open THEN 'OPEN' ELSE 'CLOSED' END, c.login || '.finance',
       make_timestamp(r.y, 1, 1, 0, 0, 0) + CASE WHEN r.open THEN interval '310 days' ELSE interval '15 days' END,
       CASE WHEN r.open THEN NULL ELSE make_timestamp(r.y, 1, 1, 0, 0, 0) + interval '100 days' END,
       '/' || (c.org_base + 1) || '/', reg.path
FROM gen.round r JOIN gen.county c ON c.k = r.k JOIN region reg ON reg.id = c.region_id CROSS JOIN gen.settings s;

INSERT INTO review_member (id, round_id, username, display_name, organization_name, affiliation, chair)
SELECT r.id * 4 + m.n, r.id, c.login || '.' || m.who, au.display_name, o.name, o.org_type, m.n = 1
FROM gen.round r JOIN gen.county c ON c.k = r.k
CROSS JOIN (VALUES (1, 'reviewer'), (2, 'dept01'), (3, 'poverty')) m(n, who)
JOIN app_user au ON au.username = c.login || '.' || m.who JOIN organization o ON o.id = au.organization_id;

INSERT INTO review_item (id, version, round_id, sheet_id, position, conclusion, conclusion_reason, concluded_by, concluded_at)
SELECT p.id, 0, r.id, p.id, row_number() OVER (PARTITION BY r.id ORDER BY p.id),
       CASE WHEN p.status = 'IN_REVIEW' THEN NULL WHEN p.status = 'REJECTED' THEN 'FAIL' ELSE 'PASS' END,
       CASE WHEN p.status = 'REJECTED' THEN '绩效目标与项目实施内容关联不紧密，产出指标无法细化量化，不予通过。' END,
       CASE WHEN p.status <> 'IN_REVIEW' THEN c.login || '.reviewer' END,
       CASE WHEN p.status <> 'IN_REVIEW' THEN pr.created_at + interval '80 days' END
FROM gen.p p JOIN gen.county c ON c.k = p.k JOIN project pr ON pr.id = p.id
JOIN gen.round r ON r.k = p.k AND r.y = p.y AND r.open = (p.status = 'IN_REVIEW')
WHERE p.status IN ('IN_REVIEW', 'PASSED', 'REJECTED', 'FILED', 'RELEASED', 'ADJUSTING');

-- 批复: version 1 of every released (or now adjusting) sheet, frozen with a copy of its lines.
INSERT INTO target_version (id, sheet_id, version_number, overall_goal, budget_execution_weight, budget_amount, filing_number,
                            filed_at, approval_document, approved_on, approved_by, approved_at, adjustment_type, adjustment_reason)
SELECT ts.id * 4 + 1, ts.id, 1, ts.overall_goal, ts.budget_execution_weight, pr.budget_amount, ts.filing_number, ts.filed_at,
       left(c.name, 1) || '财绩〔' || ts.fiscal_year || '〕' || (10 + ts.id % 90) || '号',
       (ts.filed_at + interval '10 days')::date, c.login || '.finance', ts.filed_at + interval '10 days', NULL, NULL
FROM target_sheet ts JOIN project pr ON pr.id = ts.project_id JOIN gen.p p ON p.id = ts.id JOIN gen.county c ON c.k = p.k
WHERE ts.status IN ('RELEASED', 'ADJUSTING');

INSERT INTO target_version_line (version_id, position, level2, name, operator, target_value, qualitative_text, unit, weight,
                                 basis_type, basis_text, reason, evidence, value_kind, target_upper,
                                 time_year, time_calendar_year, time_month, time_day, time_qualifier, indicator_key)
SELECT i.sheet_id * 4 + 1, i.position, i.level2, i.name, i.operator, i.target_value, i.qualitative_text, i.unit, i.weight,
       i.basis_type, i.basis_text, i.reason, i.evidence, i.value_kind, i.target_upper,
       i.time_year, i.time_calendar_year, i.time_month, i.time_day, i.time_qualifier, i.indicator_key
FROM indicator i JOIN target_sheet ts ON ts.id = i.sheet_id
WHERE ts.status IN ('RELEASED', 'ADJUSTING');

-- 调整: the adjusting sheets carry an open adjustment from version 1.
INSERT INTO target_adjustment (id, version, sheet_id, adjustment_type, reason, proposed_budget, status, from_version,
                               resulting_version, requested_by, requested_at, closed_at)
SELECT p.id, 0, p.id, CASE WHEN gen.r(p.id, 21) < 0.5 THEN 'HIGHER_SUBSIDY' ELSE 'LOCAL_BUDGET_CHANGE' END,
       '上级补助资金增加，相应调整产出数量目标。', round(pr.budget_amount * 1.2, -3), 'OPEN', 1, NULL,
       c.login || '.unit' || lpad(p.u::text, 2, '0'), ts.updated_at, NULL
FROM gen.p p JOIN project pr ON pr.id = p.id JOIN target_sheet ts ON ts.id = p.id JOIN gen.county c ON c.k = p.k
WHERE p.status = 'ADJUSTING';
UPDATE target_sheet SET adjustment_id = id WHERE status = 'ADJUSTING';

-- ---------------------------------------------------------------------------------------------
-- Every sequence past the ids written here (EclipseLink takes the 50 ids up to the value it reads).
DO $$
DECLARE s record; top bigint;
BEGIN
    FOR s IN SELECT q.sequencename, t.table_name FROM pg_sequences q
             JOIN information_schema.columns t ON t.table_schema = 'public' AND t.table_name = left(q.sequencename, -4) AND t.column_name = 'id'
             WHERE q.schemaname = 'public' LOOP
        EXECUTE format('SELECT max(id) FROM %I', s.table_name) INTO top;
        IF top IS NOT NULL AND top + 100 > (SELECT coalesce(last_value, start_value) FROM pg_sequences WHERE sequencename = s.sequencename) THEN
            PERFORM setval(quote_ident(s.sequencename)::regclass, top + 100, TRUE);
        END IF;
    END LOOP;
END $$;

DROP SCHEMA gen CASCADE;
ANALYZE;
