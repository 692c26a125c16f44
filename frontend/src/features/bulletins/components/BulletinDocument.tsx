import type { ReactNode } from 'react';
import type { Schema } from '@/lib/api/types';
import { formatPp, formatRate } from '@/lib/format';
import { useMessages } from '@/lib/i18n/language-context';
import type { BulletinContent } from '../api/get-bulletin';
import { bulletinMessages } from '../messages';
import { chineseDate } from './quarter';
import './bulletin.css';

type SectionKey = NonNullable<Schema<'BulletinSection'>['key']>;

interface Column<T> {
  header: string;
  cell: (row: T, index: number) => ReactNode;
  text?: boolean;
  width?: string;
}

function DocumentTable<T>({ columns, rows }: { columns: Column<T>[]; rows: T[] | undefined }) {
  if (!rows?.length) return null;
  return (
    <table className="bulletin-table">
      {/* A printed table repeats its thead on every page it runs over. */}
      <thead>
        <tr>
          {columns.map((c) => (
            <th key={c.header} style={c.width ? { width: c.width } : undefined}>
              {c.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, index) => (
          <tr key={index}>
            {columns.map((c) => (
              <td key={c.header} className={c.text ? 'bulletin-text' : undefined}>
                {c.cell(row, index)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

type AgencyRate = Schema<'BulletinAgencyRate'>;
type RankingLine = Schema<'BulletinRankingLine'>;

/* The bulletin is a Chinese official document: its tables read as in the PDF, whatever the app's language. */

/** An agency's cases heard, with the head, and its rate, after the rank or row number (as the PDF's tables). */
function agencyColumns<T extends AgencyRate | RankingLine>(first: Column<T>): Column<T>[] {
  return [
    { width: '3em', ...first },
    { header: '单位', cell: (a) => a.agencyName, text: true },
    { header: '开庭案件数', cell: (a) => a.casesHeard, width: '6em' },
    { header: '负责人出庭案件数', cell: (a) => a.casesHeardWithHead, width: '8em' },
    { header: '出庭应诉率', cell: (a) => formatRate(a.appearanceRate), width: '6em' },
  ];
}

const rateColumns = agencyColumns<AgencyRate>({ header: '序号', cell: (_, i) => i + 1 });

function SectionTable({ sectionKey, content }: { sectionKey: SectionKey; content: BulletinContent }) {
  switch (sectionKey) {
    case 'OVERVIEW':
      return (
        <DocumentTable
          rows={content.groups}
          columns={[
            { header: '类别', cell: (g) => g.label, text: true, width: '9.5em' },
            { header: '出庭通知', cell: (g) => g.noticesReceived },
            { header: '负责人按通知出庭', cell: (g) => g.noticesAttendedByHead },
            { header: '通知出庭率', cell: (g) => formatRate(g.noticeAppearanceRate) },
            { header: '开庭案件', cell: (g) => g.casesHeard },
            { header: '负责人出庭案件', cell: (g) => g.casesHeardWithHead },
            { header: '出庭应诉率', cell: (g) => formatRate(g.appearanceRate) },
            { header: '同比增减（百分点）', cell: (g) => formatPp(g.appearanceRateChangePp) },
            { header: '必须出庭案件出庭率', cell: (g) => formatRate(g.mandatoryAppearanceRate) },
            { header: '审结案件', cell: (g) => g.casesConcluded },
            { header: '改变行政机关决定', cell: (g) => g.decisionsChanged },
            { header: '败诉率', cell: (g) => formatRate(g.lossRate) },
          ]}
        />
      );
    case 'RANKING':
      return (
        <DocumentTable
          rows={content.ranking}
          columns={[
            ...agencyColumns<RankingLine>({ header: '名次', cell: (r) => r.rank }),
            { header: '同比增减（百分点）', cell: (r) => formatPp(r.appearanceRateChangePp), width: '7em' },
          ]}
        />
      );
    case 'BELOW_THRESHOLD':
      return <DocumentTable rows={content.belowThreshold} columns={rateColumns} />;
    case 'ZERO_RATE':
      return <DocumentTable rows={content.zeroRate} columns={rateColumns} />;
    case 'UNJUSTIFIED_ABSENCES':
      return (
        <DocumentTable
          rows={content.unjustifiedAbsences}
          columns={[
            { header: '序号', cell: (_, i) => i + 1, width: '3em' },
            { header: '单位', cell: (a) => a.agencyName, text: true },
            { header: '案号', cell: (a) => a.caseNumber, text: true },
            { header: '案由', cell: (a) => a.causeOfAction ?? '—', text: true },
            { header: '开庭日期', cell: (a) => (a.hearingDates ?? []).join('、'), width: '6.5em' },
            { header: '扣分', cell: (a) => a.points, width: '3em' },
          ]}
        />
      );
    case 'FLAGS':
      return (
        <DocumentTable
          rows={content.flagged}
          columns={[
            { header: '序号', cell: (_, i) => i + 1, width: '3em' },
            { header: '单位', cell: (f) => f.agencyName, text: true, width: '28%' },
            { header: '预警事项', cell: (f) => f.flagNames, text: true, width: '24%' },
            { header: '具体情况', cell: (f) => f.details, text: true },
          ]}
        />
      );
    case 'REFERRALS':
      return (
        <DocumentTable
          rows={content.referrals ?? []}
          columns={[
            { header: '序号', cell: (_, i) => i + 1, width: '3em' },
            { header: '单位', cell: (r) => r.agencyName, text: true },
            { header: '人员', cell: (r) => r.officials, text: true },
            { header: '事由', cell: (r) => r.ground, text: true },
            { header: '文号', cell: (r) => r.number, text: true },
            { header: '移送日期', cell: (r) => (r.sentOn ? chineseDate(r.sentOn) : '—'), width: '7em' },
            { header: '处理结果', cell: (r) => r.decision, text: true, width: '6em' },
          ]}
        />
      );
    default:
      return null;
  }
}

/** A title that needs two lines is broken before 负责人出庭应诉, where it reads well (as in the PDF). */
function titleParts(title: string): string[] {
  const at = title.indexOf('负责人出庭应诉');
  return at > 0 ? [title.slice(0, at), title.slice(at)] : [title];
}

/**
 * A bulletin laid out as the bureau issues it: letterhead and number, title, addressees, the sections with their
 * tables, signature and date. A preview has no number or date yet.
 */
export function BulletinDocument({
  content,
  number,
  publishedOn,
  supersedesNumber,
  correctionReason,
}: {
  content: BulletinContent;
  number?: string;
  publishedOn?: string;
  supersedesNumber?: string | null;
  correctionReason?: string | null;
}) {
  const t = useMessages(bulletinMessages);
  return (
    <article className="bulletin-paper" aria-label={content.title}>
      <div className="bulletin-letterhead">{content.issuer}</div>
      <div className="bulletin-number">{number ?? t('draftNumber')}</div>
      <hr className="bulletin-rule" />
      {/* Named as one title, though its halves may wrap apart. */}
      <h1 className="bulletin-title" aria-label={content.title}>
        {titleParts(content.title ?? '').map((part) => (
          <span key={part}>{part}</span>
        ))}
      </h1>
      {supersedesNumber ? <p className="bulletin-center">（更正版，代替{supersedesNumber}）</p> : null}
      <p className="bulletin-flush">{content.addressees}：</p>
      {correctionReason ? <p>更正说明：{correctionReason}</p> : null}
      {(content.sections ?? []).map((section) => (
        <section key={section.key}>
          <h2>{section.heading}</h2>
          {(section.paragraphs ?? []).map((paragraph) => (
            <p key={paragraph}>{paragraph}</p>
          ))}
          {section.key ? <SectionTable sectionKey={section.key} content={content} /> : null}
        </section>
      ))}
      <div className="bulletin-signature">
        <div>
          <div>{content.issuer}</div>
          <div>{publishedOn ? chineseDate(publishedOn) : t('draftDate')}</div>
        </div>
      </div>
    </article>
  );
}
