import { LitElement, css, html } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';

/** One stroke as the server stores it (see jp.salonkarte.karte.drawing.Drawing). */
interface Stroke {
  tool: 'PEN' | 'HIGHLIGHTER' | 'ERASER';
  color: string;
  width: number;
  points: number[][]; // [x 0..1, y 0..1, pressure 0..1]
}

const COLORS = ['#E53935', '#1E88E5', '#43A047', '#212121', '#FFFFFF', '#FDD835'];
const WIDTHS = [3, 6, 12];
const REFERENCE_WIDTH = 1000;
/** Signature mode: one black pen of one width, and the PNG it sends is this wide. */
const SIGNATURE_COLOR = '#111111';
const SIGNATURE_WIDTH = 5;
const SIGNATURE_PNG_WIDTH = 900;

/**
 * Handwriting over a photo with finger or Apple Pencil. Strokes stay in the browser while
 * drawing (no server round trip per point) and are sent as vector JSON on save
 * ("drawing-save" event, detail.json). Pen pressure sets the width; while a pen is in use,
 * touches are palm, not ink. Two fingers pinch-zoom and pan without drawing.
 *
 * With mode="signature" it is a signature pad for consent forms: no picture, one black pen of one
 * width, undo and clear only, no zoom; after every change it sends "signature-change" with
 * detail.png (a PNG data URL, empty when nothing is drawn), detail.json and detail.strokes.
 */
@customElement('karte-drawing')
export class KarteDrawing extends LitElement {
  /** The picture drawn on (URL); empty for a blank sheet. */
  @property() src = '';
  /** Strokes drawn before, as JSON, to edit again. */
  @property() strokes = '';
  /** "photo" (default): handwriting over a picture; "signature": a signature pad. */
  @property({ reflect: true }) mode: 'photo' | 'signature' = 'photo';

  @state() private tool: Stroke['tool'] = 'PEN';
  @state() private color = COLORS[0];
  @state() private width = WIDTHS[1];
  @state() private scale = 1;
  @state() private offsetX = 0;
  @state() private offsetY = 0;

  @query('canvas') private canvas!: HTMLCanvasElement;
  @query('img') private img!: HTMLImageElement;

  private done: Stroke[] = [];
  private undone: Stroke[] = [];
  private current: Stroke | null = null;
  private penSeen = false;
  private touches = new Map<number, { x: number; y: number }>();
  private pinch: { distance: number; scale: number; x: number; y: number; ox: number; oy: number } | null = null;

  static styles = css`
    :host { display: flex; flex-direction: column; gap: 8px; height: 100%; }
    .stage { position: relative; flex: 1; overflow: hidden; background: #f3f3f3; touch-action: none; }
    .layer { position: absolute; left: 0; top: 0; transform-origin: 0 0; }
    img, canvas { position: absolute; left: 0; top: 0; width: 100%; height: 100%; user-select: none;
      -webkit-user-select: none; -webkit-touch-callout: none; }
    .tools { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; }
    button { min-width: 44px; min-height: 44px; border-radius: 8px; border: 1px solid #ccc; background: white;
      font: inherit; font-size: 15px; padding: 0 10px; }
    button[aria-pressed='true'] { border: 3px solid #6d3b5b; }
    .swatch { width: 44px; padding: 0; }
    :host([mode='signature']) .stage { background: #fff; border: 2px solid #bbb; border-radius: 12px; }
    :host([mode='signature']) .tools { order: 2; justify-content: flex-end; }
    :host([mode='signature']) button { font-size: 18px; min-height: 48px; padding: 0 18px; }
    .baseline { position: absolute; left: 5%; right: 5%; bottom: 22%; border-bottom: 1px dashed #bbb;
      pointer-events: none; }
  `;

  protected firstUpdated() {
    if (this.strokes) {
      try {
        this.done = JSON.parse(this.strokes).strokes ?? [];
      } catch {
        this.done = [];
      }
    }
    if (this.src) {
      this.img.addEventListener('load', () => this.layout());
    } else {
      this.layout();
    }
    new ResizeObserver(() => this.layout()).observe(this);
  }

  /** Fits the picture into the stage, keeping its proportions; the canvas matches it pixel for pixel. */
  private layout() {
    const stage = this.renderRoot.querySelector('.stage') as HTMLElement;
    const layer = this.renderRoot.querySelector('.layer') as HTMLElement;
    if (!stage || !layer) return;
    const signature = this.mode === 'signature';
    const naturalW = signature ? stage.clientWidth || 1 : this.src ? this.img.naturalWidth || 1 : 1000;
    const naturalH = signature ? stage.clientHeight || 1 : this.src ? this.img.naturalHeight || 1 : 1000;
    const fit = Math.min(stage.clientWidth / naturalW, stage.clientHeight / naturalH);
    const w = Math.max(1, Math.floor(naturalW * fit));
    const h = Math.max(1, Math.floor(naturalH * fit));
    layer.style.width = `${w}px`;
    layer.style.height = `${h}px`;
    const ratio = window.devicePixelRatio || 1;
    this.canvas.width = Math.floor(w * ratio);
    this.canvas.height = Math.floor(h * ratio);
    this.redraw();
  }

