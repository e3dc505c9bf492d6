import {
  Button,
  Center,
  Group,
  Loader,
  Menu,
  Progress,
  SegmentedControl,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconChecks, IconChevronDown } from '@tabler/icons-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useClaimSelection } from '../../app/ClaimSelection';
import { useClaimActions } from '../claims/useClaimActions';
import { QueueList } from './QueueList';
import { ReviewCard } from './ReviewCard';
import classes from './ReviewView.module.css';
import { useReviewQueue } from './useReviewQueue';

/**
 * The suggested claims, one at a time (the claim in its context, with accept / reject / skip) or
 * as a list with bulk decisions. Deciding moves on to the next claim.
 */
export function ReviewView() {
  const queue = useReviewQueue();
  const { selectedClaimId, selectClaim, setClaimOrder } = useClaimSelection();
  const actions = useClaimActions();
  const [mode, setMode] = useState<'single' | 'list'>('single');
  const [checked, setChecked] = useState<Set<string>>(new Set());
  const lastOrder = useRef<readonly string[]>([]);

  const order = useMemo(() => queue?.order ?? [], [queue]);
  useEffect(() => setClaimOrder(order), [order, setClaimOrder]);
  useEffect(() => () => setClaimOrder([]), [setClaimOrder]);

  // Keep a claim under review: when the current one leaves the queue, take the one after it.
  useEffect(() => {
    if (!queue) return;
    if (selectedClaimId && order.includes(selectedClaimId)) {
      lastOrder.current = order;
      return;
    }
    // Nothing selected, or the selected claim was just decided: take the one after it.
    const previous = lastOrder.current;
    const at = selectedClaimId ? previous.indexOf(selectedClaimId) : -1;
    const after = at >= 0 ? previous.slice(at + 1).find((id) => order.includes(id)) : undefined;
    lastOrder.current = order;
    selectClaim(after ?? order[0] ?? null);
  }, [queue, order, selectedClaimId, selectClaim]);

  if (!queue) {
    return (
      <Center h={300}>
        <Loader />
      </Center>
    );
  }
  const total = queue.remaining + queue.reviewed;
  const current = selectedClaimId && order.includes(selectedClaimId) ? selectedClaimId : null;
  const currentGroup = queue.groups.find((g) => g.claims.some((c) => c.id === current));
  const currentClaim = currentGroup?.claims.find((c) => c.id === current);
  const sameSpeaker = currentClaim?.speakerId
    ? order.filter((id) =>
        queue.groups.some((g) =>
          g.claims.some((c) => c.id === id && c.speakerId === currentClaim.speakerId),
        ),
      )
    : [];
  const speakerName = currentClaim?.speakerId
    ? queue.speakers.get(currentClaim.speakerId)?.name
    : undefined;

  // Move on before the store answers, so a quick second decision meets the next claim.
  const decideCurrent = (id: string, review: 'accepted' | 'rejected') => {
    void actions.review([id], review);
    const at = order.indexOf(id);
    const next = order[at + 1];
    if (next) selectClaim(next);
  };

  const decideAll = (ids: string[], review: 'accepted' | 'rejected') => {
    void actions.review(ids, review);
    setChecked(new Set());
  };

  return (
    <div className={classes.layout}>
      <div className={classes.toolbar}>
        <Group justify="space-between" wrap="nowrap">
          <Group gap="md" wrap="nowrap">
            <Title order={3}>Review</Title>
            <SegmentedControl
              size="xs"
              value={mode}
              onChange={(value) => setMode(value as 'single' | 'list')}
              data={[
                { value: 'single', label: 'One at a time' },
                { value: 'list', label: 'List' },
              ]}
            />
          </Group>
          <Group gap="sm" wrap="nowrap">
            <Text size="sm" c="dimmed" data-testid="review-progress">
              {queue.reviewed} reviewed · {queue.remaining} to review
            </Text>
            <Progress
              value={total ? (queue.reviewed / total) * 100 : 100}
              w={140}
              aria-label="Reviewed"
            />
            {mode === 'list' ? (
              <Group gap="xs">
                <Button
                  size="xs"
                  color="green"
                  disabled={checked.size === 0}
                  onClick={() => decideAll([...checked], 'accepted')}
                >
                  Accept {checked.size || ''}
                </Button>
                <Button
                  size="xs"
                  color="red"
                  variant="light"
                  disabled={checked.size === 0}
                  onClick={() => decideAll([...checked], 'rejected')}
                >
                  Reject {checked.size || ''}
                </Button>
              </Group>
            ) : (
              <Menu position="bottom-end" width={300}>
                <Menu.Target>
                  <Button
                    size="xs"
                    variant="default"
                    rightSection={<IconChevronDown size={14} />}
                    leftSection={<IconChecks size={14} />}
                    disabled={!currentGroup}
                  >
                    Decide in bulk
                  </Button>
                </Menu.Target>
                <Menu.Dropdown>
                  {currentGroup && (
                    <>
                      <Menu.Label>{currentGroup.title}</Menu.Label>
                      <Menu.Item
                        onClick={() =>
                          decideAll(
                            currentGroup.claims.map((c) => c.id),
                            'accepted',
                          )
                        }
                      >
                        Accept all {currentGroup.claims.length} of this source
                      </Menu.Item>
                      <Menu.Item
                        onClick={() =>
                          decideAll(
                            currentGroup.claims.map((c) => c.id),
                            'rejected',
                          )
                        }
                      >
                        Reject all {currentGroup.claims.length} of this source
                      </Menu.Item>
                    </>
                  )}
                  {speakerName && (
                    <>
                      <Menu.Label>{speakerName}</Menu.Label>
                      <Menu.Item onClick={() => decideAll(sameSpeaker, 'accepted')}>
                        Accept all {sameSpeaker.length} of this speaker
                      </Menu.Item>
                      <Menu.Item onClick={() => decideAll(sameSpeaker, 'rejected')}>
                        Reject all {sameSpeaker.length} of this speaker
                      </Menu.Item>
                    </>
                  )}
                </Menu.Dropdown>
              </Menu>
            )}
          </Group>
        </Group>
      </div>
      {queue.remaining === 0 ? (
        <Center className={classes.empty}>
          <Stack align="center" gap={4}>
            <Title order={4}>Nothing left to review</Title>
            <Text c="dimmed" size="sm">
              Every suggested claim has been accepted or rejected. New imports add suggestions here.
            </Text>
          </Stack>
        </Center>
      ) : (
        <div className={mode === 'single' ? classes.split : classes.full}>
          <QueueList
            groups={queue.groups}
            speakers={queue.speakers}
            selectedId={current}
            onSelect={selectClaim}
            checked={mode === 'list' ? checked : null}
            onToggle={(id) =>
              setChecked((previous) => {
                const next = new Set(previous);
                if (!next.delete(id)) next.add(id);
                return next;
              })
            }
          />
          {mode === 'single' && (
            <div className={classes.card}>
              {current && (
                <ReviewCard
                  claimId={current}
                  onAccept={() => decideCurrent(current, 'accepted')}
                  onReject={() => decideCurrent(current, 'rejected')}
                  onSkip={() => {
                    const at = order.indexOf(current);
                    selectClaim(order[at + 1] ?? order[0] ?? null);
                  }}
                />
              )}
            </div>
          )}
        </div>
      )}
    </div>
  );
}
