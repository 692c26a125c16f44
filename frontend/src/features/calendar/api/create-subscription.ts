import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Schema } from '@/lib/api/types';

export type CalendarSubscriptionCreate = Schema<'CalendarSubscriptionCreate'>;

/** The answer carries the feed's secret address, which the server never shows again. */
export function createSubscription(body: CalendarSubscriptionCreate) {
  return unwrap(api.POST('/api/calendar/subscriptions', { body }));
}

export function useCreateSubscription() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createSubscription,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['calendar-subscriptions'] }),
  });
}
