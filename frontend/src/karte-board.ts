import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';

/** A column of the board: a staff member (day view) or a day (one staff member's week). */
interface Column {
  key: string;
  label: string;
  sub?: string;
  color?: string;
  /** Working stretches in minutes from midnight; the rest of the day is greyed out. */
  windows: [number, number][];
}

/** A booking as the board draws it; times in minutes from midnight. */
interface Item {
  id: number;
  col: string;
  start: number;
  end: number;
  title: string;
  sub: string;
  status: string;
  caution: boolean;
  editable: boolean;
}

interface Model {
  open: number;
  close: number;
  /** Minutes from midnight now, when the board shows today (or a week with today); otherwise null. */
  now: number | null;
  /** The column holding today in the week view; null in the day view (the line crosses every column). */
  nowColumn: string | null;
  columns: Column[];
  items: Item[];
}

const STEP = 15;
const PX_PER_MINUTE = 2;
const DRAG_THRESHOLD = 8;

/**
 * The reservation board (予約台帳): columns of staff (or days), time down the side on a
 * 15-minute grid. Touch first: tap an empty slot ("slot-tap"), tap a booking ("booking-open"),
 * drag a booking to another time or column ("booking-move"), drag its bottom edge
 * ("booking-resize"). Touching a booking never scrolls, so a drag starts at once; scrolling
 * is done on the free grid. The server decides and sends the model back; until then the
 * moved booking stays where it was dropped.
 */
@customElement('karte-board')
export class KarteBoard extends LitElement {
  @property({ attribute: false }) model: Model = { open: 600, close: 1200, now: null, nowColumn: null, columns: [], items: [] };

  /** Labels from the server, in the UI language. */
  @property() cautionLabel = 'Caution';

  @state() private drag: { id: number; col: string; start: number; end: number; mode: 'move' | 'resize' } | null = null;
  @state() private nowMinute: number | null = null;

  private pointer: { id: number; x: number; y: number; item: Item; mode: 'move' | 'resize'; moved: boolean } | null = null;
  private slotDown: { x: number; y: number; col: string; minute: number } | null = null;
  private modelAt = 0;
  private timer = 0;

