import { useEffect, useRef } from 'preact/hooks';
import { BarController, BarElement, CategoryScale, Chart, DoughnutController, ArcElement, Legend, LinearScale, Tooltip } from 'chart.js';
import { number } from './i18n.js';

// Chart.js, with only the parts the console draws (bars and doughnuts), so the first load stays small
Chart.register(BarController, BarElement, CategoryScale, LinearScale, DoughnutController, ArcElement, Legend, Tooltip);
// the page's own font stack, so Chinese labels on the canvas use the same CJK font as the text around them
Chart.defaults.font.family = getComputedStyle(document.documentElement).fontFamily;
Chart.defaults.color = '#1b1f24';

const colours = ['#1f6feb', '#d97706', '#059669', '#b91c1c', '#7c3aed', '#0e7490', '#be185d', '#4d7c0f', '#92400e', '#475569'];

/**
 * A chart of named figures, with the same figures as a table for screen readers and for anyone who prefers
 * numbers to bars.
 */
export function FigureChart({ title, labels, values, type = 'bar', series }) {
  const canvas = useRef(null);
  useEffect(() => {
    if (!canvas.current) return undefined;
    const datasets = series
      ? series.map((s, i) => ({ label: s.label, data: s.values, backgroundColor: colours[i % colours.length] }))
      : [{ label: title, data: values, backgroundColor: type === 'bar' ? colours[0] : colours }];
    const chart = new Chart(canvas.current, {
      type,
      data: { labels, datasets },
      options: {
        animation: false,
        maintainAspectRatio: false,
        plugins: { legend: { display: type !== 'bar' || !!series } },
        scales: type === 'bar' ? { y: { beginAtZero: true, ticks: { precision: 0 } } } : {},
      },
    });
    return () => chart.destroy();
  }, [JSON.stringify([labels, values, series, type])]);
  const rows = series ? labels.map((l, i) => [l, ...series.map((s) => s.values[i])]) : labels.map((l, i) => [l, values[i]]);
  return (
    <figure class="chart">
      <figcaption>{title}</figcaption>
      <div class="chart-box"><canvas ref={canvas} role="img" aria-label={title + ': ' + rows.map((r) => r[0] + ' ' + r.slice(1).map(number).join('/')).join('，')} /></div>
      <table class="sr-only">
        <caption>{title}</caption>
        <tbody>{rows.map((r) => <tr><th scope="row">{r[0]}</th>{r.slice(1).map((v) => <td>{number(v)}</td>)}</tr>)}</tbody>
      </table>
    </figure>
  );
}
