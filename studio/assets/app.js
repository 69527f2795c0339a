// stepwise studio: the page's logic. Plain JavaScript, no dependencies.
"use strict";

const token = document.querySelector('meta[name="stepwise-token"]').content;
const $ = (id) => document.getElementById(id);
let workflows = [];
let current = null;   // the selected workflow
let run = null;       // {id, events, trace, source}

function post(url, body) {
  return fetch(url, {
    method: "POST",
    headers: { "Content-Type": "application/json", "X-Stepwise-Token": token },
    body: JSON.stringify(body),
  }).then(async (r) => {
    const data = await r.json().catch(() => ({}));
    if (!r.ok) throw new Error(data.error || r.statusText);
    return data;
  });
}

function setStatus(text, cls) {
  const s = $("status");
  s.textContent = text;
  s.className = "status " + (cls || "");
}

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === "class") e.className = v; else if (k.startsWith("on")) e.addEventListener(k.slice(2), v); else e.setAttribute(k, v);
  }
  for (const c of children) e.append(c);
  return e;
}

async function loadWorkflows() {
  workflows = await (await fetch("/api/workflows")).json();
  const list = $("workflow-list");
  list.replaceChildren();
  for (const w of workflows) {
    const b = el("button", { type: "button", "data-workflow": w.name, onclick: () => pick(w) }, w.name, el("small", {}, w.problem ? "has problems" : w.source));
    list.append(el("li", {}, b));
  }
}

async function pick(w) {
  current = w;
  stopFollowing();
  for (const b of document.querySelectorAll("nav button")) b.classList.toggle("selected", b.dataset.workflow === w.name);
  $("start-panel").hidden = false;
  $("workflow-name").textContent = w.name;
  $("workflow-source").textContent = w.source;
  $("message").textContent = w.problem || "";
  $("start").disabled = !!w.problem;
  $("download").hidden = true;
  $("pending").hidden = true;
  $("details").hidden = true;
  $("history-panel").hidden = true;
  setStatus("not started");
  const r = await fetch(`/api/workflows/${w.index}/diagram.svg`);
  $("diagram").innerHTML = r.ok ? await r.text() : "";
}

async function start() {
  let input;
  try { input = JSON.parse($("input").value || "{}"); } catch (e) { $("message").textContent = "Input is not JSON: " + e.message; return; }
  $("message").textContent = "";
  try {
    const { id } = await post("/api/executions", { workflow: current.index, input });
    follow(id);
  } catch (e) { $("message").textContent = e.message; }
}

let source = null;
function stopFollowing() { if (source) { source.close(); source = null; } run = null; }

function follow(id) {
  stopFollowing();
  run = { id, events: [], trace: null };
  setStatus("RUNNING", "RUNNING");
  $("history").tBodies[0].replaceChildren();
  $("history-panel").hidden = false;
  const dl = $("download");
  dl.href = `/api/executions/${id}/history.json`;
  dl.hidden = false;
  source = new EventSource(`/api/executions/${id}/events`);
  source.addEventListener("update", (ev) => update(JSON.parse(ev.data)));
  source.addEventListener("end", () => { if (source) source.close(); source = null; });
}

function update(u) {
  if (!run || u.id !== run.id) return;
  run.events.push(...u.events);
  run.trace = u.trace;
  $("diagram").innerHTML = u.svg;
  setStatus(u.status, u.status);
  const body = $("history").tBodies[0];
  for (const e of u.events) body.append(historyRow(e));
  renderPending(u.pending || []);
  if (u.result && u.result.Error) $("message").textContent = u.result.Error + (u.result.Cause ? ": " + u.result.Cause : "");
  const open = $("details").dataset.state;
  if (open && !$("details").hidden) showState(open);
}

function details(e) {
  for (const [k, v] of Object.entries(e)) if (k.endsWith("EventDetails")) return v;
  return null;
}

function historyRow(e) {
  const d = details(e) || {};
  const rest = Object.assign({}, d); delete rest.name;
  return el("tr", {}, el("td", {}, String(e.id)), el("td", {}, e.timestamp.slice(11, 23)), el("td", {}, e.type),
    el("td", {}, d.name || ""), el("td", { class: "details" }, Object.keys(rest).length ? JSON.stringify(rest) : ""));
}

function renderPending(list) {
  const ul = $("pending-list");
  ul.replaceChildren();
  $("pending").hidden = list.length === 0;
  for (const t of list) {
    const out = el("textarea", { rows: "2", class: "task-output", spellcheck: "false" });
    out.value = '{"decision": "approve"}';
    const errName = el("input", { class: "task-error", value: "Approval.Rejected", size: "22" });
    const decide = (kind) => async () => {
      const body = kind === "success" ? { output: JSON.parse(out.value || "{}") } : { error: errName.value, cause: "Rejected in stepwise studio" };
      try { await post(`/api/executions/${run.id}/tasks/${t.token}/${kind}`, body); } catch (e) { $("message").textContent = e.message; }
    };
    ul.append(el("li", { "data-token": t.token },
      el("b", {}, t.state), " ", el("span", { class: "muted" }, t.resource),
      el("pre", {}, t.input),
      el("label", {}, "Output (SendTaskSuccess) "), out,
      el("div", { class: "row" },
        el("button", { type: "button", class: "approve", onclick: decide("success") }, "Approve"),
        el("label", {}, "Error (SendTaskFailure) "), errName,
        el("button", { type: "button", class: "reject", onclick: decide("failure") }, "Reject"))));
  }
}

// showState lists what one state saw in the run: each visit's input,
// output and variables, its retries and errors.
function showState(name) {
  const box = $("details");
  box.hidden = false;
  box.dataset.state = name;
  $("details-title").textContent = name;
  const body = $("details-body");
  body.replaceChildren();
  if (!run) { body.append(el("p", { class: "muted" }, "Start an execution to see what this state does.")); return; }
  const st = run.trace && run.trace.steps[name];
  if (!st) { body.append(el("p", { class: "muted" }, "Not run (yet).")); return; }
  body.append(el("p", {}, `Status ${st.status}, ${st.visits} visit(s), ${st.retries} retries` + (st.iterations ? `, ${st.iterations} Map items` : "")));
  const owner = {};
  for (const e of run.events) {
    const d = details(e) || {};
    owner[e.id] = d.name && e.type.endsWith("StateEntered") ? d.name : (e.type.endsWith("StateExited") ? "" : owner[e.previousEventId]);
    const mine = d.name === name && (e.type.endsWith("StateEntered") || e.type.endsWith("StateExited"));
    if (mine && e.type.endsWith("StateEntered")) body.append(el("h3", {}, "Input"), el("pre", {}, pretty(d.input)));
    if (mine && e.type.endsWith("StateExited")) {
      body.append(el("h3", {}, "Output"), el("pre", {}, pretty(d.output)));
      if (d.assignedVariables) body.append(el("h3", {}, "Variables"), el("pre", {}, JSON.stringify(d.assignedVariables, null, 2)));
    }
    if (owner[e.id] === name && /(Failed|TimedOut)$/.test(e.type)) body.append(el("h3", { class: "error" }, e.type), el("pre", {}, JSON.stringify(d, null, 2)));
  }
}

function pretty(text) {
  try { return JSON.stringify(JSON.parse(text), null, 2); } catch (e) { return String(text); }
}

$("start").addEventListener("click", start);
$("diagram").addEventListener("click", (ev) => {
  const t = ev.target.closest("[data-state]");
  if (t) showState(t.getAttribute("data-state"));
});
loadWorkflows();
