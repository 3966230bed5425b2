// Concord's demo page: check a text with POST v1/check, underline the flags, draw the forget gates.
//
// No framework and no build step. User text only ever reaches the page through textContent and
// attribute values, never innerHTML. The API counts offsets in code points; JavaScript strings
// count UTF-16 units, so every offset goes through unitOffsets() before slicing.
"use strict";

const API = "v1/check";

const TYPE_LABELS = {
  subject_verb_agreement: "Subject–verb agreement",
  determiner_noun_agreement: "Determiner–noun agreement",
  tense: "Verb tense",
  verb_form: "Verb form",
};

// What each `evidence` value of a flag says, for the tooltip's "why" line.
const EVIDENCE_WORDS = {
  matches: "A rule reading the sentence's words finds the error, so it stands at any probability.",
  confirms: "The sentence's grammar shows the error and leaves hardly another reading.",
  supports: "The sentence's grammar shows the error too.",
  unknown: "The sentence's grammar does not decide it.",
  contradicts: "The sentence's grammar reads the word as right; only a near-certain network flags it.",
};

// Viridis, sampled every 0.1: perceptually even and readable with colour-blindness.
const VIRIDIS = [
  "#440154", "#482475", "#414487", "#355f8d", "#2a788e", "#21918c",
  "#22a884", "#44bf70", "#7ad151", "#bddf26", "#fde725",
].map(hexToRgb);

const els = {};
const state = {
  text: null, // the text the shown results belong to
  offsets: [], // unitOffsets(text)
  summary: "", // the status line for those results
  request: 0, // number of the latest check; older replies are dropped
  busy: false,
  stale: false, // the text box no longer holds `text`
  focusAfter: null, // after a keyboard fix, focus the first flag from this code point on
};

// ---- offsets -------------------------------------------------------------------------------

/** UTF-16 index of every code point of `text`, plus its end: offsets[cp] is a JS string index. */
function unitOffsets(text) {
  const offsets = [0];
  let unit = 0;
  for (const ch of text) {
    unit += ch.length;
    offsets.push(unit);
  }
  return offsets;
}

/** The slice of the checked text between two code-point offsets. */
function slice(start, end) {
  return state.text.slice(state.offsets[start], state.offsets[end]);
}

// ---- talking to the service ----------------------------------------------------------------

/** POST the text; the decoded reply, or an Error carrying the service's own message. */
async function postCheck(text) {
  const response = await fetch(API, {
    method: "POST",
    headers: { "Content-Type": "application/json", Accept: "application/json" },
    body: JSON.stringify({ text, gates: "summary", picky: els.picky.checked }),
  });
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    throw new Error(body?.error?.message ?? `The service answered ${response.status}.`);
  }
  return body;
}

/** Check `text` and show the result; a newer check makes an older reply moot. */
async function runCheck(text) {
  if (!text.trim()) {
    setStatus("Type or paste some text first.");
    els.text.focus();
    return;
  }
  const request = ++state.request;
  setBusy(true);
  setStatus("Checking…");
  try {
    const reply = await postCheck(text);
    if (request === state.request) show(reply, text);
  } catch (error) {
    if (request === state.request) setStatus(error.message, true);
  } finally {
    if (request === state.request) setBusy(false);
  }
}

// ---- rendering -----------------------------------------------------------------------------

