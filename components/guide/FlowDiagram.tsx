import type { FlowNode } from '@/lib/guide/how-it-decides';

/**
 * The questions as an inline SVG flowchart, drawn on the server from the flow data (no script, no
 * external service). Top to bottom: start, each question, the result; a dashed arrow to the right
 * from each question whose answer can end the check at once. The ordered list on the page carries
 * the same information for assistive technology; the SVG has a title and a description.
 */
export function FlowDiagram({
  nodes,
  label,
  startLabel,
  endLabel,
  resultLabel,
  title,
  description,
}: {
  nodes: readonly FlowNode[];
  label: (id: string) => string;
  startLabel: string;
  endLabel: string;
  resultLabel: string;
  title: string;
  description: string;
}) {
  const main = nodes.filter((n) => n.alternativeOf === null);
  const boxW = 520;
  const boxH = 40;
  const gap = 18;
  const x = 10;
  const top = 10;
  const step = boxH + gap;
  const rows = [startLabel, ...main.map((n, i) => `${i + 1}. ${label(n.id)}`), resultLabel];
  const height = top * 2 + rows.length * step - gap;
  const stopX = x + boxW + 60;
  const stopW = 250;
  const enders = main.map((n, i) => ({ n, row: i + 1 })).filter((e) => e.n.canEndFlow);
  const stopRowFirst = enders[0]?.row ?? 1;
  const stopRowLast = enders.at(-1)?.row ?? 1;
  const stopY = top + stopRowFirst * step;
  const stopH = (stopRowLast - stopRowFirst) * step + boxH;
  const width = stopX + stopW + 10;
  const clip = (s: string) => (s.length > 64 ? `${s.slice(0, 62)}…` : s);

  return (
    <svg
      role="img"
      aria-labelledby="flow-svg-title flow-svg-desc"
      viewBox={`0 0 ${width} ${height}`}
      className="h-auto w-full max-w-3xl"
      xmlns="http://www.w3.org/2000/svg"
      data-diagram="flow"
    >
      <title id="flow-svg-title">{title}</title>
      <desc id="flow-svg-desc">{description}</desc>
      <defs>
        <marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M 0 0 L 10 5 L 0 10 z" className="fill-ink" />
        </marker>
      </defs>
      {rows.map((text, i) => {
        const y = top + i * step;
        const terminal = i === 0 || i === rows.length - 1;
        return (
          <g key={i} data-node={i === 0 ? 'start' : i === rows.length - 1 ? 'result' : main[i - 1]!.id}>
            <rect x={x} y={y} width={boxW} height={boxH} rx={terminal ? 20 : 4} className={terminal ? 'fill-ink stroke-ink' : 'fill-panel stroke-ink'} strokeWidth={1.5} />
            <text x={x + 14} y={y + boxH / 2 + 5} fontSize={15} className={terminal ? 'fill-white' : 'fill-ink'}>
              {clip(text)}
            </text>
            {i < rows.length - 1 ? (
              <line x1={x + boxW / 2} y1={y + boxH} x2={x + boxW / 2} y2={y + step - 2} className="stroke-ink" strokeWidth={1.5} markerEnd="url(#arrow)" />
            ) : null}
          </g>
        );
      })}
      {enders.length > 0 ? (
        <g data-node="end">
          {enders.map((e) => {
            const y = top + e.row * step + boxH / 2;
            return <line key={e.n.id} x1={x + boxW} y1={y} x2={stopX - 2} y2={y} className="stroke-ink" strokeWidth={1.5} strokeDasharray="6 4" markerEnd="url(#arrow)" />;
          })}
          <rect x={stopX} y={stopY} width={stopW} height={stopH} rx={20} className="fill-white stroke-ink" strokeWidth={1.5} />
          <text x={stopX + 14} y={stopY + stopH / 2 - ((wrap(endLabel, 28).length - 1) * 18) / 2 + 5} fontSize={15} className="fill-ink">
            {wrap(endLabel, 28).map((line, i) => (
              <tspan key={i} x={stopX + 14} dy={i === 0 ? 0 : 18}>
                {line}
              </tspan>
            ))}
          </text>
        </g>
      ) : null}
    </svg>
  );
}

/** Greedy word wrap for SVG text (no layout engine on the server). */
function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && (line + ' ' + word).length > max) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}