  private point(e: PointerEvent): number[] {
    const r = this.canvas.getBoundingClientRect();
    const pressure = e.pointerType === 'pen' && this.mode !== 'signature' ? (e.pressure || 0.5) : 0.5;
    return [(e.clientX - r.left) / r.width, (e.clientY - r.top) / r.height, pressure];
  }

  private onDown(e: PointerEvent) {
    if (this.mode === 'signature') {
      this.signatureDown(e);
      return;
    }
    if (e.pointerType === 'pen') this.penSeen = true;
    if (e.pointerType === 'touch') {
      this.touches.set(e.pointerId, { x: e.clientX, y: e.clientY });
      if (this.touches.size === 2) {
        this.current = null; // a second finger: zoom/pan, not ink
        this.redraw();
        const [a, b] = [...this.touches.values()];
        this.pinch = { distance: Math.hypot(a.x - b.x, a.y - b.y), scale: this.scale, x: (a.x + b.x) / 2,
          y: (a.y + b.y) / 2, ox: this.offsetX, oy: this.offsetY };
        return;
      }
      if (this.penSeen) return; // palm rejection while the pencil is in use
    }
    if (this.touches.size > 1) return;
    (e.target as Element).setPointerCapture?.(e.pointerId);
    this.current = { tool: this.tool, color: this.color, width: this.tool === 'HIGHLIGHTER' ? this.width * 3
      : this.tool === 'ERASER' ? this.width * 4 : this.width, points: [this.point(e)] };
    this.redraw();
  }

  /** Signature mode: one pointer inks; a second finger or the palm next to a pencil is ignored. */
  private signatureDown(e: PointerEvent) {
    if (e.pointerType === 'pen') this.penSeen = true;
    if (e.pointerType === 'touch' && this.penSeen) return;
    if (this.current) return;
    (e.target as Element).setPointerCapture?.(e.pointerId);
    this.touches.set(e.pointerId, { x: e.clientX, y: e.clientY });
    this.current = { tool: 'PEN', color: SIGNATURE_COLOR, width: SIGNATURE_WIDTH, points: [this.point(e)] };
    this.redraw();
  }

  private onMove(e: PointerEvent) {
    if (this.mode === 'signature') {
      if (!this.current || !this.touches.has(e.pointerId)) return;
      const events = e.getCoalescedEvents ? e.getCoalescedEvents() : [e];
      for (const ev of events.length ? events : [e]) this.current.points.push(this.point(ev));
      this.redraw();
      return;
    }
    if (e.pointerType === 'touch' && this.touches.has(e.pointerId)) {
      this.touches.set(e.pointerId, { x: e.clientX, y: e.clientY });
      if (this.pinch && this.touches.size === 2) {
        const [a, b] = [...this.touches.values()];
        const distance = Math.hypot(a.x - b.x, a.y - b.y);
        this.scale = Math.min(6, Math.max(1, this.pinch.scale * distance / this.pinch.distance));
        this.offsetX = this.pinch.ox + (a.x + b.x) / 2 - this.pinch.x;
        this.offsetY = this.pinch.oy + (a.y + b.y) / 2 - this.pinch.y;
        return;
      }
    }
    if (!this.current) return;
    const events = e.getCoalescedEvents ? e.getCoalescedEvents() : [e];
    for (const ev of events.length ? events : [e]) this.current.points.push(this.point(ev));
    this.redraw();
  }

  private onUp(e: PointerEvent) {
    if (this.mode === 'signature' && !this.touches.has(e.pointerId)) return;
    this.touches.delete(e.pointerId);
    if (this.touches.size < 2) this.pinch = null;
    if (!this.current) return;
    this.done.push(this.current);
    this.undone = [];
    this.current = null;
    this.redraw();
    this.requestUpdate();
    this.signatureChanged();
  }

  private redraw() {
    const ctx = this.canvas?.getContext('2d');
    if (!ctx) return;
    this.paint(ctx, this.canvas.width, this.canvas.height, this.current ? [...this.done, this.current] : this.done);
  }

  private paint(ctx: CanvasRenderingContext2D, w: number, h: number, strokes: Stroke[]) {
    ctx.clearRect(0, 0, w, h);
    const scale = w / REFERENCE_WIDTH;
    for (const s of strokes) {
      ctx.save();
      ctx.globalCompositeOperation = s.tool === 'ERASER' ? 'destination-out' : 'source-over';
      ctx.globalAlpha = s.tool === 'HIGHLIGHTER' ? 0.35 : 1;
      ctx.strokeStyle = s.tool === 'ERASER' ? '#000' : s.color;
      ctx.lineCap = 'round';
      ctx.lineJoin = 'round';
      if (s.tool !== 'PEN' || s.points.length === 1) {
        ctx.lineWidth = Math.max(0.5, s.width * scale);
        ctx.beginPath();
        s.points.forEach((p, i) => (i ? ctx.lineTo(p[0] * w, p[1] * h) : ctx.moveTo(p[0] * w, p[1] * h)));
        if (s.points.length === 1) ctx.lineTo(s.points[0][0] * w + 0.01, s.points[0][1] * h);
        ctx.stroke();
      } else {
        for (let i = 1; i < s.points.length; i++) {
          const a = s.points[i - 1];
          const b = s.points[i];
          ctx.lineWidth = Math.max(0.5, s.width * scale * (0.4 + 1.2 * (a[2] + b[2]) / 2));
          ctx.beginPath();
          ctx.moveTo(a[0] * w, a[1] * h);
          ctx.lineTo(b[0] * w, b[1] * h);
          ctx.stroke();
        }
      }
      ctx.restore();
    }
  }

