import {
  ActionIcon,
  Burger,
  Group,
  Menu,
  SegmentedControl,
  Text,
  Tooltip,
  useComputedColorScheme,
  useMantineColorScheme,
} from '@mantine/core';
import { IconDots, IconMoon, IconRefresh, IconSun } from '@tabler/icons-react';

export type Section = 'sources' | 'claims';

export function AppHeader({
  section,
  onSection,
  navOpened,
  onToggleNav,
  onReimport,
}: {
  section: Section;
  onSection: (section: Section) => void;
  navOpened: boolean;
  onToggleNav: () => void;
  onReimport: () => void;
}) {
  const { toggleColorScheme } = useMantineColorScheme();
  const scheme = useComputedColorScheme('light');
  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap">
      <Group gap="sm" wrap="nowrap">
        <Burger
          opened={navOpened}
          onClick={onToggleNav}
          hiddenFrom="sm"
          size="sm"
          aria-label="Toggle sources"
        />
        <Text fw={700} size="lg" style={{ letterSpacing: '-0.01em' }}>
          Claimdesk
        </Text>
        <SegmentedControl
          size="xs"
          value={section}
          onChange={(value) => onSection(value as Section)}
          data={[
            { value: 'sources', label: 'Sources' },
            { value: 'claims', label: 'Claims' },
          ]}
          aria-label="Section"
        />
      </Group>
      <Group gap="xs" wrap="nowrap">
        <Tooltip label={scheme === 'dark' ? 'Light theme' : 'Dark theme'}>
          <ActionIcon
            variant="default"
            size="lg"
            onClick={toggleColorScheme}
            aria-label="Toggle colour theme"
          >
            {scheme === 'dark' ? <IconSun size={18} /> : <IconMoon size={18} />}
          </ActionIcon>
        </Tooltip>
        <Menu position="bottom-end" shadow="md" width={260}>
          <Menu.Target>
            <ActionIcon variant="default" size="lg" aria-label="More actions">
              <IconDots size={18} />
            </ActionIcon>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Item leftSection={<IconRefresh size={16} />} onClick={onReimport}>
              Re-import bundled articles
            </Menu.Item>
          </Menu.Dropdown>
        </Menu>
      </Group>
    </Group>
  );
}
