// The pad's transport: a WebSocket, and where one cannot be opened (twice in a row, or when the page
// asks with ?transport=poll) a long poll plus one POST per message. Both carry the same messages.
import { headers } from "./shared.js";

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export class Connection {
  constructor(base, handler, status, pollOnly) {
    this.base = base;
    this.handler = handler;
    this.status = status;
    this.polling = pollOnly;
    this.failures = 0;
    this.ws = null;
    this.client = Math.random().toString(36).slice(2, 12);
  }

  online() {
    return this.polling ? this.pollOk !== false : !!(this.ws && this.ws.readyState === 1);
  }

  open() {
    if (this.polling) { this.poll(); return; }
    const url = (location.protocol === "https:" ? "wss://" : "ws://") + location.host + this.base + "/live";
    let opened = false;
    let ws;
    try { ws = new WebSocket(url); } catch (e) { this.fallBack(); return; }
    this.ws = ws;
    const timer = setTimeout(() => { if (!opened) ws.close(); }, 4000);
    ws.onopen = () => { opened = true; clearTimeout(timer); this.failures = 0; this.status("live"); this.handler.connected(); };
    ws.onmessage = (e) => this.handler.message(JSON.parse(e.data));
    ws.onclose = () => {
      clearTimeout(timer);
      this.ws = null;
      this.status("offline");
      const retry = () => setTimeout(() => this.open(), Math.min(3000, 300 * (this.failures + 1)));
      if (opened) { this.failures = 0; retry(); return; }
      // The socket would not open: fall back to the long poll only if plain HTTP gets through, i.e. the
      // server is up and something between (a proxy) drops WebSocket. A server that is down is waited for.
      fetch(this.base + "/state", { headers: headers(false) })
        .then((r) => { if (r.ok && ++this.failures >= 2) this.fallBack(); else retry(); })
        .catch(retry);
    };
  }

  fallBack() {
    this.polling = true;
    this.poll();
  }

  async poll() {
    if (this.polls) return;
    this.polls = true;
    this.pollOk = true;
    this.status("polling");
    this.handler.connected();
    for (;;) {
      try {
        const { v, seq } = this.handler.position();
        const r = await fetch(this.base + "/poll?v=" + v + "&seq=" + seq + "&client=" + this.client, { headers: headers(false) });
        if (!r.ok) throw new Error(String(r.status));
        if (!this.pollOk) { this.pollOk = true; this.handler.connected(); }
        this.status("polling");
        for (const m of await r.json()) this.handler.message(m);
      } catch (e) {
        this.pollOk = false;
        this.status("offline");
        await sleep(1500);
      }
    }
  }

  send(message) {
    if (!this.polling) {
      if (this.ws && this.ws.readyState === 1) this.ws.send(JSON.stringify(message));
      return;
    }
    fetch(this.base + "/send?client=" + this.client, { method: "POST", headers: headers(true), body: JSON.stringify(message) })
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(String(r.status)))))
      .then((replies) => replies.forEach((m) => this.handler.message(m)))
      .catch(() => { this.pollOk = false; this.status("offline"); });
  }
}
