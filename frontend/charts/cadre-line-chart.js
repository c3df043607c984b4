import * as echarts from 'echarts/core';
import { BarChart, LineChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([BarChart, LineChart, PieChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

/**
 * Cadre's chart on Apache ECharts, the one component for every chart: values over dates, bars and pies. The server sends
 * {kind?, unit?, categories?, series: [...]}. A line chart (kind "line", the default) puts dates on a time axis:
 * series [{name, color?, dashed?, step?, points: [[isoDate, value], ...]}]. A bar chart (kind "bar") puts the
 * categories on its axis: series [{name, color?, values: [...]}], stacked when "stacked" is true. A pie (kind "pie")
 * shows one series [{name, slices: [[label, value], ...]}]. Sets data-drawn to the number of series once drawn, so
 * that a test can wait for it.
 */
class CadreLineChart extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' });
    this.shadowRoot.innerHTML = `
      <style>:host { display: block; width: 100%; height: 240px; } .plot { width: 100%; height: 100%; }</style>
      <div class="plot" part="plot"></div>`;
    this.plot = this.shadowRoot.querySelector('.plot');
  }

  connectedCallback() {
    this.resizeObserver = new ResizeObserver(() => this.chart && this.chart.resize());
    this.resizeObserver.observe(this);
    if (this.pending) {
      this.show(this.pending);
    }
  }

  disconnectedCallback() {
    if (this.resizeObserver) {
      this.resizeObserver.disconnect();
    }
    if (this.chart) {
      this.chart.dispose();
      this.chart = null;
    }
  }

  show(json) {
    this.pending = json;
    if (!this.isConnected) {
      return;
    }
    const data = JSON.parse(json);
    if (!this.chart) {
      this.chart = echarts.init(this.plot, null, { renderer: 'svg' });
    }
    const unit = data.unit ? ` ${data.unit}` : '';
    const valueFormatter = (v) => (v == null ? '' : `${v}${unit}`);
    this.chart.setOption(CadreLineChart.option(data, valueFormatter), true);
    this.dataset.drawn = String(data.series.length);
  }
}

CadreLineChart.option = (data, valueFormatter) => {
  const kind = data.kind || 'line';
  if (kind === 'pie') {
    const series = data.series[0] || { name: '', slices: [] };
    return {
      animation: false,
      tooltip: { trigger: 'item', valueFormatter },
      legend: { top: 0, type: 'scroll' },
      series: [{ name: series.name, type: 'pie', radius: ['35%', '70%'], top: 24,
        data: series.slices.map(([name, value]) => ({ name, value })) }],
    };
  }
  if (kind === 'bar') {
    return {
      animation: false,
      tooltip: { trigger: 'axis', valueFormatter },
      legend: { top: 0, type: 'scroll' },
      grid: { left: 48, right: 24, top: 36, bottom: 28, containLabel: true },
      xAxis: { type: 'category', data: data.categories || [], axisLabel: { interval: 0, rotate: (data.categories || []).length > 6 ? 30 : 0 } },
      yAxis: { type: 'value', name: data.unit || '' },
      series: data.series.map((s) => ({
        name: s.name,
        type: 'bar',
        stack: data.stacked ? 'all' : undefined,
        itemStyle: s.color ? { color: s.color } : undefined,
        data: s.values,
      })),
    };
  }
  return {
    animation: false,
    tooltip: { trigger: 'axis', valueFormatter },
    legend: { top: 0 },
    grid: { left: 48, right: 24, top: 36, bottom: 28 },
    xAxis: { type: 'time' },
    yAxis: { type: 'value', scale: true, name: data.unit || '' },
    series: data.series.map((s) => ({
      name: s.name,
      type: 'line',
      step: s.step ? 'end' : false,
      showSymbol: !s.dashed,
      lineStyle: { type: s.dashed ? 'dashed' : 'solid', width: s.dashed ? 1.5 : 2.5 },
      itemStyle: s.color ? { color: s.color } : undefined,
      data: s.points,
    })),
  };
};

customElements.define('cadre-line-chart', CadreLineChart);
