import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import * as echarts from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

// SVG, not canvas: at ≤ 100 bars both draw in a few milliseconds, but SVG text and edges are
// vector at any devicePixelRatio (the iPad's 2×) without a backing store four times the size,
// it keeps less memory on the device, and the bars are DOM nodes a browser test can find.
echarts.use([BarChart, LineChart, GridComponent, TooltipComponent, LegendComponent, SVGRenderer]);

type ChartOption = echarts.ComposeOption<
  BarSeriesOption | LineSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption>;

/** The chart as the server sends it (Chart.Model in Java). */
export interface Model {
  kind: 'BAR' | 'LINE';
  stacked: boolean;
  format: 'PLAIN' | 'YEN' | 'PERCENT';
  categories: string[];
  /** One value per category; null is a gap (no data yet), not zero. */
  series: { name: string; values: (number | null)[] }[];
}

/** The app's primary (Lumo primary), then the comparison grey, then a few calm colours. */
export const COLORS = ['#7b3f61', '#b9a9b3', '#c77d4f', '#4f8a7b', '#4a6fa5', '#c9a227'];
const FONT = '-apple-system, BlinkMacSystemFont, "Hiragino Sans", "Noto Sans CJK JP", sans-serif';
const FONT_SIZE = 13;
/** How far from a line chart's point a finger may land and still hit it. */
const POINT_REACH = 24;

