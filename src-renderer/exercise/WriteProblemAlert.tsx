import { Alert } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';

interface WriteProblemAlertProps {
  problem: string;
  onDismiss: () => void;
}

/**
 * Why a save, status move or delete was refused. It sits above the
 * form, so it scrolls itself into view: the button pressed may be far
 * below.
 */
export function WriteProblemAlert({
  problem,
  onDismiss,
}: WriteProblemAlertProps) {
  const alertRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    alertRef.current?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }, [problem]);

  return (
    <Alert
      ref={alertRef}
      color="red"
      icon={<IconAlertCircle aria-hidden />}
      title="The change was not stored"
      withCloseButton
      closeButtonLabel="Dismiss"
      onClose={onDismiss}
    >
      {problem}
    </Alert>
  );
}
