import { Card, Skeleton } from 'antd';

export function LoadingBlock({ rows = 6 }: { rows?: number }) {
  return (
    <Card>
      <Skeleton active paragraph={{ rows }} />
    </Card>
  );
}