  private undo() {
    const s = this.done.pop();
    if (s) this.undone.push(s);
    this.redraw();
    this.requestUpdate();
    this.signatureChanged();
  }

  private redo() {
    const s = this.undone.pop();
    if (s) this.done.push(s);
    this.redraw();
    this.requestUpdate();
  }

  private clear() {
    this.undone = [...this.done].reverse();
    this.done = [];
    this.redraw();
    this.requestUpdate();
    this.signatureChanged();
  }

  /** The signature as a PNG data URL (transparent, black ink, SIGNATURE_PNG_WIDTH wide); empty when blank. */
  signaturePng(): string {
    if (!this.done.length || !this.canvas) return '';
    const ratio = this.canvas.height / Math.max(1, this.canvas.width);
    const out = document.createElement('canvas');
    out.width = SIGNATURE_PNG_WIDTH;
    out.height = Math.max(1, Math.round(SIGNATURE_PNG_WIDTH * ratio));
    const ctx = out.getContext('2d');
    if (!ctx) return '';
    this.paint(ctx, out.width, out.height, this.done);
    return out.toDataURL('image/png');
  }

  private signatureChanged() {
    if (this.mode !== 'signature') return;
    this.dispatchEvent(new CustomEvent('signature-change', {
      detail: { png: this.signaturePng(), json: this.json(), strokes: this.done.length },
    }));
  }

  private resetZoom() {
    this.scale = 1;
    this.offsetX = 0;
    this.offsetY = 0;
  }

  /** Rounds coordinates so the JSON stays small; 4 decimals are finer than a pixel on any photo we keep. */
  private json(): string {
    const round = (v: number) => Math.round(v * 10000) / 10000;
    const strokes = this.done.map(s => ({ ...s, points: s.points.map(p => p.map(round)) }));
    return JSON.stringify({ version: 1, strokes });
  }

  private save() {
    this.dispatchEvent(new CustomEvent('drawing-save', { detail: { json: this.json() } }));
  }

  /** For tests and for the server: the strokes drawn so far. */
  get strokeCount() {
    return this.done.length;
  }

  render() {
    if (this.mode === 'signature') {
      return html`
        <div class="stage">
          <div class="baseline"></div>
          <div class="layer">
            <div></div>
            <canvas id="ink"
              @pointerdown=${this.onDown} @pointermove=${this.onMove} @pointerup=${this.onUp}
              @pointercancel=${this.onUp} @lostpointercapture=${this.onUp}></canvas>
          </div>
        </div>
        <div class="tools">
          <button id="undo" ?disabled=${!this.done.length} @click=${this.undo}>ひとつ戻す</button>
          <button id="clear" ?disabled=${!this.done.length} @click=${this.clear}>書き直す</button>
        </div>
      `;
    }
    const tools: [Stroke['tool'], string][] = [['PEN', 'ペン'], ['HIGHLIGHTER', 'マーカー'], ['ERASER', '消しゴム']];
    return html`
      <div class="tools">
        ${tools.map(([t, label]) => html`<button id="tool-${t.toLowerCase()}" aria-pressed=${this.tool === t}
            @click=${() => (this.tool = t)}>${label}</button>`)}
        ${COLORS.map(c => html`<button class="swatch" aria-label=${c} aria-pressed=${this.color === c}
            style="background:${c}" @click=${() => (this.color = c)}></button>`)}
        ${WIDTHS.map((wd, i) => html`<button id="width-${i}" aria-pressed=${this.width === wd}
            @click=${() => (this.width = wd)}>${['細', '中', '太'][i]}</button>`)}
        <button id="undo" ?disabled=${!this.done.length} @click=${this.undo}>元に戻す</button>
        <button id="redo" ?disabled=${!this.undone.length} @click=${this.redo}>やり直す</button>
        <button id="clear" ?disabled=${!this.done.length} @click=${this.clear}>全部消す</button>
        <button id="zoom-reset" ?hidden=${this.scale === 1} @click=${this.resetZoom}>等倍</button>
        <button id="save" @click=${this.save}>保存</button>
      </div>
      <div class="stage">
        <div class="layer" style="transform: translate(${this.offsetX}px, ${this.offsetY}px) scale(${this.scale})">
          ${this.src ? html`<img src=${this.src} alt="" draggable="false" />` : html`<div></div>`}
          <canvas id="ink"
            @pointerdown=${this.onDown} @pointermove=${this.onMove} @pointerup=${this.onUp}
            @pointercancel=${this.onUp} @lostpointercapture=${this.onUp}></canvas>
        </div>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'karte-drawing': KarteDrawing;
  }
}
