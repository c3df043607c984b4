import * as echarts from 'echarts/core';
import { LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([LineChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

/**
 * Cadre's line chart on Apache ECharts, one component for every chart of values over dates. The server sends
 * {title?, unit?, series: [{name, color?, dashed?, step?, points: [[isoDate, value], ...]}]}; dates go on a time axis.
 * Sets data-drawn to the number of series once drawn, so that a test can wait for it.
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
    this.chart.setOption({
      animation: false,
      tooltip: { trigger: 'axis', valueFormatter: (v) => (v == null ? '' : `${v}${unit}`) },
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
    }, true);
    this.dataset.drawn = String(data.series.length);
  }
}

customElements.define('cadre-line-chart', CadreLineChart);
