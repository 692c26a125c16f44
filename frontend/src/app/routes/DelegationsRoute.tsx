import { DocumentsCard } from '@/features/documents/components/DocumentsCard';
import { ReviewQueuePage } from '@/features/delegations/components/ReviewQueuePage';

/** The review queue, its dialog listing each delegation's papers from the documents feature (read-only there). */
export function DelegationsRoute() {
  return (
    <ReviewQueuePage
      attachments={(delegation) =>
        delegation.id ? (
          <DocumentsCard ownerType="DELEGATION" ownerId={delegation.id} canUpload={false} bordered={false} />
        ) : null
      }
    />
  );
}
