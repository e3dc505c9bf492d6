import {
  Button,
  Container,
  Group,
  Paper,
  ScrollArea,
  SegmentedControl,
  Stack,
  Text,
  Title,
  useMantineColorScheme,
  type MantineColorScheme,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDeviceDesktop, IconMoon, IconSun } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { ReactNode } from 'react';
import { useDatabase } from '../../app/DatabaseContext';
import {
  dismissedMergesKey,
  dismissedPairs,
  editorNameKey,
  restoreMergeProposals,
  setEditorName,
} from '../../db/settings';
import { notifyError } from '../../lib/errors';
import { CommitTextInput } from './CommitTextInput';
import { StatusVocabularyEditor } from './StatusVocabularyEditor';
import { formatCount } from '../../lib/numbers';

function Section({
  title,
  description,
  children,
}: {
  title: string;
  description: ReactNode;
  children: ReactNode;
}) {
  const id = `settings-${title.toLowerCase().replace(/\W+/g, '-')}`;
  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby={id}>
      <Title order={4} id={id}>
        {title}
      </Title>
      <Text size="sm" c="dimmed" mt={4} mb="md">
        {description}
      </Text>
      {children}
    </Paper>
  );
}

const themeIcon = { size: 14, style: { display: 'block' } };

/** Route `/settings`: the editor's name, the status vocabulary, the theme and merge proposals. */
export function SettingsView() {
  const db = useDatabase();
  const { colorScheme, setColorScheme } = useMantineColorScheme();
  const editorName = useLiveQuery(
    async () => ((await db.settings.get(editorNameKey))?.value as string | undefined) ?? '',
    [db],
  );
  const dismissed = useLiveQuery(
    async () => dismissedPairs((await db.settings.get(dismissedMergesKey))?.value).size,
    [db],
  );

  const saveName = async (name: string) => {
    try {
      await setEditorName(db, name);
      return true;
    } catch (error) {
      notifyError('Your name was not saved', error);
      return false;
    }
  };

  const restore = async () => {
    try {
      await restoreMergeProposals(db);
      notifications.show({
        message: 'Dismissed proposals will be shown again on the Speakers screen.',
      });
    } catch (error) {
      notifyError('The proposals were not restored', error);
    }
  };

  return (
    <ScrollArea h="100%" type="auto">
      <Container size={900} py="lg">
        <Stack gap="lg">
          <Title order={2}>Settings</Title>
          <Section
            title="Editor"
            description="Your name is recorded with every change you make, in each claim’s history."
          >
            {editorName !== undefined && (
              <CommitTextInput
                label="Your name"
                description="Saved when you press Enter or leave the field. Leave it empty to record changes without a name."
                placeholder="e.g. Dana Ortiz"
                maw={420}
                value={editorName}
                validate={(next) =>
                  next.trim().length > 80 ? 'Keep the name under 80 characters.' : null
                }
                onCommit={saveName}
              />
            )}
          </Section>

          <Section
            title="Appearance"
            description="Follow the system’s light or dark setting, or pick one. Kept on this computer."
          >
            <SegmentedControl
              aria-label="Theme"
              value={colorScheme}
              onChange={(value) => setColorScheme(value as MantineColorScheme)}
              data={[
                {
                  value: 'light',
                  label: (
                    <Group gap={6} wrap="nowrap">
                      <IconSun {...themeIcon} /> Light
                    </Group>
                  ),
                },
                {
                  value: 'dark',
                  label: (
                    <Group gap={6} wrap="nowrap">
                      <IconMoon {...themeIcon} /> Dark
                    </Group>
                  ),
                },
                {
                  value: 'auto',
                  label: (
                    <Group gap={6} wrap="nowrap">
                      <IconDeviceDesktop {...themeIcon} /> Match system
                    </Group>
                  ),
                },
              ]}
            />
          </Section>

          <Section
            title="Corroboration statuses"
            description="The statuses a claim can have, in the order menus show them. Their colours mark highlights, badges and charts. A status some claim still has cannot be removed."
          >
            <StatusVocabularyEditor />
          </Section>

          <Section
            title="Merge proposals"
            description="Pairs of speakers you marked as different people are no longer proposed for merging."
          >
            <Group justify="space-between">
              <Text size="sm">
                {dismissed === undefined
                  ? '…'
                  : dismissed === 0
                    ? 'No dismissed proposals.'
                    : `${formatCount(dismissed)} dismissed proposal${dismissed === 1 ? '' : 's'}.`}
              </Text>
              <Button
                variant="default"
                size="xs"
                disabled={!dismissed}
                onClick={() => void restore()}
              >
                Show them again
              </Button>
            </Group>
          </Section>
        </Stack>
      </Container>
    </ScrollArea>
  );
}
