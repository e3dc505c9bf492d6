import { Alert, Button, Center, Group, Loader, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * What the window shows instead of the app when the store cannot be used: in words, with what
 * happened to the data and what to do. Never a blank window.
 */
export function StoreProblem({
  title,
  children,
  color = 'red',
  waiting = false,
  onReload,
}: {
  title: string;
  children: ReactNode;
  color?: string;
  /** Shows a spinner: the problem clears by itself once the user acts elsewhere. */
  waiting?: boolean;
  onReload?: () => void;
}) {
  return (
    <Center mih="100dvh" p="md">
      <Alert
        color={color}
        title={title}
        maw={560}
        w="100%"
        role="alert"
        icon={waiting ? <Loader size="sm" color={color} /> : undefined}
      >
        <Stack gap="sm">
          <Text size="sm">{children}</Text>
          {onReload && (
            <Group>
              <Button color={color} onClick={onReload}>
                Reload
              </Button>
            </Group>
          )}
        </Stack>
      </Alert>
    </Center>
  );
}