/** Create an element with a class and text. */
function make(tag, className, text) {
  const el = document.createElement(tag);
  if (className) el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

/** Render a reply for `text`: underlined text, heat maps, status, share link. */
function show(reply, text) {
  state.text = text;
  state.offsets = unitOffsets(text);
  setStale(false);
  const flags = reply.sentences.flatMap((s) => s.flags);
  els.rendered.replaceChildren(renderText(flags));
  els.heatmaps.replaceChildren(...reply.sentences.map(renderHeatmap));
  els.results.hidden = false;
  els.modelInfo.textContent = `Model: ${reply.model.name} ${reply.model.version}`;
  state.summary = summary(flags.length, reply.sentences.length);
  setStatus(state.summary);
  share(text);
  restoreFocus();
}

/** "2 flags in 3 sentences." and the like. */
function summary(nFlags, nSentences) {
  const sentences = `${nSentences} sentence${nSentences === 1 ? "" : "s"}`;
  if (nFlags === 0) return `No agreement or tense errors found in ${sentences}.`;
  return `${nFlags} flag${nFlags === 1 ? "" : "s"} in ${sentences}.`;
}

/** The checked text with each flagged span replaced by a focusable, underlined button. */
function renderText(flags) {
  const fragment = document.createDocumentFragment();
  let at = 0;
  const total = state.offsets.length - 1;
  [...flags].sort((a, b) => a.start - b.start).forEach((flag, i) => {
    fragment.append(slice(at, flag.start), renderFlag(flag, i));
    at = flag.end;
  });
  fragment.append(slice(at, total));
  return fragment;
}

/** One flag: the word as a button that applies the first suggestion, and its tooltip. */
function renderFlag(flag, i) {
  const wrapper = make("span", `flag ${flag.category}`);
  const word = make("button", "flag-word", slice(flag.start, flag.end));
  word.type = "button";
  word.dataset.start = flag.start;
  word.dataset.end = flag.end;
  word.setAttribute("aria-describedby", `tip-${i}`);
  word.addEventListener("click", (event) => {
    // On a touch screen the first tap shows the tooltip; there is no hover to preview it.
    if (event.pointerType === "touch" && !wrapper.classList.contains("open")) {
      openTip(wrapper, tip);
      return;
    }
    apply(flag, flag.suggestions[0], event);
  });
  const tip = make("span", "tip");
  tip.id = `tip-${i}`;
  tip.setAttribute("role", "tooltip");
  tip.append(make("span", "tip-type", TYPE_LABELS[flag.type] ?? flag.type));
  tip.append(make("span", "tip-message", flag.message));
  tip.append(make("span", "tip-why", whyLine(flag)));
  tip.append(renderSuggestions(flag));
  wrapper.append(word, tip);
  wrapper.addEventListener("mouseenter", () => keepInView(tip));
  word.addEventListener("focus", () => keepInView(tip));
  return wrapper;
}

/** What stands behind a flag: the network's error probability as a whole percentage (never
 * shown as 0 or 100 unless it is) and, in words, what the sentence's parse said (`evidence`). */
function whyLine(flag) {
  const c = flag.confidence;
  const shown =
    c >= 1 ? "100 %" : c < 0.01 ? "under 1 %" : c > 0.99 ? "over 99 %" : `${Math.round(c * 100)} %`;
  const words = EVIDENCE_WORDS[flag.evidence];
  return `Error probability ${shown}.` + (words ? ` ${words}` : "");
}

/** The suggestions as buttons; the first is what clicking the word applies. */
function renderSuggestions(flag) {
  const list = make("span", "tip-suggestions");
  if (flag.suggestions.length === 0) return list;
  list.append(make("span", "tip-label", "Replace with"));
  for (const suggestion of flag.suggestions) {
    const button = make("button", "suggestion", suggestion);
    button.type = "button";
    button.addEventListener("click", (event) => apply(flag, suggestion, event));
    list.append(button);
  }
  return list;
}

/** Show one flag's tooltip (touch screens), closing any other. */
function openTip(wrapper, tip) {
  for (const open of els.rendered.querySelectorAll(".flag.open")) open.classList.remove("open");
  wrapper.classList.add("open");
  keepInView(tip);
}

/** Shift a tooltip left if it would run off the right edge of the window. */
function keepInView(tip) {
  tip.style.setProperty("--shift", "0px");
  const overflow = tip.getBoundingClientRect().right - (document.documentElement.clientWidth - 8);
  if (overflow > 0) tip.style.setProperty("--shift", `${-Math.ceil(overflow)}px`);
}

/** One sentence's heat map: a header row of tokens, then forward and backward gate rows. */
function renderHeatmap(sentence, n) {
  const figure = make("figure", "heatmap");
  const caption = make("figcaption");
  caption.append(make("span", "sentence-number", `Sentence ${n + 1}`), make("q", null, sentence.text));
  const scroller = make("div", "scroller");
  scroller.tabIndex = 0;
  scroller.setAttribute("role", "region");
  scroller.setAttribute("aria-label", `Forget gates of sentence ${n + 1}`);
  const table = make("table");
  const flagged = new Set(sentence.flags.map((f) => f.token));
  table.append(tokenRow(sentence.tokens, flagged, sentence.flags));
  const body = make("tbody");
  body.append(gateRow(sentence.tokens, "forward", "forward →"));
  body.append(gateRow(sentence.tokens, "backward", "← backward"));
  table.append(body);
  scroller.append(table);
  figure.append(caption, scroller);
  return figure;
}

/** The table head: one column per token, flagged tokens marked. */
function tokenRow(tokens, flagged, flags) {
  const head = make("thead");
  const row = make("tr");
  const corner = make("th");
  corner.scope = "col";
  corner.append(make("span", "visually-hidden", "Direction"));
  row.append(corner);
  tokens.forEach((token, j) => {
    const flag = flags.find((f) => f.token === j);
    const th = make("th", flag ? `token flagged ${flag.category}` : "token", token.text);
    th.scope = "col";
    th.title = `p(error) ${token.p_error.toFixed(2)}`;
    row.append(th);
  });
  head.append(row);
  return head;
}

/** One direction's cells, coloured by the gate value. */
function gateRow(tokens, direction, label) {
  const row = make("tr");
  const th = make("th", "direction", label);
  th.scope = "row";
  row.append(th);
  for (const token of tokens) {
    const value = token.forget_gate?.[direction];
    const cell = make("td", "cell", value == null ? "–" : value.toFixed(2).replace(/^0/, ""));
    cell.dataset.dir = direction;
    if (value != null) {
      const rgb = gateColour(value);
      cell.dataset.value = value;
      cell.title = `${token.text}: ${direction} forget gate ${value.toFixed(3)}`;
      cell.style.setProperty("--gate", `rgb(${rgb.join(" ")})`);
      cell.classList.add(luminance(rgb) > 0.3 ? "on-light" : "on-dark");
    }
    row.append(cell);
  }
  return row;
}

// ---- colour --------------------------------------------------------------------------------

function hexToRgb(hex) {
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
}

/** Viridis at `value` in [0, 1], linearly between samples. */
function gateColour(value) {
  const x = Math.min(Math.max(value, 0), 1) * (VIRIDIS.length - 1);
  const i = Math.min(Math.floor(x), VIRIDIS.length - 2);
  const t = x - i;
  return VIRIDIS[i].map((c, k) => Math.round(c + (VIRIDIS[i + 1][k] - c) * t));
}

/** WCAG relative luminance of an sRGB colour, to pick black or white text on it. */
function luminance(rgb) {
  const [r, g, b] = rgb.map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

// ---- interaction ---------------------------------------------------------------------------

/** Put `suggestion` in place of the flag in the text box and check again. */
function apply(flag, suggestion, event) {
  if (state.busy || state.stale || suggestion === undefined) return;
  const text = state.text;
  const next =
    text.slice(0, state.offsets[flag.start]) + suggestion + text.slice(state.offsets[flag.end]);
  els.text.value = next;
  // A keyboard "click" has detail 0: keep the user's place among the flags after re-checking.
  state.focusAfter = event.detail === 0 ? flag.start : null;
  runCheck(next);
}

/** After a keyboard fix, focus the next flag (or the text) so Tab order is not lost. */
function restoreFocus() {
  if (state.focusAfter === null) return;
  const after = state.focusAfter;
  state.focusAfter = null;
  const next = [...els.rendered.querySelectorAll(".flag-word")].find(
    (b) => Number(b.dataset.start) >= after,
  );
  (next ?? els.rendered).focus();
}

/** Mark the results out of date while the text box differs from the checked text. */
function setStale(stale) {
  state.stale = stale;
  els.results.classList.toggle("stale", stale);
  for (const button of els.results.querySelectorAll("button")) button.disabled = stale;
  setStatus(stale ? "The text has changed: press Check to check it again." : state.summary);
}

function setBusy(busy) {
  state.busy = busy;
  els.check.disabled = busy;
  els.check.textContent = busy ? "Checking…" : "Check";
  els.form.setAttribute("aria-busy", String(busy));
}

function setStatus(message, isError = false) {
  els.status.textContent = message;
  els.status.classList.toggle("error", isError);
}

/** Make the address bar and the share link reproduce this check. */
function share(text) {
  const url = new URL(window.location.href);
  url.search = new URLSearchParams({ text }).toString();
  history.replaceState(null, "", url);
  els.share.href = url.href;
  els.share.hidden = false;
}

function init() {
  for (const id of ["text", "check", "picky", "status", "share", "results", "rendered", "heatmaps"]) {
    els[id] = document.getElementById(id);
  }
  els.form = document.getElementById("check-form");
  els.modelInfo = document.getElementById("model-info");
  els.rendered.tabIndex = -1;
  els.form.addEventListener("submit", (event) => {
    event.preventDefault();
    runCheck(els.text.value);
  });
  els.text.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      runCheck(els.text.value);
    }
  });
  els.text.addEventListener("input", () => {
    if (state.text !== null) setStale(els.text.value !== state.text);
  });
  const initial = new URLSearchParams(window.location.search).get("text");
  if (initial) {
    els.text.value = initial;
    runCheck(initial);
  }
}

document.addEventListener("DOMContentLoaded", init);
