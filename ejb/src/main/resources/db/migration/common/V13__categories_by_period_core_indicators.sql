-- Issue 12: reference data per period, core indicators, templates for time limits and unit costs.
-- Categories belong to a fund period: the plan's 13 to 脱贫攻坚 funds, the tasks of the 衔接资金
-- (中央财政衔接推进乡村振兴补助资金管理办法, 财农〔2021〕19号) from 2021. First and last year bound the
-- fiscal years a new project may use a category in; an administrator sets them (参考数据 → 资金类别).
ALTER TABLE fund_category ADD COLUMN fund_period VARCHAR(24) DEFAULT 'POVERTY_ALLEVIATION' NOT NULL;
ALTER TABLE fund_category ADD COLUMN first_year INTEGER;
ALTER TABLE fund_category ADD COLUMN last_year INTEGER;

INSERT INTO fund_category (id, code, name, name_en, sort_order, builtin, fund_period, first_year) VALUES
 (21, 'LINK_INDUSTRY',     '产业发展',                 'Industry development',                      21, TRUE, 'REVITALIZATION_LINKAGE', 2021),
 (22, 'LINK_EMPLOYMENT',   '就业帮扶',                 'Employment support',                        22, TRUE, 'REVITALIZATION_LINKAGE', 2021),
 (23, 'LINK_SETTLEMENT',   '农村人居环境和小型公益性基础设施', 'Rural living environment and small public infrastructure', 23, TRUE, 'REVITALIZATION_LINKAGE', 2021),
 (24, 'LINK_RELOCATION',   '易地扶贫搬迁后续扶持',     'Follow-up support after relocation',        24, TRUE, 'REVITALIZATION_LINKAGE', 2021),
 (25, 'LINK_EDUCATION',    '雨露计划（教育帮扶）',     'Rainfall plan (education support)',         25, TRUE, 'REVITALIZATION_LINKAGE', 2021),
 (26, 'LINK_MINORITY',     '少数民族发展任务',         'Ethnic minority development task',          26, TRUE, 'REVITALIZATION_LINKAGE', 2021),
 (27, 'LINK_WORK_RELIEF',  '以工代赈任务',             'Work-for-relief task',                      27, TRUE, 'REVITALIZATION_LINKAGE', 2021),
 (28, 'LINK_STATE_FARM',   '欠发达国有农场巩固提升任务', 'Underdeveloped state farms task',          28, TRUE, 'REVITALIZATION_LINKAGE', 2021),
 (29, 'LINK_STATE_FOREST', '欠发达国有林场巩固提升任务', 'Underdeveloped state forest farms task',   29, TRUE, 'REVITALIZATION_LINKAGE', 2021),
 (30, 'LINK_SANXI',        '“三西”农业建设任务',       '"Sanxi" agricultural construction task',    30, TRUE, 'REVITALIZATION_LINKAGE', 2021),
 (31, 'LINK_MONITORING',   '防止返贫监测帮扶',         'Monitoring and support against relapse',    31, TRUE, 'REVITALIZATION_LINKAGE', 2021);

-- Core indicators (★): set by finance per category on the library page; every sheet of the category needs them.
ALTER TABLE indicator_template ADD COLUMN core BOOLEAN DEFAULT FALSE NOT NULL;

-- Each task starts with the library of the plan category closest to it (ids below the sequence's start).
INSERT INTO indicator_template (id, version, category_id, level2, name, operator, unit, typical_min, typical_max, qualitative_text,
                                basis_type, basis_text, explanation, evidence, sort_order, active)
SELECT 5000 + (m.task - 20) * 100 + MOD(t.id, 100), 0, m.task, t.level2, t.name, t.operator, t.unit, t.typical_min, t.typical_max,
       t.qualitative_text, t.basis_type, t.basis_text, t.explanation, t.evidence, t.sort_order, t.active
FROM indicator_template t
JOIN (SELECT 21 AS task, 1 AS plan_category UNION ALL SELECT 22, 3 UNION ALL SELECT 23, 10 UNION ALL SELECT 24, 2
      UNION ALL SELECT 25, 5 UNION ALL SELECT 26, 10 UNION ALL SELECT 27, 10 UNION ALL SELECT 28, 1 UNION ALL SELECT 29, 7
      UNION ALL SELECT 30, 1 UNION ALL SELECT 31, 9) m ON t.category_id = m.plan_category;

-- A time limit for every category ("当年12月底前": the grammar reads it as a deadline, not as text).
INSERT INTO indicator_template (id, version, category_id, level2, name, operator, unit, typical_min, typical_max, qualitative_text,
                                basis_type, basis_text, explanation, evidence, sort_order, active)
SELECT 9000 + c.id, 0, c.id, 'TIMELINESS', '项目完工时限', 'QUALITATIVE', NULL, NULL, NULL, '当年12月底前', 'PLAN',
       '年度项目实施方案确定的完工时间', '项目全部建设（实施）内容完成并具备验收条件的时限，写作“2026年9月前”“当年12月底前”等。',
       '开工报告、竣工（完工）报告、项目进度台账', 20, TRUE
FROM fund_category c WHERE c.builtin = TRUE;

-- Unit costs as real tables write them (元/亩, 元/平方米, 元/米, 万元/公里, 元/株): ceilings.
INSERT INTO indicator_template (id, version, category_id, level2, name, operator, unit, typical_min, typical_max, qualitative_text,
                                basis_type, basis_text, explanation, evidence, sort_order, active)
SELECT 9100 + c.id * 10 + u.n, 0, c.id, 'COST', u.name, 'LE', u.unit, u.low, u.high, NULL, 'INDUSTRY', u.basis, u.explanation,
       '工程预算（结算）书、资金拨付凭证、验收报告', 20 + u.n, TRUE
FROM fund_category c
JOIN (SELECT 1 AS n, '高标准农田亩均建设成本' AS name, '元/亩' AS unit, 1500 AS low, 3000 AS high,
             '高标准农田建设亩均投入标准' AS basis, '计算公式：亩均建设成本=建设投入资金÷建成面积（亩）。反向指标。' AS explanation
      UNION ALL SELECT 2, '棚圈（厂房）每平方米建设成本', '元/平方米', 300, 2000, '当地同类工程造价信息',
             '计算公式：每平方米建设成本=建设资金÷建筑面积。反向指标。'
      UNION ALL SELECT 3, '种苗每株补助标准', '元/株', 5, 50, '县产业奖补办法规定的补助标准',
             '计算公式：每株补助=种苗补助资金÷补助株数。反向指标。'
      UNION ALL SELECT 4, '道路每公里建设成本', '万元/公里', 30, 150, '农村公路建设投资标准及当地造价信息',
             '计算公式：每公里建设成本=道路建设资金÷建成里程（公里）。反向指标。'
      UNION ALL SELECT 5, '围墙（护栏）每米建设成本', '元/米', 100, 500, '当地同类工程造价信息',
             '计算公式：每米建设成本=建设资金÷建成长度（米）。反向指标。') u
  ON (c.code IN ('INDUSTRY', 'LINK_INDUSTRY', 'LINK_STATE_FARM', 'LINK_SANXI') AND u.n IN (1, 2, 3))
  OR (c.code IN ('INFRASTRUCTURE', 'LINK_SETTLEMENT', 'LINK_MINORITY', 'LINK_WORK_RELIEF') AND u.n IN (2, 4, 5));
