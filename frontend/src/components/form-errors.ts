import type { FormInstance } from 'antd';
import { describeError, type FieldError } from '@/lib/api/problem';
import type { Language } from '@/lib/i18n/language-context';

/** `hearings[0].reason` → `['hearings', 0, 'reason']`, the shape of an antd form's NamePath. */
export function toNamePath(field: string): (string | number)[] {
  return field
    .split(/\.|\[(\d+)\]/)
    .filter((part) => part !== undefined && part !== '')
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/**
 * Shows each of the server's field errors under its form field. Returns what could not be placed on a
 * field (a rule about the whole request, or a field the form does not show), for an alert above the form.
 */
export function applyServerErrors(
  form: FormInstance,
  error: unknown,
  lang: Language,
  fieldAliases: Record<string, string> = {},
): { title: string; placed: number; unplaced: FieldError[]; detail?: string } {
  const { title, detail, fieldErrors } = describeError(error, lang);
  const known = new Set(Object.keys(form.getFieldsValue(true) as Record<string, unknown>));
  const byField = new Map<string, string[]>();
  const unplaced: FieldError[] = [];
  for (const { field, message } of fieldErrors) {
    const name = fieldAliases[field] ?? field;
    const root = String(toNamePath(name)[0] ?? '');
    if (known.has(root) || known.has(name)) {
      byField.set(name, [...(byField.get(name) ?? []), message]);
    } else {
      unplaced.push({ field, message });
    }
  }
  form.setFields([...byField].map(([name, errors]) => ({ name: toNamePath(name), errors })));
  if (byField.size > 0) {
    form.scrollToField(toNamePath([...byField.keys()][0]));
  }
  return { title, placed: byField.size, unplaced, detail };
}
