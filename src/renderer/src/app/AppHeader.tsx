import {
  ActionIcon,
  Burger,
  Group,
  Menu,
  Text,
  Tooltip,
  UnstyledButton,
  useComputedColorScheme,
  useMantineColorScheme,
} from '@mantine/core';
import { spotlight } from '@mantine/spotlight';
import {
  IconCommand,
  IconDots,
  IconKeyboard,
  IconMoon,
  IconRefresh,
  IconSun,
} from '@tabler/icons-react';
import { hotkeyParts } from '../features/shortcuts/actions';
import classes from './AppHeader.module.css';
import { sections, type SectionDefinition } from './sections';

export function AppHeader({
  current,
  onNavigate,
  navOpened,
  onToggleNav,
  showNavToggle,
  onReimport,
  onHelp,
  reviewCount,
}: {
  current: SectionDefinition;
  onNavigate: (path: string) => void;
  navOpened: boolean;
  onToggleNav: () => void;
  showNavToggle: boolean;
  onReimport: () => void;
  onHelp: () => void;
  reviewCount: number;
}) {
  const { toggleColorScheme } = useMantineColorScheme();
  const scheme = useComputedColorScheme('light');
  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="md">
      <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
        {showNavToggle && (
          <Burger
            opened={navOpened}
            onClick={onToggleNav}
            hiddenFrom="sm"
            size="sm"
            aria-label="Toggle sources"
          />
        )}
        <Text fw={750} size="lg" className={classes.brand}>
          Claimdesk
        </Text>
        <nav className={classes.nav} aria-label="Sections">
          {sections.map((section) => {
            const Icon = section.icon;
            return (
              <Tooltip
                key={section.id}
                label={`${section.label} (${hotkeyParts(section.hotkey).join('+')})`}
                openDelay={400}
              >
                <UnstyledButton
                  className={classes.link}
                  data-active={section.id === current.id || undefined}
                  aria-current={section.id === current.id ? 'page' : undefined}
                  onClick={() => onNavigate(section.path)}
                  data-testid={`nav-${section.id}`}
                >
                  <Icon size={16} stroke={1.8} />
                  <span className={classes.label}>{section.label}</span>
                  {section.id === 'review' && reviewCount > 0 && (
                    <span className={classes.count}>{reviewCount}</span>
                  )}
                </UnstyledButton>
              </Tooltip>
            );
          })}
        </nav>
      </Group>
      <Group gap="xs" wrap="nowrap">
        <Tooltip label="Command palette (Ctrl+K)">
          <ActionIcon
            variant="default"
            size="lg"
            onClick={() => spotlight.open()}
            aria-label="Command palette"
          >
            <IconCommand size={18} />
          </ActionIcon>
        </Tooltip>
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
            <Menu.Item
              leftSection={<IconKeyboard size={16} />}
              onClick={onHelp}
              rightSection={
                <Text size="xs" c="dimmed">
                  ?
                </Text>
              }
            >
              Keyboard shortcuts
            </Menu.Item>
            <Menu.Item leftSection={<IconRefresh size={16} />} onClick={onReimport}>
              Re-import bundled articles
            </Menu.Item>
          </Menu.Dropdown>
        </Menu>
      </Group>
    </Group>
  );
}
