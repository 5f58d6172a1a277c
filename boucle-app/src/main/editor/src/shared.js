// What the pad's scripts share: the page's words in the reader's language, the editor's language
// support per judge language, and the headers of a request (the page's CSRF header included).
import { java } from "@codemirror/lang-java";
import { python } from "@codemirror/lang-python";
import { cpp } from "@codemirror/lang-cpp";
import { EditorView } from "@codemirror/view";

// The editor lives in a shadow root: there CodeMirror's styles go into a constructed style sheet,
// which the pages' Content-Security-Policy (style-src 'self', no inline styles) allows.
export function mount(host) {
  return host.shadowRoot || host.attachShadow({ mode: "open" });
}

export const look = EditorView.theme({
  "&": { minHeight: "22rem", fontSize: "0.92rem", backgroundColor: "#fff" },
  ".cm-content": { paddingTop: "1.1em" },
  ".cm-scroller": { fontFamily: "ui-monospace, SFMono-Regular, Menlo, Consolas, monospace", minHeight: "22rem" },
  ".remote-cursor": { position: "relative", borderLeft: "2px solid #c0392b", marginLeft: "-1px" },
  ".remote-cursor.c-staff": { borderLeftColor: "#2471a3" },
  ".remote-cursor::after": { content: "attr(data-name)", position: "absolute", top: "-1.1em", left: "-1px", fontSize: "0.7rem",
    lineHeight: "1", padding: "1px 3px", color: "#fff", backgroundColor: "#c0392b", whiteSpace: "nowrap", pointerEvents: "none" },
  ".remote-cursor.c-staff::after": { backgroundColor: "#2471a3" },
  ".remote-selection.c-candidate": { backgroundColor: "rgba(192,57,43,0.18)" },
  ".remote-selection.c-staff": { backgroundColor: "rgba(36,113,163,0.18)" },
});

const WORDS = {};
const template = document.getElementById("pad-text");
if (template) template.content.querySelectorAll("[data-k]").forEach((s) => { WORDS[s.dataset.k] = s.textContent; });
export function t(key, ...args) {
  let s = WORDS[key] || key;
  args.forEach((a, i) => { s = s.split("{" + i + "}").join(String(a)); });
  return s;
}

export function languageSupport(id) {
  if (id === "java") return java();
  if (id === "cpp") return cpp();
  if (id === "python") return python();
  return [];
}

export function headers(json) {
  let extra = {};
  try { extra = JSON.parse(document.body.getAttribute("hx-headers") || "{}"); } catch (e) { extra = {}; }
  return Object.assign(json ? { "Content-Type": "application/json" } : {}, { Accept: "application/json" }, extra);
}

