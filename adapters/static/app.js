// The chat page: posts questions to api/ask and lays out the JSON answer.
// Every text goes in through textContent, never innerHTML: answers quote documents verbatim.
"use strict";

(() => {
  const $ = (selector, root = document) => root.querySelector(selector);
  const log = $("#log");
  const form = $("#ask");
  const input = $("#q");
  const send = $("#send");
  const tokenRow = $("#token-row");
  const tokenInput = $("#token");

  // The page's messages live in index.html (<template id="strings">), next to the rest of its Chinese.
  const strings = {};
  for (const el of $("#strings").content.querySelectorAll("[data-key]")) {
    strings[el.dataset.key] = el.textContent;
  }
  const say = (key, vars = {}) => strings[key].replace(/\{(\w+)\}/g, (_, name) => vars[name]);

  // A per-tab id, so "更多" typed as a question continues this tab's list and nobody else's.
  // (crypto.randomUUID needs https; getRandomValues does not.)
  const user = (() => {
    try {
      let id = sessionStorage.getItem("planbot-user");
      if (!id) {
        const bytes = crypto.getRandomValues(new Uint8Array(8));
        id = "web-" + Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
        sessionStorage.setItem("planbot-user", id);
      }
      return id;
    } catch {
      return "";
    }
  })();

  const storedToken = () => {
    try { return localStorage.getItem("planbot-token") || ""; } catch { return ""; }
  };
  const storeToken = (token) => {
    try { localStorage.setItem("planbot-token", token); } catch { /* private mode: ask again next time */ }
  };

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function show(node) {
    log.append(node);
    node.scrollIntoView({ block: "start", behavior: "smooth" });
    return node;
  }

  // One list line from a measure in the JSON: its text (two lines until tapped), who leads it, the
  // deadline, and where it is printed. Every line is built this way, so 更多 looks like page one.
  function measureItem(m) {
    const li = el("li");
    li.append(el("div", "text", m.text));
    li.addEventListener("click", () => li.classList.toggle("open"));
    const [role, units] = m.lead && m.lead.length ? ["lead", m.lead] : ["responsible", m.responsible || []];
    li.append(
      parts("meta", [units.length && `${say(role)}：${units.join("、")}`, m.deadline && `${say("deadline")}：${m.deadline}`]),
      parts("cite", [[m.issuer, m.year].filter(Boolean).join(""), m.attachment, m.section, m.task_no && say("item", { n: m.task_no })]),
    );
    return li;
  }

  // Short parts that each wrap as a whole ("第4项" never splits); CSS lays them out.
  function parts(className, texts) {
    const line = el("div", className);
    for (const text of texts.filter(Boolean)) line.append(el("span", "", text));
    return line;
  }

  function answerCard(data) {
    const reply = data.reply || {};
    const card = $("#tpl-answer").content.firstElementChild.cloneNode(true);
    card.classList.toggle("abstained", Boolean(reply.abstained));

    const title = $(".title", card);
    if (reply.title) title.textContent = reply.title; else title.remove();

    const blocks = $(".blocks", card);
    for (const block of reply.blocks || []) blocks.append(el("p", "", block));
    for (const link of reply.links || []) {  // made by the app (a 台账 download), never user text
      if (!link.url.includes("/downloads/")) continue;
      const a = el("a", "download", link.label);
      a.href = link.url;
      const line = el("p", "", "");
      line.append(a);
      blocks.append(line);
    }

    // A list answer: reply.items is the first page of data.measures, which holds the whole list.
    const list = $(".items", card);
    const items = reply.items || [];
    const measures = data.measures || [];
    const fromJson = items.length > 0 && measures.length >= items.length;
    if (fromJson) {
      for (const m of measures.slice(0, items.length)) list.append(measureItem(m));
    } else {
      for (const item of items) list.append(el("li", "", item));
    }
    if (!items.length) list.remove();

    const rest = fromJson ? measures.slice(items.length) : [];
    const more = $(".more", card);
    if (reply.more > 0 && rest.length) {
      more.textContent = say("more", { n: rest.length });
      more.addEventListener("click", () => {
        for (const m of rest) list.append(measureItem(m));
        more.remove();
      }, { once: true });
    } else {
      more.remove();
    }

    const cites = $(".cites", card);
    for (const c of reply.citations || []) $("ul", cites).append(el("li", "", c.label));
    cites.hidden = !(reply.citations || []).length;
    return card;
  }

  async function ask(q) {
    $("#intro")?.remove();
    show(el("div", "question", q));
    const pending = show(el("div", "note", say("thinking")));
    send.disabled = true;

    const token = tokenInput.value.trim() || storedToken();
    const headers = { "Content-Type": "application/json" };
    if (token) headers.Authorization = `Bearer ${token}`;
    const scope = { issuer: $("#issuer").value || null, year: $("#year").value ? Number($("#year").value) : null };

    let response;
    let data = {};
    try {
      response = await fetch("api/ask", { method: "POST", headers, body: JSON.stringify({ q, scope, user }) });
      data = await response.json().catch(() => ({}));
    } catch {
      pending.textContent = say("network");
      return;
    } finally {
      send.disabled = false;
    }

    if (response.ok) {
      if (token) storeToken(token);
      const card = answerCard(data);
      pending.replaceWith(card);
      card.scrollIntoView({ block: "start", behavior: "smooth" });
    } else if (response.status === 401) {
      tokenRow.hidden = false;
      tokenInput.focus();
      pending.textContent = say("unauthorized");
    } else if (response.status === 400 || response.status === 413) {
      pending.textContent = say("bad") + (data.detail || response.status);
    } else {
      pending.textContent = say("server");
    }
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const q = input.value.trim();
    if (!q || send.disabled) return;
    input.value = "";
    ask(q);
  });

  // Plans added while serving (an upload, `planbot ingest`) bring issuers and years the page's
  // lists do not have yet: add them from the health check's editions.
  async function addEditions() {
    try {
      const health = await (await fetch("healthz")).json();
      for (const [issuer, year] of health.editions || []) {
        for (const [id, value] of [["issuer", issuer], ["year", year]]) {
          const select = $("#" + id);
          if (value && ![...select.options].some((o) => o.value === String(value))) select.append(new Option(value, value));
        }
      }
    } catch { /* the page works with the lists it has */ }
  }
  addEditions();

  for (const button of document.querySelectorAll(".example")) {
    button.addEventListener("click", () => {
      input.value = button.textContent;
      form.requestSubmit();
    });
  }
})();
