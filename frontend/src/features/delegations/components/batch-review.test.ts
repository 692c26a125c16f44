import { describe, expect, it, vi } from 'vitest';
import type { Delegation } from '../api/get-delegations';
import { reviewEach } from './batch-review';

const delegation = (id: number, papersAttached = true): Delegation =>
  ({ id, version: id * 10, papersAttached, caseNumber: `（2022）渝0112行初${id}号` }) as Delegation;

describe('reviewEach', () => {
  it('reviews each in turn with its own version, and a failure does not stop the others', async () => {
    const review = vi.fn((d: Delegation) => (d.id === 2 ? Promise.reject(new Error('stale')) : Promise.resolve()));
    const outcome = await reviewEach(
      [delegation(1), delegation(2), delegation(3)],
      'REJECTED',
      review,
      () => '已被修改',
    );
    expect(review.mock.calls.map(([d]) => d.version)).toEqual([10, 20, 30]);
    expect(outcome.done.map((d) => d.id)).toEqual([1, 3]);
    expect(outcome.failed).toEqual([{ delegation: delegation(2), reason: '已被修改' }]);
  });

  it('skips, when approving, those without papers', async () => {
    const review = vi.fn(() => Promise.resolve());
    const outcome = await reviewEach([delegation(1, false), delegation(2)], 'APPROVED', review, String);
    expect(outcome.skipped.map((d) => d.id)).toEqual([1]);
    expect(outcome.done.map((d) => d.id)).toEqual([2]);
    expect(review).toHaveBeenCalledTimes(1);
  });

  it('rejects those without papers too', async () => {
    const review = vi.fn(() => Promise.resolve());
    const outcome = await reviewEach([delegation(1, false)], 'REJECTED', review, String);
    expect(outcome.done).toHaveLength(1);
  });
});
