// The practice area's editor: the live pad's CodeMirror set-up (same languages, same look), for one
// person, with runs on the interviews' own judge through the portal's API. No collaboration: the
// code stays in the browser (and in each attempt the judge keeps) until the candidate runs it.
import { EditorState, Compartment } from "@codemirror/state";
import { EditorView, drawSelection, highlightActiveLine, keymap, lineNumbers } from "@codemirror/view";
import { defaultKeymap, history, historyKeymap, indentWithTab } from "@codemirror/commands";
import { bracketMatching, defaultHighlightStyle, indentOnInput, syntaxHighlighting } from "@codemirror/language";
import { headers, languageSupport, look, mount, t } from "./shared.js";

const root = document.getElementById("practice");
if (root) {
  const problem = root.dataset.problem;
  const starters = JSON.parse(root.querySelector("#starters").textContent);
  const select = root.querySelector("[data-language]");
  const out = root.querySelector("[data-result]");
  const language = new Compartment();
  const shadow = mount(root.querySelector("[data-editor]"));
  const view = new EditorView({
    parent: shadow,
    root: shadow,
    state: EditorState.create({
      doc: starters[select.value] || "",
      extensions: [
        look, lineNumbers(), history(), drawSelection(), highlightActiveLine(), indentOnInput(), bracketMatching(),
        syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
        keymap.of([indentWithTab, ...defaultKeymap, ...historyKeymap]),
        language.of(languageSupport(select.value)),
      ],
    }),
  });
  // Switching language replaces an untouched starter only: real work is never thrown away.
  let starter = view.state.doc.toString();
  select.addEventListener("change", () => {
    const next = starters[select.value] || "";
    const effects = language.reconfigure(languageSupport(select.value));
    if (view.state.doc.toString() === starter) {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: next }, effects });
      starter = next;
    } else {
      view.dispatch({ effects });
    }
  });

  const show = (a) => {
    out.textContent = "";
    const head = document.createElement("p");
    head.dataset.verdict = a.verdict || a.status;
    head.textContent = a.verdict ? t("practice.js.verdict", a.verdict, a.hiddenPassed, a.hidden) : t("practice.js.waiting");
    out.appendChild(head);
    if (a.compileOutput) {
      const pre = document.createElement("pre");
      pre.className = "output";
      pre.textContent = a.compileOutput;
      out.appendChild(pre);
    }
    (a.samples || []).forEach((s) => {
      const line = document.createElement("p");
      line.className = "meta";
      line.textContent = t("practice.js.sample", s.name, s.verdict, s.timeMs) + (s.detail ? " — " + s.detail : "");
      out.appendChild(line);
    });
  };

  const poll = (id, tries) => {
    fetch("/api/v1/portal/practice/attempts/" + id, { headers: headers(false) }).then((r) => r.json()).then((a) => {
      show(a);
      if (a.status !== "DONE" && tries < 120) setTimeout(() => poll(id, tries + 1), 500);
    });
  };

  root.querySelector("[data-run]").addEventListener("click", () => {
    out.textContent = t("practice.js.sending");
    fetch("/api/v1/portal/practice/" + encodeURIComponent(problem) + "/attempts", {
      method: "POST",
      headers: headers(true),
      body: JSON.stringify({ language: select.value, source: view.state.doc.toString() }),
    }).then((r) => r.json().then((body) => ({ ok: r.ok, body }))).then(({ ok, body }) => {
      if (!ok) { out.textContent = body.detail || t("practice.js.failed"); return; }
      poll(body.id, 0);
    }).catch(() => { out.textContent = t("practice.js.failed"); });
  });
}
