// The live pad in the browser: one CodeMirror 6 editor kept in step with the server through the
// collaboration extension (the server holds the document and numbers every accepted change), over a
// WebSocket or, where a proxy drops it, a long poll; remote cursors; runs on the judge; the
// assistant where the round's policy allows one; and, under UNAIDED and CALIBRATED, reports of
// pastes and focus changes. Staff also get the timeline and its playback.
import { ChangeSet, Compartment, EditorState, StateEffect, StateField } from "@codemirror/state";
import { Decoration, EditorView, WidgetType, drawSelection, highlightActiveLine, keymap, lineNumbers } from "@codemirror/view";
import { defaultKeymap, history, historyKeymap, indentWithTab } from "@codemirror/commands";
import { bracketMatching, defaultHighlightStyle, indentOnInput, syntaxHighlighting } from "@codemirror/language";
import { collab, getSyncedVersion, receiveUpdates, sendableUpdates } from "@codemirror/collab";
import { Playback } from "./playback.js";
import { Connection } from "./connection.js";
import { headers, languageSupport, look, mount, t } from "./shared.js";

const MAX_INSERT = 50000; // one change's JSON must stay under the server's 64 KiB message limit

function post(url, body) {
  return fetch(url, { method: "POST", headers: headers(true), body: JSON.stringify(body || {}) });
}

async function problemDetail(response) {
  try { return (await response.json()).detail || String(response.status); } catch (e) { return String(response.status); }
}

// Remote cursors: a widget at each other participant's head, a mark over their selection.
const setCursors = StateEffect.define();
const cursorField = StateField.define({
  create: () => Decoration.none,
  update(deco, tr) {
    deco = deco.map(tr.changes);
    for (const e of tr.effects) if (e.is(setCursors)) deco = e.value;
    return deco;
  },
  provide: (f) => EditorView.decorations.from(f),
});

class CursorWidget extends WidgetType {
  constructor(label, cls) { super(); this.label = label; this.cls = cls; }
  eq(other) { return other.label === this.label && other.cls === this.cls; }
  toDOM() {
    const s = document.createElement("span");
    s.className = "remote-cursor " + this.cls;
    s.setAttribute("data-name", this.label);
    s.title = this.label;
    return s;
  }
  ignoreEvent() { return true; }
}

