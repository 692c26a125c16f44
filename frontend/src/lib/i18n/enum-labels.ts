import { useCallback } from 'react';
import { useLanguage, type Language } from './language-context';

/** The glossary of docs/domain.md §2: how each code value reads to a person. */
export const enumLabels = {
  AgencyKind: {
    DISTRICT_GOVERNMENT: ['区政府', 'District government'],
    DEPARTMENT: ['区政府部门', 'Department'],
    SUBDISTRICT: ['镇街', 'Town / subdistrict'],
    OTHER: ['其他', 'Other'],
  },
  OfficialRole: {
    PRINCIPAL: ['正职负责人', 'Principal head'],
    DEPUTY: ['副职负责人', 'Deputy head'],
    OTHER_LEADER: ['其他参与分管的负责人', 'Other leader in charge'],
    STAFF: ['工作人员', 'Staff'],
    LAWYER: ['律师', 'Lawyer'],
  },
  TrialLevel: {
    FIRST_INSTANCE: ['一审', 'First instance'],
    SECOND_INSTANCE: ['二审', 'Second instance'],
    RETRIAL: ['再审', 'Retrial'],
  },
  HearingStatus: {
    SCHEDULED: ['待开庭', 'Scheduled'],
    HELD: ['已开庭', 'Held'],
    POSTPONED: ['已延期', 'Postponed'],
    CANCELLED: ['已取消', 'Cancelled'],
  },
  IdentityStatus: {
    VERIFIED: ['已核验', 'Verified'],
    PENDING: ['待核验', 'Pending'],
    REJECTED: ['未通过', 'Rejected'],
  },
  AppearanceSource: {
    COURT: ['法院', 'Court'],
    AGENCY: ['机关', 'Agency'],
  },
  ReasonCategory: {
    FORCE_MAJEURE: ['不可抗力', 'Force majeure'],
    ACCIDENT: ['意外事件', 'Accident'],
    NON_DELEGABLE_DUTY: ['需要履行他人不能代替的公务', 'Non-delegable official duty'],
    OTHER_JUSTIFIED: ['其他正当事由', 'Other justified reason'],
  },
  DelegationStatus: {
    SUBMITTED: ['待审查', 'Awaiting review'],
    APPROVED: ['已通过', 'Approved'],
    REJECTED: ['已退回', 'Rejected'],
  },
  CourtFinding: {
    ACCEPTED: ['法院认可', 'Accepted by the court'],
    NOT_ACCEPTED: ['法院不予认可', 'Not accepted by the court'],
  },
  DesignationBasis: {
    AGREEMENT: ['共同被告协商确定', 'Agreed by the co-defendants'],
    COURT: ['人民法院指定', 'Designated by the court'],
  },
  OutcomeResult: {
    CLAIMS_DISMISSED: ['驳回诉讼请求', 'Claims dismissed'],
    SUIT_DISMISSED: ['驳回起诉', 'Suit dismissed'],
    WITHDRAWN: ['撤诉', 'Withdrawn'],
    MEDIATED: ['调解', 'Mediated'],
    REVOKED: ['撤销', 'Revoked'],
    ORDERED_TO_PERFORM: ['履行法定职责', 'Ordered to perform'],
    CONFIRMED_ILLEGAL: ['确认违法', 'Confirmed illegal'],
    CONFIRMED_INVALID: ['确认无效', 'Confirmed invalid'],
    MODIFIED: ['变更', 'Modified'],
    OTHER: ['其他', 'Other'],
  },
  MandatoryCategory: {
    MAJOR_PUBLIC_INTEREST: ['涉及重大公共利益', 'Major public interest'],
    HIGH_SOCIAL_CONCERN: ['社会高度关注', 'High social concern'],
    MASS_INCIDENT_RISK: ['可能引发群体性事件', 'Mass incident risk'],
    PROCURATORIAL_PUBLIC_INTEREST: ['检察机关提起的行政公益诉讼', 'Procuratorial public-interest suit'],
  },
  MetricsGroup: {
    DISTRICT_GOVERNMENT: ['区政府', 'District government'],
    DEPARTMENTS_AND_SUBDISTRICTS: ['区政府部门和镇街', 'Departments and towns'],
    ALL: ['全区合计', 'Whole district'],
  },
  TrialLevelFilter: {
    FIRST_INSTANCE: ['一审', 'First instance'],
    SECOND_INSTANCE: ['二审', 'Second instance'],
    RETRIAL: ['再审', 'Retrial'],
    ALL: ['全部审级', 'All instances'],
  },
  ComplianceFlag: {
    BELOW_THRESHOLD: ['低于目标', 'Below threshold'],
    ZERO_RATE_INTERVIEW: ['零出庭约谈', 'Zero rate: interview'],
    MANDATORY_MISSED: ['应出未出', 'Mandatory case missed'],
    UNJUSTIFIED_ABSENCE: ['无正当理由缺席', 'Unjustified absence'],
    SILENT_APPEARANCE: ['出庭不出声', 'Silent appearance'],
    LEFT_EARLY: ['中途退庭', 'Left early'],
    NO_ONE_APPEARED: ['无人出庭', 'No one appeared'],
    LATE_NOTICE: ['通知送达过晚', 'Late notice'],
    PENDING_IDENTITY: ['身份证明逾期未核验', 'Identity proof overdue'],
  },
} as const satisfies Record<string, Record<string, readonly [string, string]>>;

export type EnumName = keyof typeof enumLabels;

export function enumLabel(name: EnumName, value: string | null | undefined, lang: Language): string {
  if (value == null) return '';
  const labels = enumLabels[name] as Record<string, readonly [string, string]>;
  const pair = labels[value];
  return pair ? pair[lang === 'zh' ? 0 : 1] : value;
}

/** Options for a Select, in the glossary's order. */
export function enumOptions(name: EnumName, lang: Language): { value: string; label: string }[] {
  return Object.keys(enumLabels[name]).map((value) => ({ value, label: enumLabel(name, value, lang) }));
}

export function useEnumLabel() {
  const { lang } = useLanguage();
  return useCallback((name: EnumName, value: string | null | undefined) => enumLabel(name, value, lang), [lang]);
}
