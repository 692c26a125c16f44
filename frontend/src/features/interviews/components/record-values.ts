import dayjs, { type Dayjs } from 'dayjs';
import type { Schema } from '@/lib/api/types';
import type { Interview } from '../api/get-interviews';
import type { InterviewRecord } from '../api/record-interview';

export type ParticipantSide = Schema<'ParticipantSide'>;

interface ParticipantValues {
  side: ParticipantSide;
  officialCode?: string;
  name?: string;
  title?: string;
}

export interface RecordValues {
  heldOn?: Dayjs | null;
  location?: string;
  participants: ParticipantValues[];
  notes?: string;
  outcome?: string;
}

function text(value: string | undefined): string | undefined {
  return value?.trim() || undefined;
}

/** The form's values as the API takes them: a picked official is named by code, anyone else by name. */
export function toRecord(values: RecordValues): InterviewRecord {
  return {
    heldOn: values.heldOn ? values.heldOn.format('YYYY-MM-DD') : undefined,
    location: text(values.location),
    participants: (values.participants ?? []).map((p) => ({
      side: p.side,
      officialCode: p.officialCode || undefined,
      name: p.officialCode ? undefined : text(p.name),
      title: text(p.title),
    })),
    notes: text(values.notes),
    outcome: text(values.outcome),
  };
}

export function initialValues(interview: Interview | undefined): RecordValues {
  const participants = interview?.participants ?? [];
  return {
    heldOn: interview?.heldOn ? dayjs(interview.heldOn) : undefined,
    location: interview?.location ?? undefined,
    // A new record starts with the two sides an interview always has: the agency's head and the bureau.
    participants: participants.length
      ? participants.map((p) => ({
          side: p.side ?? 'AGENCY',
          officialCode: p.officialCode ?? undefined,
          name: p.name,
          title: p.title ?? undefined,
        }))
      : [{ side: 'AGENCY' }, { side: 'BUREAU' }],
    notes: interview?.notes ?? undefined,
    outcome: interview?.outcome ?? undefined,
  };
}
