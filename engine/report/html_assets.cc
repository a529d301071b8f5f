#include "engine/report/html_assets.h"

namespace factlint {

std::string_view HtmlReportStyle() {
  return R"css(
:root {
  --ink: #1d1d1b; --muted: #5d5d58; --line: #dcd7cc; --paper: #fff; --page: #f4f2ec;
  --accent: #1f2a44;
  --error: #a3201b; --error-bg: #f8d7d4; --warning: #8a5300; --warning-bg: #fbe5b6;
  --info: #1d4f8c; --info-bg: #d9e6f6;
  --supported: #23693a; --contradicted: #a3201b; --unverified: #6b6b66;
}
* { box-sizing: border-box; }
[hidden] { display: none !important; }
html { background: var(--page); }
body {
  margin: 0; color: var(--ink);
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
}
.page { max-width: 1320px; margin: 0 auto; padding: 0 28px 48px; }
a { color: var(--accent); }
code, .mono { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "Liberation Mono", monospace; font-size: 0.88em; }
.masthead {
  display: flex; align-items: baseline; justify-content: space-between; gap: 16px;
  border-bottom: 3px double var(--ink); padding: 22px 0 10px; margin-bottom: 18px;
}
.masthead h1 {
  margin: 0; font: 700 30px/1.1 Georgia, "Times New Roman", serif; letter-spacing: 0.01em;
}
.masthead .tool { color: var(--muted); font-size: 13px; }
h2, h3 { font-family: Georgia, "Times New Roman", serif; }
h3 { font-size: 17px; margin: 0 0 10px; }
.tiles { display: flex; flex-wrap: wrap; gap: 10px; margin: 0 0 14px; padding: 0; }
.tile {
  background: var(--paper); border: 1px solid var(--line); border-radius: 6px;
  padding: 8px 16px; min-width: 112px;
}
.tile dt { color: var(--muted); font-size: 12px; text-transform: uppercase; letter-spacing: 0.06em; }
.tile dd { margin: 0; font: 700 26px/1.2 Georgia, "Times New Roman", serif; }
.tile.errors dd { color: var(--error); }
.tile.warnings dd { color: var(--warning); }
.tile.infos dd { color: var(--info); }
.tile.claims dd span { font: 13px/1.4 system-ui, sans-serif; display: block; color: var(--muted); }
.tile.claims .n-supported { color: var(--supported); }
.tile.claims .n-contradicted { color: var(--contradicted); font-weight: 600; }
table { border-collapse: collapse; width: 100%; background: var(--paper); }
th, td { text-align: left; vertical-align: top; padding: 6px 10px; border-bottom: 1px solid var(--line); }
th { font-size: 12px; text-transform: uppercase; letter-spacing: 0.05em; color: var(--muted); font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.table-wrap { overflow-x: auto; border: 1px solid var(--line); margin-bottom: 14px; }
.table-wrap table { border: 0; }
td.date { white-space: nowrap; }
.legend { color: var(--muted); font-size: 13px; margin: 0 0 18px; }
.legend .swatch { padding: 0 4px; border-radius: 2px; border-bottom: 2px solid; }
.filters {
  display: flex; flex-wrap: wrap; gap: 8px 24px; background: var(--paper);
  border: 1px solid var(--line); border-radius: 6px; padding: 10px 14px; margin-bottom: 18px;
  font-size: 13px;
}
.filters fieldset { border: 0; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 4px 14px; align-items: center; }
.filters legend { float: left; font-weight: 600; margin-right: 8px; padding: 0; }
.filters label { white-space: nowrap; }
.note {
  background: #fff8e1; border: 1px solid #ecd9a0; border-radius: 4px; padding: 6px 10px;
  font-size: 13px; margin: 0 0 12px;
}
section.file { margin-top: 30px; padding-top: 6px; border-top: 1px solid var(--line); }
section.file > h2 { font-size: 21px; margin: 10px 0 4px; overflow-wrap: anywhere; }
.file-meta { color: var(--muted); font-size: 13px; margin: 0 0 12px; }
.error-box {
  background: var(--error-bg); border: 1px solid var(--error); border-radius: 4px;
  padding: 10px 14px; color: var(--error);
}
.review {
  display: grid; grid-template-columns: minmax(0, 1fr) minmax(300px, 360px); gap: 20px;
  align-items: start;
}
.article-text {
  margin: 0; background: var(--paper); border: 1px solid var(--line); border-radius: 4px;
  padding: 22px 26px; max-width: 104ch; white-space: pre-wrap; overflow-wrap: anywhere;
  font: 16px/1.75 Georgia, "Iowan Old Style", "Times New Roman", serif;
  box-shadow: 0 1px 2px rgba(0, 0, 0, 0.04);
}
mark.finding {
  color: inherit; border-radius: 2px; padding: 1px 0; border-bottom: 2px solid;
  -webkit-box-decoration-break: clone; box-decoration-break: clone;
}
mark.sev-error, .swatch.sev-error { background: var(--error-bg); border-bottom-color: var(--error); }
mark.sev-warning, .swatch.sev-warning { background: var(--warning-bg); border-bottom-color: var(--warning); }
mark.sev-info, .swatch.sev-info { background: var(--info-bg); border-bottom-color: var(--info); }
mark.off { background: none; border-bottom-color: transparent; }
.claim { text-decoration-line: underline; text-decoration-style: dotted; text-decoration-thickness: 2px; text-underline-offset: 5px; }
.claim.st-supported { text-decoration-color: var(--supported); }
.claim.st-contradicted { text-decoration-color: var(--contradicted); }
.claim.st-unverified { text-decoration-color: #9a9a94; }
a.ref {
  text-decoration: none; display: inline-block; vertical-align: 0.35em; margin: 0 1px;
  font: 700 10px/1 system-ui, sans-serif; color: #fff; border-radius: 7px; padding: 2px 4px;
}
a.ref::before, .card .num::before { content: attr(data-n); }
a.ref.sev-error, .card.sev-error .num { background: var(--error); }
a.ref.sev-warning, .card.sev-warning .num { background: var(--warning); }
a.ref.sev-info, .card.sev-info .num { background: var(--info); }
a.ref:target { outline: 3px solid var(--accent); outline-offset: 1px; }
.panel { position: sticky; top: 12px; max-height: calc(100vh - 24px); overflow: auto; padding-right: 4px; }
.panel ol { list-style: none; margin: 0; padding: 0; }
.card {
  background: var(--paper); border: 1px solid var(--line); border-left: 4px solid;
  border-radius: 4px; padding: 10px 12px; margin-bottom: 10px; font-size: 14px;
}
.card.sev-error { border-left-color: var(--error); }
.card.sev-warning { border-left-color: var(--warning); }
.card.sev-info { border-left-color: var(--info); }
.card:target { box-shadow: 0 0 0 2px var(--accent); }
.card-head { display: flex; flex-wrap: wrap; align-items: center; gap: 6px; margin-bottom: 4px; }
.card .num { color: #fff; border-radius: 7px; padding: 2px 5px; font: 700 10px/1 system-ui, sans-serif; }
.badge { font-size: 11px; font-weight: 700; text-transform: uppercase; letter-spacing: 0.06em; }
.badge.sev-error { color: var(--error); }
.badge.sev-warning { color: var(--warning); }
.badge.sev-info { color: var(--info); }
.card .rule { color: var(--muted); }
.card .where { margin-left: auto; font-size: 12px; color: var(--muted); }
.card .flagged { margin: 4px 0; font: italic 14px/1.45 Georgia, "Times New Roman", serif; color: var(--muted); }
.card .message { margin: 6px 0 4px; font-size: 14.5px; line-height: 1.45; }
.evidence { margin: 8px 0 0; }
.evidence .label, .suggestion .label {
  font-size: 11px; text-transform: uppercase; letter-spacing: 0.06em; color: var(--muted); font-weight: 600;
}
.evidence .source { margin: 2px 0; }
.evidence .ids { color: var(--muted); font-size: 12px; }
blockquote.excerpt {
  margin: 4px 0 6px; padding: 2px 0 2px 10px; border-left: 3px solid var(--line);
  font: 14px/1.5 Georgia, "Times New Roman", serif; color: #33332f;
}
.suggestion { margin: 8px 0 0; padding: 6px 8px; background: #eaf3ec; border-radius: 3px; }
.suggestion ins { text-decoration: none; font-weight: 600; }
.none { color: var(--muted); font-style: italic; }
.ledger { margin-top: 22px; }
.counts { display: flex; flex-wrap: wrap; gap: 8px; margin: 0 0 8px; padding: 0; list-style: none; font-size: 13px; }
.counts li { border: 1px solid var(--line); background: var(--paper); border-radius: 12px; padding: 1px 10px; }
.ledger table { font-size: 14px; }
.ledger td.text { font-family: Georgia, "Times New Roman", serif; min-width: 11em; }
.status { font-weight: 600; white-space: nowrap; }
.status.st-supported { color: var(--supported); }
.status.st-contradicted { color: var(--contradicted); }
.status.st-unverified { color: var(--unverified); }
tr.st-contradicted td { background: #fdf1f0; }
footer { margin-top: 36px; padding-top: 10px; border-top: 1px solid var(--line); color: var(--muted); font-size: 12px; }
@media (max-width: 980px) {
  .review { grid-template-columns: 1fr; }
  .panel { position: static; max-height: none; overflow: visible; }
  .article-text { padding: 18px; max-width: none; }
}
@media print {
  html, body { background: #fff; }
  .page { max-width: none; padding: 0; }
  .filters { display: none !important; }
  .review { display: block; }
  .panel { position: static; max-height: none; overflow: visible; margin-top: 14px; }
  .article-text { border: 0; box-shadow: none; padding: 0; max-width: none; font-size: 12pt; }
  section.file { break-before: page; border-top: 0; }
  section.file:first-of-type { break-before: auto; }
  .card, tr { break-inside: avoid; }
  mark.finding, a.ref, .card .num, tr.st-contradicted td { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .evidence a[href]::after { content: " <" attr(href) ">"; font-size: 10px; color: var(--muted); overflow-wrap: anywhere; }
}
)css";
}

std::string_view HtmlReportScript() {
  return R"js(
(function () {
  "use strict";
  var form = document.getElementById("filters");
  if (!form) return;
  form.hidden = false;
  var rank = { info: 0, warning: 1, error: 2 };
  var cards = {};
  document.querySelectorAll(".card[data-finding]").forEach(function (card) {
    cards[card.getAttribute("data-finding")] = card;
  });
  function checked(name) {
    var set = {};
    form.querySelectorAll("input[name=" + name + "]:checked").forEach(function (box) {
      set[box.value] = true;
    });
    return set;
  }
  function apply() {
    var severities = checked("severity"), rules = checked("rule");
    function shown(id) {
      var card = cards[id];
      return !!card && severities[card.getAttribute("data-severity")] === true &&
             rules[card.getAttribute("data-rule")] === true;
    }
    Object.keys(cards).forEach(function (id) { cards[id].hidden = !shown(id); });
    document.querySelectorAll("a.ref[id]").forEach(function (ref) { ref.hidden = !shown(ref.id); });
    document.querySelectorAll("mark.finding").forEach(function (mark) {
      var worst = "";
      mark.getAttribute("data-findings").split(" ").forEach(function (id) {
        if (!shown(id)) return;
        var severity = cards[id].getAttribute("data-severity");
        if (worst === "" || rank[severity] > rank[worst]) worst = severity;
      });
      mark.classList.remove("sev-error", "sev-warning", "sev-info", "off");
      mark.classList.add(worst === "" ? "off" : "sev-" + worst);
    });
  }
  form.addEventListener("change", apply);
  apply();
})();
)js";
}

}  // namespace factlint
