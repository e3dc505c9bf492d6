import { useEffect, useRef, useState, type RefObject } from 'react';
import classes from './CompareView.module.css';

export interface Connection {
  from: string;
  to: string;
  /** A CSS colour. */
  color: string;
  dashed: boolean;
}

interface Line {
  key: string;
  d: string;
  color: string;
  dashed: boolean;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

const escapeId = (id: string) => id.replace(/["\\]/g, '');

/** The visible box of a claim's first highlight inside the wrapper, or null when scrolled away. */
function boxOf(wrap: HTMLElement, claimId: string): DOMRect | null {
  const mark = wrap.querySelector<HTMLElement>(`mark[data-claim-id="${escapeId(claimId)}"]`);
  if (!mark) return null;
  const rect = mark.getClientRects()[0] ?? mark.getBoundingClientRect();
  const scroller = mark.closest<HTMLElement>('[data-compare-text]');
  const view = scroller?.getBoundingClientRect();
  if (view && (rect.bottom < view.top || rect.top > view.bottom)) return null;
  return rect;
}

/**
 * Curves from a claim to its counterparts in the other columns, drawn over the texts (SVG, no
 * pointer events). Follows the columns as they scroll.
 */
export function Connectors({
  wrapRef,
  connections,
}: {
  wrapRef: RefObject<HTMLDivElement | null>;
  connections: Connection[];
}) {
  const [lines, setLines] = useState<Line[]>([]);
  const frame = useRef(0);

  useEffect(() => {
    const wrap = wrapRef.current;
    if (!wrap || connections.length === 0) {
      setLines([]);
      return;
    }
    let last = '';
    const draw = () => {
      frame.current = 0;
      const origin = wrap.getBoundingClientRect();
      const next: Line[] = [];
      for (const c of connections) {
        const a = boxOf(wrap, c.from);
        const b = boxOf(wrap, c.to);
        if (!a || !b) continue;
        const [l, r] = a.left <= b.left ? [a, b] : [b, a];
        const x1 = Math.min(l.right, origin.right) - origin.left;
        const y1 = l.top + l.height / 2 - origin.top;
        const x2 = Math.max(r.left, origin.left) - origin.left;
        const y2 = r.top + r.height / 2 - origin.top;
        const bend = Math.max(30, (x2 - x1) / 2);
        next.push({
          key: `${c.from}>${c.to}`,
          d: `M ${x1} ${y1} C ${x1 + bend} ${y1}, ${x2 - bend} ${y2}, ${x2} ${y2}`,
          color: c.color,
          dashed: c.dashed,
          x1,
          y1,
          x2,
          y2,
        });
      }
      const signature = next.map((l) => l.d).join(';');
      if (signature !== last) {
        last = signature;
        setLines(next);
      }
    };
    // Redrawn when something moves (a column scrolls, the window resizes), once per frame at most;
    // nothing runs while the view stands still.
    const schedule = () => {
      if (!frame.current) frame.current = requestAnimationFrame(draw);
    };
    schedule();
    wrap.addEventListener('scroll', schedule, { capture: true, passive: true });
    window.addEventListener('resize', schedule);
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(schedule);
    observer?.observe(wrap);
    // Highlights re-render when claims change; pick that up too.
    const mutations =
      typeof MutationObserver === 'undefined' ? null : new MutationObserver(schedule);
    mutations?.observe(wrap, { childList: true, subtree: true });
    return () => {
      if (frame.current) cancelAnimationFrame(frame.current);
      frame.current = 0;
      wrap.removeEventListener('scroll', schedule, { capture: true });
      window.removeEventListener('resize', schedule);
      observer?.disconnect();
      mutations?.disconnect();
    };
  }, [wrapRef, connections]);

  if (lines.length === 0) return null;
  return (
    <svg className={classes.connectors} aria-hidden data-testid="compare-connectors">
      {lines.map((l) => (
        <g key={l.key}>
          <path
            d={l.d}
            fill="none"
            stroke={l.color}
            strokeWidth={l.dashed ? 1.5 : 2}
            strokeDasharray={l.dashed ? '5 4' : undefined}
            opacity={l.dashed ? 0.6 : 0.85}
          />
          <circle cx={l.x1} cy={l.y1} r={3.5} fill={l.color} />
          <circle cx={l.x2} cy={l.y2} r={3.5} fill={l.color} />
        </g>
      ))}
    </svg>
  );
}
