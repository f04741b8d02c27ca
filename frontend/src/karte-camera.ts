import { LitElement, css, html } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';

/**
 * The iPad camera live in the page with the customer's previous photo laid over it, faded, so
 * the new photo is taken from the same angle (before/after). The shutter takes the full camera
 * frame as JPEG and posts it to the server's upload URL (attribute "target", set by Flow);
 * "photo-taken" fires when the server has it. Needs a secure context (HTTPS or localhost) and
 * camera permission; otherwise "camera-error" fires and the message says what to do.
 */
@customElement('karte-camera')
export class KarteCamera extends LitElement {
  /** URL of the previous photo to lay over the camera; empty for none. */
  @property() ghost = '';
  /** Labels, set by the server in the UI language. */
  @property() shutterLabel = 'Take photo';
  @property() switchLabel = 'Switch camera';
  @property() ghostLabel = 'Previous photo';
  @property() savingLabel = 'Saving…';
  @property() unavailableLabel = 'The camera cannot be used here.';
  @property() failedLabel = 'The photo could not be sent. Try again.';

  @state() private opacity = 0.4;
  @state() private facing: 'environment' | 'user' = 'environment';
  @state() private saving = false;
  @state() private error = '';
  @state() private aspect = 4 / 3;
  /** Set once the camera shows frames; tests wait for it. */
  @property({ type: Boolean, reflect: true }) ready = false;

  @query('video') private video!: HTMLVideoElement;

  private stream: MediaStream | null = null;

  static styles = css`
    :host { display: flex; flex-direction: column; gap: 8px; height: 100%; }
    .stage { flex: 1; min-height: 0; display: flex; align-items: center; justify-content: center; background: #111; }
    .frame { position: relative; max-width: 100%; max-height: 100%; }
    video, img { position: absolute; inset: 0; width: 100%; height: 100%; object-fit: cover; }
    img { pointer-events: none; }
    .controls { display: flex; flex-wrap: wrap; gap: 12px; align-items: center; justify-content: center; }
    button { min-width: 44px; min-height: 44px; border-radius: 8px; border: 1px solid #ccc; background: white;
      font: inherit; font-size: 16px; padding: 0 14px; }
    button.shutter { min-width: 88px; min-height: 64px; border-radius: 32px; background: #6d3b5b; color: white;
      border: none; font-weight: bold; }
    button:disabled { opacity: 0.5; }
    label { display: flex; align-items: center; gap: 8px; font-size: 16px; }
    input[type='range'] { width: 180px; height: 44px; }
    .error { color: #b00020; font-weight: bold; padding: 16px; text-align: center; }
  `;

  connectedCallback() {
    super.connectedCallback();
    this.start();
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.attempt++;
    this.stop();
  }

  /** Counts starts: a start overtaken by a newer one (the dialog re-attaching, switching cameras) gives up quietly. */
  private attempt = 0;

  private async start() {
    const attempt = ++this.attempt;
    this.stop();
    this.ready = false;
    this.error = '';
    await this.updateComplete; // the video element is rendered again after an error
    if (!navigator.mediaDevices?.getUserMedia) {
      this.fail(this.unavailableLabel);
      return;
    }
    try {
      const stream = await navigator.mediaDevices.getUserMedia({
        audio: false,
        video: { facingMode: this.facing, width: { ideal: 4032 }, height: { ideal: 3024 } },
      });
      if (attempt !== this.attempt || !this.isConnected) {
        stream.getTracks().forEach((t) => t.stop());
        return;
      }
      this.stream = stream;
      await this.updateComplete;
      this.video.srcObject = stream;
      await this.video.play();
      if (attempt !== this.attempt) {
        return;
      }
      this.aspect = this.video.videoWidth / this.video.videoHeight || 4 / 3;
      this.ready = true;
    } catch (e) {
      if (attempt === this.attempt) {
        console.warn('karte-camera: the camera could not start', e);
        this.fail(this.unavailableLabel);
      }
    }
  }

  private stop() {
    this.stream?.getTracks().forEach((t) => t.stop());
    this.stream = null;
  }

  private fail(message: string) {
    this.error = message;
    this.dispatchEvent(new CustomEvent('camera-error', { detail: { message } }));
  }

  private async shoot() {
    const v = this.video;
    if (!this.ready || this.saving || !v.videoWidth) {
      return;
    }
    const canvas = document.createElement('canvas');
    canvas.width = v.videoWidth;
    canvas.height = v.videoHeight;
    canvas.getContext('2d')!.drawImage(v, 0, 0);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.92));
    const target = this.getAttribute('target');
    if (!blob || !target) {
      this.fail(this.failedLabel);
      return;
    }
    this.saving = true;
    try {
      const body = new FormData();
      body.append('file', blob, 'camera.jpg');
      const response = await fetch(target, { method: 'POST', body, credentials: 'same-origin' });
      if (!response.ok) {
        throw new Error(String(response.status));
      }
      this.dispatchEvent(new CustomEvent('photo-taken'));
    } catch (e) {
      this.fail(this.failedLabel);
    } finally {
      this.saving = false;
    }
  }

  render() {
    // The frame takes the camera's shape, so the faded photo lines up edge to edge.
    const frame = `aspect-ratio: ${this.aspect}; width: min(100%, calc((100vh - 260px) * ${this.aspect}));`;
    return html`
      <div class="stage">
        ${this.error
          ? html`<div class="error" role="alert">${this.error}</div>`
          : html`<div class="frame" style=${frame}>
              <video playsinline muted autoplay></video>
              ${this.ghost ? html`<img id="ghost" src=${this.ghost} alt="" style="opacity: ${this.opacity}" />` : ''}
            </div>`}
      </div>
      <div class="controls">
        ${this.ghost
          ? html`<label>${this.ghostLabel}
              <input id="ghost-opacity" type="range" min="0" max="0.8" step="0.05" .value=${String(this.opacity)}
                @input=${(e: Event) => (this.opacity = Number((e.target as HTMLInputElement).value))} /></label>`
          : ''}
        <button id="switch" @click=${() => { this.facing = this.facing === 'environment' ? 'user' : 'environment'; this.start(); }}>
          ${this.switchLabel}</button>
        <button id="shutter" class="shutter" ?disabled=${!this.ready || this.saving} @click=${() => this.shoot()}>
          ${this.saving ? this.savingLabel : this.shutterLabel}</button>
      </div>
    `;
  }
}