  // isolation: the sticky header and time column stack inside the board, never over the app's
  // navigation drawer (in portrait it slides over the board).
  static styles = css`
    :host { display: block; height: 100%; min-height: 300px; position: relative; isolation: isolate; font-size: 14px;
      -webkit-user-select: none; user-select: none; -webkit-touch-callout: none; }
    .scroller { position: absolute; inset: 0; overflow: auto; -webkit-overflow-scrolling: touch;
      border: 1px solid #ddd; border-radius: 8px; background: white; }
    .grid { display: grid; position: relative; min-width: 100%; width: max-content; }
    .corner, .head { position: sticky; top: 0; z-index: 3; background: #faf7f9; border-bottom: 1px solid #ddd;
      min-height: 48px; display: flex; flex-direction: column; justify-content: center; align-items: center;
      padding: 4px; box-sizing: border-box; text-align: center; }
    .corner { left: 0; z-index: 4; }
    .head .label { font-weight: 700; line-height: 1.2; }
    .head .sub { font-size: 12px; color: #666; }
    .head .swatch { width: 24px; height: 4px; border-radius: 2px; margin-bottom: 2px; }
    .times { position: sticky; left: 0; z-index: 2; background: #faf7f9; border-right: 1px solid #ddd; }
    .time { position: absolute; right: 6px; font-size: 12px; color: #555; transform: translateY(-50%); }
    .col { position: relative; border-right: 1px solid #eee; touch-action: pan-x pan-y; }
    .line { position: absolute; left: 0; right: 0; border-top: 1px solid #eee; pointer-events: none; }
    .line.hour { border-top-color: #d6d6d6; }
    .off { position: absolute; left: 0; right: 0; pointer-events: none;
      background: repeating-linear-gradient(135deg, #ececec 0 6px, #e2e2e2 6px 12px); }
    .now { position: absolute; left: 0; right: 0; border-top: 2px solid #d32f2f; z-index: 2; pointer-events: none; }
    .now::before { content: ''; position: absolute; left: -5px; top: -6px; width: 10px; height: 10px;
      border-radius: 50%; background: #d32f2f; }
    .item { position: absolute; left: 3px; right: 3px; border-radius: 6px; padding: 4px 6px 14px;
      box-sizing: border-box; overflow: hidden; background: #f3e5ef; border-left: 5px solid #7b3f61;
      box-shadow: 0 1px 2px rgba(0,0,0,.15); touch-action: none; z-index: 1; cursor: pointer; }
    .item .t { font-size: 12px; color: #555; }
    .item .n { font-weight: 700; line-height: 1.25; }
    .item .s { font-size: 12px; color: #444; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
    .item.ARRIVED { background: #e3f2fd; border-left-color: #1565c0; }
    .item.IN_CHECKOUT { background: #fff8e1; border-left-color: #ef8f00; }
    .item.DONE { background: #eeeeee; border-left-color: #8a8a8a; color: #555; }
    .item.NO_SHOW { background: repeating-linear-gradient(135deg, #fde8ea 0 8px, #fff 8px 16px);
      border-left-color: #b00020; opacity: .8; }
    /* 15–30 minute bookings: time and name on one line, so the name is never hidden. */
    .item.short { padding: 2px 6px 10px; white-space: nowrap; }
    .item.short .t, .item.short .n { display: inline; }
    .item.short .t { margin-right: 6px; }
    .item.short .s { display: none; }
    .item.dragging { opacity: .85; box-shadow: 0 6px 18px rgba(0,0,0,.3); z-index: 5; }
    .caution { color: #b00020; font-weight: 700; }
    .grip { position: absolute; left: 0; right: 0; bottom: 0; height: 16px; touch-action: none;
      display: flex; align-items: center; justify-content: center; cursor: ns-resize; }
    .grip::after { content: ''; width: 28px; height: 4px; border-radius: 2px; background: rgba(0,0,0,.3); }
    .grip::before { content: ''; position: absolute; left: 0; right: 0; top: -8px; bottom: -10px; }
  `;

  connectedCallback() {
    super.connectedCallback();
    this.timer = window.setInterval(() => this.tick(), 30_000);
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    window.clearInterval(this.timer);
  }

  protected willUpdate(changed: Map<string, unknown>) {
    if (changed.has('model')) {
      this.modelAt = Date.now();
      this.nowMinute = this.model.now;
      this.drag = null;
    }
  }

  /** Today's line moves with the clock between server updates. */
  private tick() {
    if (this.model.now !== null) {
      this.nowMinute = this.model.now + (Date.now() - this.modelAt) / 60_000;
    }
  }

  /** Scrolls so that the given minute (e.g. now) is near the top. */
  scrollToMinute(minute: number) {
    const scroller = this.renderRoot.querySelector('.scroller') as HTMLElement | null;
    if (scroller) {
      scroller.scrollTop = Math.max(0, (minute - this.model.open) * PX_PER_MINUTE - 60);
    }
  }

  private y(minute: number) {
    return (minute - this.model.open) * PX_PER_MINUTE;
  }

  private columnAt(x: number, y: number): string | null {
    const hit = (this.renderRoot as ShadowRoot).elementsFromPoint(x, y).find((e) => e.classList.contains('col'));
    return hit ? (hit as HTMLElement).dataset.key ?? null : null;
  }

  private minuteInColumn(col: string, clientY: number) {
    const el = this.renderRoot.querySelector(`.col[data-key="${col}"]`) as HTMLElement;
    const top = el.getBoundingClientRect().top;
    return this.model.open + (clientY - top) / PX_PER_MINUTE;
  }

  private snap(minute: number) {
    return Math.round(minute / STEP) * STEP;
  }

  // ---- empty slots ----

