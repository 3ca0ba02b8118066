// The plan upload page (served at /admin): posts the file to admin/plans (dry run or for real), lists and removes plans.
// The server's summary is shown as text (textContent only); the token stays in this tab.
"use strict";

(() => {
  const $ = (selector) => document.querySelector(selector);
  const form = $("#upload");
  const result = $("#result");
  const plans = $("#plans");
  const strings = {};
  for (const el of $("#strings").content.querySelectorAll("[data-key]")) strings[el.dataset.key] = el.textContent;
  const say = (key, vars = {}) => strings[key].replace(/\{(\w+)\}/g, (_, name) => vars[name]);
  const auth = () => ({ Authorization: "Bearer " + $("#admin-token").value.trim() });

  async function call(method, path, body) {
    result.textContent = say("working");
    try {
      const response = await fetch("admin/plans" + path, { method, headers: auth(), body });
      const data = await response.json().catch(() => ({ detail: response.statusText }));
      return { ok: response.ok, data };
    } catch {
      result.textContent = say("network");
      return null;
    }
  }

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const dry = event.submitter && event.submitter.dataset.dry === "1";
    const body = new FormData();
    for (const field of ["issuer", "year", "replace"]) {
      const value = $("#" + field).value.trim();
      if (value) body.append(field, value);
    }
    if (dry) body.append("dry_run", "1");
    body.append("file", $("#file").files[0]);
    const answer = await call("POST", "", body);
    if (!answer) return;
    const { ok, data } = answer;
    if (!ok) { result.textContent = data.detail || data.error; return; }
    const head = data.status === "dry_run" ? say("dry") : data.status === "unchanged" ? say("unchanged") : say("indexed", { v: data.version });
    result.textContent = head + "\n" + data.text;
  });

  async function list() {
    const answer = await call("GET", "");
    if (!answer) return;
    const { ok, data } = answer;
    result.textContent = ok ? "" : data.detail || data.error;
    plans.replaceChildren();
    for (const p of ok ? data.plans : []) {
      const li = document.createElement("li");
      li.textContent = `${p.doc}  ${p.issuer || ""} ${p.year || ""} 《${p.title || ""}》 ${p.measures} `;
      const button = document.createElement("button");
      button.type = "button";
      button.textContent = say("remove");
      button.addEventListener("click", async () => {
        if (!confirm(say("confirm", { doc: p.doc }))) return;
        const removed = await call("DELETE", "/" + encodeURIComponent(p.doc));
        if (!removed) return;
        result.textContent = removed.ok ? say("removed", { doc: p.doc, v: removed.data.version }) : removed.data.detail;
        if (removed.ok) li.remove();
      });
      li.append(button);
      plans.append(li);
    }
  }
  $("#list").addEventListener("click", list);
})();
