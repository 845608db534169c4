-- Issue 12: the 申报表 prints each fund source as offices write it: the fund's name
-- (中央财政衔接推进乡村振兴补助资金), its task (少数民族发展任务) and the allocation document (指标文号).
ALTER TABLE project_funding ADD COLUMN fund_name VARCHAR(100);
ALTER TABLE project_funding ADD COLUMN task VARCHAR(100);
ALTER TABLE project_funding ADD COLUMN document_number VARCHAR(100);