  private slotPointerDown(e: PointerEvent, col: string) {
    if (e.target !== e.currentTarget && !(e.target as HTMLElement).classList.contains('line')) {
      return;
    }
    const minute = Math.floor(this.minuteInColumn(col, e.clientY) / STEP) * STEP;
    this.slotDown = { x: e.clientX, y: e.clientY, col, minute };
  }

  private slotPointerUp(e: PointerEvent) {
    const down = this.slotDown;
    this.slotDown = null;
    if (!down || Math.hypot(e.clientX - down.x, e.clientY - down.y) > DRAG_THRESHOLD) {
      return;
    }
    if (down.minute < this.model.open || down.minute >= this.model.close) {
      return;
    }
    this.dispatchEvent(new CustomEvent('slot-tap', { detail: { col: down.col, minute: down.minute } }));
  }

  // ---- bookings ----

  private itemPointerDown(e: PointerEvent, item: Item, mode: 'move' | 'resize') {
    e.stopPropagation();
    (e.currentTarget as HTMLElement).setPointerCapture(e.pointerId);
    this.pointer = { id: e.pointerId, x: e.clientX, y: e.clientY, item, mode, moved: false };
  }

  private itemPointerMove(e: PointerEvent) {
    const p = this.pointer;
    if (!p || p.id !== e.pointerId) {
      return;
    }
    if (!p.moved && Math.hypot(e.clientX - p.x, e.clientY - p.y) < DRAG_THRESHOLD) {
      return;
    }
    if (!p.item.editable) {
      return;
    }
    p.moved = true;
    const dy = (e.clientY - p.y) / PX_PER_MINUTE;
    const length = p.item.end - p.item.start;
    if (p.mode === 'resize') {
      const end = Math.max(p.item.start + STEP, Math.min(this.model.close + 120, this.snap(p.item.end + dy)));
      this.drag = { id: p.item.id, col: p.item.col, start: p.item.start, end, mode: 'resize' };
    } else {
      const col = this.columnAt(e.clientX, e.clientY) ?? this.drag?.col ?? p.item.col;
      const start = Math.max(0, Math.min(24 * 60 - length, this.snap(p.item.start + dy)));
      this.drag = { id: p.item.id, col, start, end: start + length, mode: 'move' };
    }
  }

  private itemPointerUp(e: PointerEvent) {
    const p = this.pointer;
    if (!p || p.id !== e.pointerId) {
      return;
    }
    this.pointer = null;
    const drag = this.drag;
    if (!p.moved || !drag) {
      this.drag = null;
      this.dispatchEvent(new CustomEvent('booking-open', { detail: { id: p.item.id } }));
      return;
    }
    if (drag.mode === 'resize') {
      if (drag.end !== p.item.end) {
        this.dispatchEvent(new CustomEvent('booking-resize', { detail: { id: p.item.id, minutes: drag.end - drag.start } }));
        return; // stays drawn as dropped until the server answers
      }
    } else if (drag.col !== p.item.col || drag.start !== p.item.start) {
      this.dispatchEvent(new CustomEvent('booking-move', { detail: { id: p.item.id, col: drag.col, start: drag.start } }));
      return;
    }
    this.drag = null;
  }

  private itemPointerCancel() {
    this.pointer = null;
    this.drag = null;
  }

  private static hhmm(minute: number) {
    const m = Math.round(minute);
    return `${Math.floor(m / 60)}:${String(m % 60).padStart(2, '0')}`;
  }

  private renderItem(item: Item) {
    const d = this.drag && this.drag.id === item.id ? this.drag : null;
    if (d && d.col !== item.col) {
      return nothing; // drawn in the column it is dragged over
    }
    return this.itemBox(item, d);
  }

