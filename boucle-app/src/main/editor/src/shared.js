// What the pad's scripts share: the page's words in the reader's language, the editor's language
// support per judge language, and the headers of a request (the page's CSRF header included).
import { java } from "@codemirror/lang-java";
import { python } from "@codemirror/lang-python";
import { cpp } from "@codemirror/lang-cpp";

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

