-- The views through which a module reads another module's tables: each module writes only the tables it owns and
-- publishes what others may read here (the owners are listed in TableOwnershipTests). A repeatable migration, so
-- that a view can change with its owner; views are dropped and made again in dependency order.

drop view if exists attached_document, pending_identity_proof, duty_period_record, duty_hearing_record, duty_record, recommendation_received,
    case_outcome, delegation_standing, head_appearance, notice_lead_time, defendant, case_hearing, hearing_day,
    official_directory, agency_directory;

-- agencies ---------------------------------------------------------------------------------------------------------

create view agency_directory as
select id, code, name, kind, parent_id, email
  from agency;

create view official_directory as
select id, code, agency_id, name, role, title, valid_from, valid_to
  from official;

-- litigation -------------------------------------------------------------------------------------------------------

-- Every hearing with its calendar date in Asia/Shanghai (R8), against which lead times, posts and filings are judged.
create view hearing_day as
select id as hearing_id, case_id, scheduled_at, (scheduled_at at time zone 'Asia/Shanghai')::date as hearing_date, status
  from hearing;

create view case_hearing as
select h.hearing_id, h.case_id, h.scheduled_at, h.hearing_date, h.status, c.court, c.case_number, c.cause_of_action,
       c.trial_level, c.mandatory_categories
  from hearing_day h
  join litigation_case c on c.id = h.case_id;

create view defendant as
select case_id, agency_id
  from case_defendant;

-- R3: a notice should be served at least 3 days before the hearing's date; a later one is late.
create view notice_lead_time as
select n.id as notice_id, n.hearing_id, n.agency_id, n.court, n.number, n.served_on, h.hearing_date,
       h.hearing_date - n.served_on as lead_days,
       n.served_on > h.hearing_date - 3 as late
  from notice n
  join hearing_day h on h.hearing_id = n.hearing_id;

-- Every appearance with what it counts for.
--   head (R1): an official of the agency itself, in a head role valid on the hearing's date, whose identity proof
--     was not rejected.
--   present (art. 12(1)(3)): an official of the agency itself other than a lawyer, whatever their post dates, whose
--     identity proof was not rejected.
--   counted (R10): where the court reported anyone of the agency at the hearing, only the court's records count.
create view head_appearance as
select a.id as appearance_id, a.hearing_id, a.agency_id, a.official_id, a.source, a.spoke, a.left_early,
       a.identity_status, h.hearing_date,
       o.role in ('PRINCIPAL', 'DEPUTY', 'OTHER_LEADER') and o.agency_id = a.agency_id
           and a.identity_status <> 'REJECTED'
           and o.valid_from <= h.hearing_date and (o.valid_to is null or o.valid_to >= h.hearing_date) as head,
       o.role <> 'LAWYER' and o.agency_id = a.agency_id and a.identity_status <> 'REJECTED' as present,
       a.source = 'COURT' or not exists (select 1 from appearance c
                                          where c.hearing_id = a.hearing_id and c.agency_id = a.agency_id
                                            and c.source = 'COURT') as counted
  from appearance a
  join official_directory o on o.id = a.official_id
  join hearing_day h on h.hearing_id = a.hearing_id;

-- Identity proofs (SPC art. 6) still PENDING after the hearing: the appearances that count (R10) at held hearings.
-- Meanwhile the appearance counts as it would verified (R1); the papers check lists them and the figures flag those
-- left pending too long (PENDING_IDENTITY).
create view pending_identity_proof as
select a.appearance_id, a.hearing_id, a.agency_id, a.official_id, a.source, a.hearing_date, c.case_id,
       c.trial_level
  from head_appearance a
  join case_hearing c on c.hearing_id = a.hearing_id
 where a.identity_status = 'PENDING' and a.counted and c.status = 'HELD';

-- R5: a delegation filed on or before the hearing's date can justify the absence (approved) or leave it pending
-- (still submitted); a later one is recorded and does not count. The court's finding (art. 9) and the delegate are
-- for the papers check.
create view delegation_standing as
select g.id as delegation_id, g.hearing_id, g.agency_id, g.status, g.filed_on,
       g.status = 'APPROVED' and g.filed_on <= h.hearing_date as approved_in_time,
       g.status = 'SUBMITTED' and g.filed_on <= h.hearing_date as submitted_in_time,
       g.court_finding, g.delegate_official_id
  from delegation g
  join hearing_day h on h.hearing_id = g.hearing_id;

-- The duties (docs/domain.md §4 "the duty"), as litigation's DutyWriter keeps them with the rule in Java: one row per duty,
-- in the period of duty_date; status MET or the absence's class (R5). The figures, the absence list, interviews,
-- assessment and bulletins all count these rows.
create view duty_record as
select d.case_id, d.agency_id, d.kind, d.hearing_id, d.duty_date, d.trial_level, d.mandatory_categories, d.status,
       d.covered_hearing_ids
  from duty d;

-- Per (held hearing, agency): notices, late notices, whether a head appeared, silent and early-leaving heads, nobody
-- present (R3, R6, art. 12) as the same rule found them.
create view duty_hearing_record as
select hearing_id, agency_id, case_id, hearing_date, trial_level, defends, notices, late_notices, head_appeared,
       silent, left_early, no_one_appeared
  from duty_hearing;

-- The sums of those rows and of the outcomes per defendant, per (agency, span and period, trial level, the duty's
-- case's mandatory categories, the outcome's result), kept in the same transactions (V95__duty_period.sql): the
-- figures of a year read the year's few rows per agency.
create view duty_period_record as
select agency_id, span, period_start, trial_level, mandatory_categories, outcome_result, cases, cases_met, justified, pending,
       unjustified, notices, notices_head, silent, left_early, no_one, late, concluded, coordinated
  from duty_period;

create view case_outcome as
select o.case_id, c.trial_level, o.result, o.concluded_on, o.coordinated
  from outcome o
  join litigation_case c on c.id = o.case_id;

-- recommendations --------------------------------------------------------------------------------------------------

create view recommendation_received as
select id as recommendation_id, agency_id, received_on
  from judicial_recommendation;

-- attachments ------------------------------------------------------------------------------------------------------

-- Which records have which kinds of documents attached (never the bytes): the papers check looks for a delegation's
-- letter or evidence.
create view attached_document as
select owner_type, owner_id, kind
  from document;