  private itemBox(item: Item, d: { start: number; end: number } | null) {
    const start = d ? d.start : item.start;
    const end = d ? d.end : item.end;
    const short = end - start <= 30;
    return html`<div id="booking-${item.id}" class="item ${item.status} ${short ? 'short' : ''} ${d ? 'dragging' : ''}"
        data-id=${item.id} data-status=${item.status}
        style="top:${this.y(start)}px;height:${Math.max(18, (end - start) * PX_PER_MINUTE - 2)}px"
        @pointerdown=${(e: PointerEvent) => this.itemPointerDown(e, item, 'move')}
        @pointermove=${(e: PointerEvent) => this.itemPointerMove(e)}
        @pointerup=${(e: PointerEvent) => this.itemPointerUp(e)}
        @pointercancel=${() => this.itemPointerCancel()}>
      <div class="t">${KarteBoard.hhmm(start)}–${KarteBoard.hhmm(end)}</div>
      <div class="n">${item.caution ? html`<span class="caution" title=${this.cautionLabel}>⚠</span> ` : ''}${item.title}</div>
      <div class="s">${item.sub}</div>
      ${item.editable
        ? html`<div class="grip" data-grip=${item.id}
            @pointerdown=${(e: PointerEvent) => this.itemPointerDown(e, item, 'resize')}
            @pointermove=${(e: PointerEvent) => this.itemPointerMove(e)}
            @pointerup=${(e: PointerEvent) => this.itemPointerUp(e)}
            @pointercancel=${() => this.itemPointerCancel()}></div>`
        : ''}
    </div>`;
  }

  render() {
    const m = this.model;
    const height = (m.close - m.open) * PX_PER_MINUTE;
    const lines: number[] = [];
    for (let t = m.open; t <= m.close; t += STEP) {
      lines.push(t);
    }
    const dragged = this.drag ? m.items.find((i) => i.id === this.drag!.id) : undefined;
    const columns = `64px repeat(${m.columns.length}, minmax(150px, 1fr))`;
    return html`
      <div class="scroller" part="scroller">
        <div class="grid" style="grid-template-columns:${columns}">
          <div class="corner"></div>
          ${m.columns.map((c) => html`<div class="head" id="board-head-${c.key}">
              ${c.color ? html`<div class="swatch" style="background:${c.color}"></div>` : ''}
              <div class="label">${c.label}</div>${c.sub ? html`<div class="sub">${c.sub}</div>` : ''}</div>`)}
          <div class="times" style="height:${height}px">
            ${lines.filter((t) => t % 60 === 0 && t < m.close).map((t) =>
              html`<div class="time" style="top:${this.y(t) + 8}px">${KarteBoard.hhmm(t)}</div>`)}
          </div>
          ${m.columns.map((c) => html`<div class="col" data-key=${c.key} id="board-col-${c.key}" style="height:${height}px"
              @pointerdown=${(e: PointerEvent) => this.slotPointerDown(e, c.key)}
              @pointerup=${(e: PointerEvent) => this.slotPointerUp(e)}
              @pointercancel=${() => (this.slotDown = null)}>
            ${this.offStretches(c).map(([a, b]) => html`<div class="off" style="top:${this.y(a)}px;height:${(b - a) * PX_PER_MINUTE}px"></div>`)}
            ${lines.map((t) => html`<div class="line ${t % 60 === 0 ? 'hour' : ''}" style="top:${this.y(t)}px"></div>`)}
            ${m.items.filter((i) => i.col === c.key).map((i) => this.renderItem(i))}
            ${dragged && this.drag!.col === c.key && dragged.col !== c.key ? this.itemBox(dragged, this.drag) : ''}
            ${this.nowMinute !== null && this.nowMinute >= m.open && this.nowMinute <= m.close
                && (m.nowColumn === null || m.nowColumn === c.key)
              ? html`<div class="now" style="top:${this.y(this.nowMinute)}px"></div>` : ''}
          </div>`)}
        </div>
      </div>`;
  }

  /** The parts of the board's hours a column's staff member does not work. */
  private offStretches(c: Column): [number, number][] {
    const off: [number, number][] = [];
    let from = this.model.open;
    for (const [a, b] of [...c.windows].sort((x, y) => x[0] - y[0])) {
      if (a > from) {
        off.push([from, Math.min(a, this.model.close)]);
      }
      from = Math.max(from, b);
    }
    if (from < this.model.close) {
      off.push([from, this.model.close]);
    }
    return off;
  }
}
