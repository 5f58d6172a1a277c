// Playback for staff: the whole timeline (edits included) replayed into a read-only editor, scrubbable,
// at a chosen speed; idle stretches are shortened so a long think does not stall the replay.
import { ChangeSet, Compartment, EditorState, Text } from "@codemirror/state";
import { EditorView, lineNumbers } from "@codemirror/view";
import { defaultHighlightStyle, syntaxHighlighting } from "@codemirror/language";
import { headers, languageSupport, look, mount, t } from "./shared.js";

const IDLE_MS = 3000;

export class Playback {
  constructor(root, base) {
    this.root = root;
    this.base = base;
    this.events = [];
    this.docs = [Text.empty];
    this.langs = ["python"];
    this.index = 0;
    this.timer = null;
    this.language = new Compartment();
    this.scrub = root.querySelector("[data-scrub]");
    this.at = root.querySelector("[data-at]");
    this.label = root.querySelector("[data-playback-event]");
    this.button = root.querySelector("[data-play]");
    this.speed = root.querySelector("[data-speed]");
    const shadow = mount(root.querySelector("[data-playback-editor]"));
    this.view = new EditorView({
      parent: shadow,
      root: shadow,
      state: EditorState.create({ doc: "", extensions: [look, lineNumbers(), EditorView.editable.of(false), EditorState.readOnly.of(true),
        syntaxHighlighting(defaultHighlightStyle, { fallback: true }), this.language.of([])] }),
    });
    this.scrub.addEventListener("input", () => { this.stop(); this.show(Number(this.scrub.value)); });
    this.button.addEventListener("click", () => (this.timer ? this.stop() : this.play()));
    this.load();
  }

  async load() {
    let after = this.events.length ? this.events[this.events.length - 1].seq : 0;
    for (;;) {
      const r = await fetch(this.base + "/timeline?after=" + after, { headers: headers(false) });
      if (!r.ok) return;
      const page = await r.json();
      for (const e of page) this.add(e);
      if (page.length < 1000) break;
      after = page[page.length - 1].seq;
    }
    this.scrub.max = String(this.events.length);
    this.root.dataset.events = String(this.events.length);
    if (this.index === 0) this.show(0);
  }

  add(e) {
    const last = this.docs[this.docs.length - 1];
    let lang = this.langs[this.langs.length - 1];
    let doc = last;
    if (e.kind === "EDIT") doc = ChangeSet.fromJSON(e.changes).apply(last);
    if (e.kind === "LANGUAGE") lang = e.to;
    this.events.push(e);
    this.docs.push(doc);
    this.langs.push(lang);
  }

  show(i) {
    this.index = i;
    this.scrub.value = String(i);
    const current = this.view.state.doc;
    this.view.dispatch({ changes: { from: 0, to: current.length, insert: this.docs[i] },
      effects: this.language.reconfigure(languageSupport(this.langs[i])) });
    const e = this.events[i - 1];
    this.at.textContent = e ? new Date(e.at).toLocaleTimeString() + " (" + i + "/" + this.events.length + ")" : t("playback.start");
    this.label.textContent = e ? t("who." + e.actor) + " · " + t("kind." + e.kind, e.size || e.submission || e.verdict || "", e.preview || "") : "";
  }

  jumpTo(seq) {
    const i = this.events.findIndex((e) => e.seq === seq);
    if (i >= 0) { this.stop(); this.show(i + 1); this.root.scrollIntoView({ behavior: "smooth" }); }
  }

  async play() {
    await this.load();
    if (this.index >= this.events.length) this.show(0);
    this.button.textContent = t("pause");
    const step = () => {
      if (this.index >= this.events.length) { this.stop(); return; }
      this.show(this.index + 1);
      const next = this.events[this.index];
      const now = this.events[this.index - 1];
      const gap = next ? Math.min(IDLE_MS, new Date(next.at) - new Date(now.at)) : 0;
      this.timer = setTimeout(step, Math.max(5, gap / Number(this.speed.value)));
    };
    this.timer = setTimeout(step, 10);
  }

  stop() {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.button.textContent = t("play");
  }
}