function start(root) {
  const base = root.dataset.base;
  const staff = root.dataset.role === "staff";
  const watched = root.dataset.watched === "true";
  const status = root.querySelector("[data-status]");
  const select = root.querySelector("[data-language]");
  const runButton = root.querySelector("[data-run]");
  const runsList = root.querySelector("[data-runs]");
  const timeline = document.querySelector("[data-timeline]");
  const exchanges = document.querySelector("[data-exchanges]");
  const seen = new Set();
  const runs = new Map();
  const remote = new Map();
  let view = null;
  let closed = root.dataset.open !== "true";
  let lastSeq = 0;
  let inflight = 0;
  const language = new Compartment();
  const editable = new Compartment();

  const setStatus = (key) => { status.textContent = closed ? t("closed") : t(key); status.dataset.state = closed ? "closed" : key; };

  const handler = {
    position: () => ({ v: view ? getSyncedVersion(view.state) : 0, seq: lastSeq }),
    connected: () => { conn.send({ t: "pull", v: getSyncedVersion(view.state), seq: lastSeq }); push(); },
    message: (m) => {
      if (m.t === "updates") receive(m.from, m.updates);
      else if (m.t === "event") onEvent(m.event);
      else if (m.t === "cursor") onCursor(m);
      else if (m.t === "closed") close();
      else if (m.t === "resync") handler.connected();
      else if (m.t === "error") { inflight = 0; console.warn("pad:", m.detail); }
    },
  };
  const conn = new Connection(base, handler, setStatus, new URLSearchParams(location.search).get("transport") === "poll");

  function receive(from, updates) {
    const synced = getSyncedVersion(view.state);
    if (from > synced) { conn.send({ t: "pull", v: synced }); return; } // a gap: ask for what lies between
    const fresh = updates.slice(synced - from);
    if (!fresh.length) return;
    view.dispatch(receiveUpdates(view.state, fresh.map((u) => ({ changes: ChangeSet.fromJSON(u.c), clientID: u.id }))));
    inflight = 0;
    push();
    renderCursors();
  }

  function push() {
    if (closed || !view || !conn.online()) return;
    const pending = sendableUpdates(view.state);
    if (!pending.length || (inflight && Date.now() - inflight < 3000)) return;
    inflight = Date.now();
    conn.send({ t: "push", v: getSyncedVersion(view.state), updates: pending.map((u) => ({ c: u.changes.toJSON(), id: u.clientID })) });
  }

  function close() {
    if (closed && view && view.state.readOnly) return;
    closed = true;
    if (view) view.dispatch({ effects: editable.reconfigure([EditorView.editable.of(false), EditorState.readOnly.of(true)]) });
    runButton.disabled = true;
    select.disabled = true;
    setStatus("closed");
  }

  function onCursor(m) {
    if (m.gone) remote.delete(m.who); else remote.set(m.who, m);
    renderCursors();
  }

  function renderCursors() {
    if (!view) return;
    const len = view.state.doc.length;
    const ranges = [];
    for (const c of remote.values()) {
      const head = Math.min(c.head, len);
      const anchor = Math.min(c.anchor, len);
      const cls = c.role === "CANDIDATE" ? "c-candidate" : "c-staff";
      const label = c.role === "CANDIDATE" ? t("cursor.candidate") : (c.name || t("who.STAFF"));
      if (anchor !== head) ranges.push(Decoration.mark({ class: "remote-selection " + cls }).range(Math.min(anchor, head), Math.max(anchor, head)));
      ranges.push(Decoration.widget({ widget: new CursorWidget(label, cls), side: 1 }).range(head));
    }
    view.dispatch({ effects: setCursors.of(Decoration.set(ranges, true)) });
  }

  let cursorTimer = null;
  function sendCursor() {
    if (cursorTimer) return;
    cursorTimer = setTimeout(() => {
      cursorTimer = null;
      const sel = view.state.selection.main;
      if (conn.online()) conn.send({ t: "cursor", anchor: sel.anchor, head: sel.head, v: getSyncedVersion(view.state) });
    }, conn.polling ? 600 : 120);
  }

  function describe(e) {
    switch (e.kind) {
      case "RUN": return t("kind.RUN", e.submission, e.language);
      case "VERDICT": return t("kind.VERDICT", e.verdict, e.samplesPassed, e.samples, e.hiddenPassed, e.hidden);
      case "LANGUAGE": return t("kind.LANGUAGE", e.from, e.to);
      case "PASTE": return t("kind.PASTE", e.size, e.preview || "");
      case "FOCUS_BACK": return t("kind.FOCUS_BACK", Math.round((e.awayMs || 0) / 1000));
      case "LARGE_INSERTION": return t("kind.LARGE_INSERTION", e.size, e.preview || "");
      case "ASSIST_PROMPT": return t("kind.ASSIST_PROMPT", e.prompt || "") + (e.refused ? " (" + e.refused + ")" : "");
      case "ASSIST_ANSWER": return t("kind.ASSIST_ANSWER", e.failed ? "—" : (e.answer || "").slice(0, 300));
      default: return t("kind." + e.kind);
    }
  }

  function onEvent(e) {
    if (seen.has(e.seq)) return;
    seen.add(e.seq);
    lastSeq = Math.max(lastSeq, e.seq);
    if (e.kind === "RUN" || e.kind === "VERDICT") showRun(e);
    if (e.kind === "LANGUAGE") {
      select.value = e.to;
      view.dispatch({ effects: language.reconfigure(languageSupport(e.to)) });
    }
    if (exchanges && (e.kind === "ASSIST_PROMPT" || e.kind === "ASSIST_ANSWER")) {
      const li = document.createElement("li");
      li.className = e.kind === "ASSIST_PROMPT" ? "asked" : "answered";
      const who = document.createElement("strong");
      who.textContent = e.kind === "ASSIST_PROMPT" ? t("assistant.you") : t("assistant.answer");
      const body = document.createElement("pre");
      body.textContent = e.kind === "ASSIST_PROMPT" ? e.prompt : (e.answer || "—");
      li.append(who, body);
      exchanges.append(li);
    }
    if (timeline) {
      const li = document.createElement("li");
      li.dataset.kind = e.kind;
      li.dataset.seq = e.seq;
      const time = new Date(e.at).toLocaleTimeString();
      li.textContent = time + " · " + t("who." + e.actor) + " · " + describe(e);
      li.addEventListener("click", () => playback && playback.jumpTo(e.seq));
      timeline.prepend(li);
    }
  }

  function showRun(e) {
    let li = runs.get(e.submission);
    if (!li) {
      li = document.createElement("li");
      li.dataset.submission = e.submission;
      runs.set(e.submission, li);
      runsList.prepend(li);
    }
    if (e.kind === "RUN" && li.dataset.verdict) return;
    if (e.kind === "RUN") { li.textContent = t("run.queued", e.submission); return; }
    li.dataset.verdict = e.verdict;
    li.textContent = t("run.verdict", e.submission, e.verdict, e.samplesPassed, e.samples, e.hiddenPassed, e.hidden);
    if (!staff && e.by === "CANDIDATE") {
      const details = document.createElement("button");
      details.type = "button";
      details.className = "link";
      details.textContent = t("run.details");
      const target = document.createElement("div");
      details.addEventListener("click", () => {
        if (window.htmx) window.htmx.ajax("GET", base + "/submissions/" + e.submission, { target, swap: "innerHTML" });
      });
      li.append(" ", details, target);
    }
  }

  async function whenSynced() {
    const until = Date.now() + 3000;
    while (sendableUpdates(view.state).length && Date.now() < until) { push(); await new Promise((r) => setTimeout(r, 50)); }
  }

  runButton.addEventListener("click", async () => {
    runButton.disabled = true;
    try {
      await whenSynced();
      const r = await post(base + "/runs");
      if (r.ok) showRun({ kind: "RUN", submission: (await r.json()).submission });
      else { const li = document.createElement("li"); li.className = "error"; li.textContent = await problemDetail(r); runsList.prepend(li); }
    } finally {
      runButton.disabled = closed;
    }
  });

  select.addEventListener("change", async () => {
    await whenSynced();
    const r = await post(base + "/language", { language: select.value });
    if (!r.ok) setStatus("error");
  });

  const ask = document.querySelector("[data-ask]");
  if (ask) {
    ask.addEventListener("submit", async (ev) => {
      ev.preventDefault();
      const area = ask.querySelector("textarea");
      const button = ask.querySelector("button");
      button.disabled = true;
      const note = document.createElement("p");
      note.className = "meta";
      note.textContent = t("assistant.thinking");
      ask.append(note);
      try {
        const r = await post(base + "/assistant", { prompt: area.value });
        if (r.ok) area.value = ""; else { note.className = "error"; note.textContent = await problemDetail(r); return; }
        note.remove();
      } finally {
        button.disabled = false;
      }
    });
  }

  function signal(body) {
    if (!watched || closed) return;
    fetch(base + "/signals", { method: "POST", keepalive: true, headers: headers(true), body: JSON.stringify(body) }).catch(() => {});
  }
  let awaySince = null;
  function away() { if (awaySince === null) { awaySince = Date.now(); signal({ kind: "FOCUS_LOST" }); } }
  function back() { if (awaySince !== null) { signal({ kind: "FOCUS_BACK", awayMs: Date.now() - awaySince }); awaySince = null; } }
  if (watched) {
    window.addEventListener("blur", away);
    window.addEventListener("focus", back);
    document.addEventListener("visibilitychange", () => (document.hidden ? away() : back()));
  }
  const pasted = (text) => signal({ kind: "PASTE", size: text.length, lines: text.split("\n").length, preview: text.slice(0, 40) });

  let playback = null;

  fetch(base + "/state", { headers: headers(false) }).then((r) => r.json()).then((s) => {
    closed = !s.open;
    const shadow = mount(root.querySelector("[data-editor]"));
    view = new EditorView({
      parent: shadow,
      root: shadow,
      state: EditorState.create({
        doc: s.text,
        extensions: [
          look, lineNumbers(), history(), drawSelection(), highlightActiveLine(), indentOnInput(), bracketMatching(),
          syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
          keymap.of([indentWithTab, ...defaultKeymap, ...historyKeymap]),
          language.of(languageSupport(s.language)),
          editable.of(closed ? [EditorView.editable.of(false), EditorState.readOnly.of(true)] : []),
          collab({ startVersion: s.version }),
          cursorField,
          EditorState.changeFilter.of((tr) => {
            let inserted = 0;
            tr.changes.iterChanges((a, b, c, d, text) => { inserted += text.length; });
            return inserted <= MAX_INSERT;
          }),
          EditorView.domEventHandlers({
            paste(e) { pasted(e.clipboardData ? e.clipboardData.getData("text/plain") : ""); return false; },
            drop(e) { const text = e.dataTransfer ? e.dataTransfer.getData("text/plain") : ""; if (text) pasted(text); return false; },
          }),
          EditorView.updateListener.of((u) => {
            if (u.docChanged) push();
            if (u.docChanged || u.selectionSet) sendCursor();
          }),
        ],
      }),
    });
    root.dataset.ready = "true";
    if (closed) close();
    setInterval(push, 1000);
    // A heartbeat: keeps an idle socket open through proxies and catches up on anything missed.
    setInterval(() => { if (conn.online()) conn.send({ t: "pull", v: getSyncedVersion(view.state), seq: lastSeq }); }, 25000);
    conn.open();
    const player = document.querySelector("[data-playback]");
    if (staff && player) playback = new Playback(player, base);
  });
}

const root = document.getElementById("live-pad");
if (root) start(root);