const grouped = new Intl.NumberFormat('ja-JP', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('ja-JP', { maximumFractionDigits: 1 });

/** ¥12,345 (as Yen.format in Java), 62.5% or 1,234. */
export function formatValue(value: number, format: Model['format']): string {
  switch (format) {
    case 'YEN':
      return `${value < 0 ? '-' : ''}¥${grouped.format(Math.abs(value))}`;
    case 'PERCENT':
      return `${oneDecimal.format(value)}%`;
    default:
      return oneDecimal.format(value);
  }
}

function escapeHtml(text: string) {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * The ECharts option for a model at a given width. Labels turn 45° when they would not fit
 * side by side; when even that is too tight ECharts skips every other one (interval 'auto').
 */
export function buildOption(model: Model, width: number, font: string = FONT): ChartOption {
  const bar = model.kind === 'BAR';
  const many = model.series.length > 1;
  const plotWidth = Math.max(100, width - 80);
  const perCategory = plotWidth / Math.max(1, model.categories.length);
  const longest = Math.max(0, ...model.categories.map(labelWidth));
  const rotate = longest + 8 > perCategory ? 45 : 0;
  const series = model.series.map((s, i) => {
    const common = {
      name: s.name,
      data: s.values,
      color: COLORS[i % COLORS.length],
      stack: model.stacked ? 'total' : undefined,
    };
    if (bar) {
      return {
        ...common,
        type: 'bar',
        // ~24 px wide bars when the width allows; thin ones when 31 days must fit.
        barMaxWidth: 48,
        barGap: '8%',
        barCategoryGap: many && !model.stacked ? '20%' : '30%',
        itemStyle: { borderRadius: model.stacked ? 0 : [3, 3, 0, 0] },
        emphasis: { focus: 'none' },
      } satisfies BarSeriesOption;
    }
    return {
      ...common,
      type: 'line',
      symbol: 'circle',
      symbolSize: model.categories.length > 40 ? 6 : 9,
      showSymbol: true,
      lineStyle: { width: i === 0 ? 3 : 2, type: i === 1 && many ? 'dashed' : 'solid' },
      areaStyle: model.stacked ? { opacity: 0.25 } : undefined,
      connectNulls: false,
      emphasis: { focus: 'none', scale: 1.6 },
    } satisfies LineSeriesOption;
  });
  return {
    animationDuration: 300,
    textStyle: { fontFamily: font, fontSize: FONT_SIZE, color: '#333' },
    grid: { left: 8, right: 16, top: many ? 40 : 16, bottom: 8, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    legend: {
      show: many,
      top: 4,
      left: 'center',
      itemWidth: 18,
      itemHeight: 12,
      selectedMode: false, // a tap on the chart means "show me what is behind it", never "hide a series"
      textStyle: { fontSize: FONT_SIZE, fontFamily: font },
    },
    tooltip: {
      trigger: 'axis',
      triggerOn: 'click', // a finger has no hover
      confine: true,
      axisPointer: { type: bar ? 'shadow' : 'line' },
      textStyle: { fontSize: 14, fontFamily: font },
      formatter: (params) => {
        const rows = Array.isArray(params) ? params : [params];
        if (rows.length === 0) {
          return '';
        }
        const head = `<div style="font-weight:600;margin-bottom:4px">${escapeHtml(String(rows[0].name))}</div>`;
        return head + rows.map((p) => {
          const v = Array.isArray(p.value) ? p.value[1] : p.value;
          const shown = typeof v === 'number' ? formatValue(v, model.format) : '—';
          return `<div style="display:flex;gap:12px;justify-content:space-between">`
            + `<span>${p.marker}${escapeHtml(p.seriesName ?? '')}</span><b>${shown}</b></div>`;
        }).join('');
      },
    },
    xAxis: {
      type: 'category',
      data: model.categories,
      boundaryGap: bar,
      axisTick: { alignWithLabel: true },
      axisLine: { lineStyle: { color: '#999' } },
      axisLabel: { fontSize: 12, color: '#444', rotate, interval: 'auto', hideOverlap: true, margin: 10 },
    },
    yAxis: {
      type: 'value',
      splitNumber: 4,
      minInterval: model.format === 'YEN' ? 1 : undefined, // no ¥0.5 steps on a small scale
      axisLabel: { fontSize: 12, color: '#555', formatter: (v: number) => formatValue(v, model.format) },
      splitLine: { lineStyle: { color: '#eee' } },
    },
    series,
  };
}

/** Rough width of a label at 12 px: CJK characters are square, Latin ones about half. */
function labelWidth(label: string) {
  let w = 0;
  for (const ch of label) {
    w += ch.charCodeAt(0) > 0x2e80 ? 12 : 7;
  }
  return w;
}

/**
 * A bar or line chart (Chart.java). A tap shows the tooltip and dispatches "point-tap" with
 * {seriesIndex, dataIndex, category}. Bars and points are smaller than a fingertip when a month
 * of days is shown, so a tap beside them counts too: in a bar chart, the bar whose slot in the
 * tapped column it falls in; in a line chart, the nearest point within POINT_REACH pixels.
 * Zero and missing values are never tapped.
 */
@customElement('salon-chart')
export class SalonChart extends LitElement {
  @property({ attribute: false }) model: Model = { kind: 'BAR', stacked: false, format: 'PLAIN', categories: [], series: [] };

  private chart: echarts.ECharts | null = null;
  private resizeObserver: ResizeObserver | null = null;

  static styles = css`
    :host { display: block; height: 280px; position: relative; font-family: inherit;
      -webkit-tap-highlight-color: transparent; }
    .plot { position: absolute; inset: 0; }
  `;

  render() {
    return html`<div class="plot"></div>`;
  }

  protected firstUpdated() {
    this.start();
  }

  protected updated(changed: Map<string, unknown>) {
    if (changed.has('model') && this.chart) {
      this.draw(true);
    }
  }

  connectedCallback() {
    super.connectedCallback();
    if (this.hasUpdated) {
      this.start(); // attached again (the view shown again): the chart was disposed on detach
    }
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.resizeObserver = null;
    this.chart?.dispose();
    this.chart = null;
  }

  private start() {
    if (this.chart) {
      return;
    }
    const plot = this.renderRoot.querySelector('.plot') as HTMLElement;
    const chart = echarts.init(plot, null, { renderer: 'svg' });
    this.chart = chart;
    // A hit on a bar or point comes as ECharts' click; zrender's click sees every tap and has
    // a target then, so it only handles taps on empty plot (beside the bars or points).
    chart.on('click', (e) => {
      if (e.componentType === 'series' && typeof e.seriesIndex === 'number') {
        this.tapped(e.seriesIndex, e.dataIndex);
      }
    });
    chart.getZr().on('click', (e) => {
      if (!e.target) {
        const near = this.model.kind === 'BAR' ? this.barBeside(e.offsetX, e.offsetY) : this.pointNear(e.offsetX, e.offsetY);
        if (near) {
          this.tapped(near[0], near[1]);
        }
      }
    });
    this.resizeObserver = new ResizeObserver(() => {
      this.chart?.resize();
      this.draw(false); // labels may turn or straighten; merged, so the bars do not grow again
    });
    this.resizeObserver.observe(this);
    this.draw(true);
  }

  /** replace: a new model replaces the old one entirely (fewer series must not leave ghosts). */
  private draw(replace: boolean) {
    const font = getComputedStyle(this).fontFamily || FONT;
    this.chart?.setOption(buildOption(this.model, this.clientWidth, font), { notMerge: replace });
  }

  /** The category column under x, if the tap is inside the plot. */
  private columnAt(x: number, y: number): number | null {
    const chart = this.chart;
    if (!chart || !chart.containPixel('grid', [x, y])) {
      return null;
    }
    const index = Math.round(Number(chart.convertFromPixel({ xAxisIndex: 0 }, x)));
    return index >= 0 && index < this.model.categories.length ? index : null;
  }

  private value(series: number, index: number): number | null {
    const v = this.model.series[series]?.values[index];
    return typeof v === 'number' && v !== 0 ? v : null;
  }

  /** [series, category] of the bar whose slot a tap beside the bars falls in. */
  private barBeside(x: number, y: number): [number, number] | null {
    const chart = this.chart!;
    const index = this.columnAt(x, y);
    if (index === null || this.model.series.length === 0) {
      return null;
    }
    if (this.model.stacked) {
      // The segment at the tapped height, or the top one when tapped above the column.
      let top: number | null = null;
      let sum = 0;
      for (let i = 0; i < this.model.series.length; i++) {
        const v = this.value(i, index);
        if (v === null) {
          continue;
        }
        sum += v;
        top = i;
        const segmentTop = (chart.convertToPixel({ yAxisIndex: 0 }, sum) as number);
        if (y >= segmentTop) {
          return [i, index];
        }
      }
      return top === null ? null : [top, index];
    }
    // Side by side: the column is split into one slot per series, left to right.
    const n = this.model.categories.length;
    const left = chart.convertToPixel({ xAxisIndex: 0 }, 0) as number;
    const band = n > 1 ? ((chart.convertToPixel({ xAxisIndex: 0 }, n - 1) as number) - left) / (n - 1) : this.clientWidth;
    const within = (x - (left + (index - 0.5) * band)) / band;
    const series = Math.min(this.model.series.length - 1, Math.max(0, Math.floor(within * this.model.series.length)));
    return this.value(series, index) === null ? null : [series, index];
  }

  /** [series, category] of the line point nearest a tap, if the finger is close enough. */
  private pointNear(x: number, y: number): [number, number] | null {
    const chart = this.chart!;
    const index = this.columnAt(x, y);
    if (index === null) {
      return null;
    }
    let best: [number, number] | null = null;
    let bestDistance = POINT_REACH;
    let sum = 0;
    for (let i = 0; i < this.model.series.length; i++) {
      const v = this.value(i, index);
      if (v === null) {
        continue;
      }
      sum += v;
      const [px, py] = chart.convertToPixel({ seriesIndex: i }, [index, this.model.stacked ? sum : v]) as number[];
      const distance = Math.hypot(px - x, py - y);
      if (distance <= bestDistance) {
        best = [i, index];
        bestDistance = distance;
      }
    }
    return best;
  }

  private tapped(seriesIndex: number, dataIndex: number) {
    if (this.value(seriesIndex, dataIndex) === null) {
      return; // nothing behind a zero
    }
    this.dispatchEvent(new CustomEvent('point-tap', {
      detail: { seriesIndex, dataIndex, category: this.model.categories[dataIndex] },
    }));
  }
}
