#include "html_assets.hpp"

namespace lexcheck::reports::detail {

// Colours pass WCAG AA against white; every outcome also has a symbol and a word, so
// colour is never the only signal.
const std::string_view kHtmlStyle = R"css(
:root {
  --ink: #1f2328; --muted: #57606a; --rule: #d0d7de; --paper: #ffffff; --tint: #f6f8fa;
  --violation: #b42318; --violation-bg: #fde8e7; --compliant: #1a7f37; --compliant-bg: #e6f4ea;
  --undetermined: #9a5b00; --undetermined-bg: #fff4d6; --na: #57606a; --na-bg: #eef1f4;
  --contested: #6f42c1; --contested-bg: #f1ebfb;
  --accent: #0b4f8a;
}
* { box-sizing: border-box; }
[hidden] { display: none !important; }
html { font-size: 15px; }
body { margin: 0; color: var(--ink); background: var(--paper); line-height: 1.5;
  font-family: "Source Sans 3", "Segoe UI", "Helvetica Neue", Arial, "Liberation Sans", sans-serif; }
.page { max-width: 1120px; margin: 0 auto; padding: 2rem 2.5rem 4rem; }
h1, h2, h3, h4 { font-family: Georgia, "Times New Roman", "Liberation Serif", serif; line-height: 1.25;
  break-after: avoid; }
h1 { font-size: 2rem; margin: 0 0 .25rem; }
h2 { font-size: 1.45rem; margin: 2.5rem 0 .75rem; padding-bottom: .3rem; border-bottom: 2px solid var(--ink); }
h3 { font-size: 1.2rem; margin: 0 0 .5rem; }
h4 { font-size: 1.05rem; margin: 0 0 .5rem; }
h5 { font-size: .8rem; margin: 1rem 0 .35rem; text-transform: uppercase; letter-spacing: .06em; color: var(--muted); }
a { color: var(--accent); }
code, .mono { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: .86em; }
.subtitle { color: var(--muted); margin: 0 0 1.25rem; }
header.report { border-bottom: 4px double var(--ink); padding-bottom: 1rem; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1.25rem; margin: 0; }
dl.meta dt { font-weight: 600; }
dl.meta dd { margin: 0; }
details.provenance { margin-top: 1rem; }
details.provenance summary { cursor: pointer; font-weight: 600; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .93rem; }
caption { text-align: left; font-weight: 600; padding: .25rem 0; }
th, td { border: 1px solid var(--rule); padding: .35rem .55rem; text-align: left; vertical-align: top; }
thead th { background: var(--tint); }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
table.hashes td:last-child { word-break: break-all; }
.badge { display: inline-block; padding: .05rem .5rem; border-radius: 999px; font-size: .8rem;
  font-weight: 600; border: 1px solid currentColor; white-space: nowrap; }
.o-violation .badge-outcome, .badge.o-violation { color: var(--violation); background: var(--violation-bg); }
.o-compliant .badge-outcome, .badge.o-compliant { color: var(--compliant); background: var(--compliant-bg); }
.o-undetermined .badge-outcome, .badge.o-undetermined { color: var(--undetermined); background: var(--undetermined-bg); }
.o-contested .badge-outcome, .badge.o-contested { color: var(--contested); background: var(--contested-bg); }
.o-not_applicable .badge-outcome, .badge.o-not_applicable { color: var(--na); background: var(--na-bg); }
.badge.binding { color: var(--ink); background: var(--tint); }
.badge.advisory { color: var(--muted); background: var(--paper); border-style: dashed; }
.badge.wording { color: var(--muted); background: var(--paper); font-weight: 500; }
.badge.w-paraphrase { color: var(--undetermined); }
nav.toc ol { margin: .25rem 0; padding-left: 1.4rem; }
nav.toc ol ol { columns: 2; column-gap: 2rem; font-size: .9rem; }
.figure { overflow-x: auto; border: 1px solid var(--rule); padding: .75rem; margin: 0; background: var(--paper); }
svg.matrix { max-width: 100%; height: auto; display: block; }
svg.matrix text { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 11px; fill: var(--ink); }
svg.matrix .mx-row { text-anchor: end; }
svg.matrix .mx-bg { fill: var(--tint); stroke: var(--rule); }
svg.matrix .mx-cell text { text-anchor: middle; font-weight: 700; fill: #fff; }
svg.matrix .mx-cell.o-violation rect { fill: var(--violation); }
svg.matrix .mx-cell.o-compliant rect { fill: var(--compliant); }
svg.matrix .mx-cell.o-undetermined rect { fill: #d08a00; }
svg.matrix .mx-cell.o-contested rect { fill: var(--contested); }
svg.matrix .mx-cell.o-not_applicable rect { fill: #8c959f; }
svg.matrix .mx-cell.advisory rect { fill-opacity: .45; stroke: var(--ink); stroke-dasharray: 2 2; }
svg.matrix .mx-cell.advisory text { fill: var(--ink); }
.legend { display: flex; flex-wrap: wrap; gap: .5rem 1rem; margin: .5rem 0 0; padding: 0; list-style: none; font-size: .88rem; }
.overlap td { min-width: 7rem; }
.filters { position: sticky; top: 0; z-index: 2; background: var(--paper); border: 1px solid var(--rule);
  border-radius: 6px; padding: .6rem .8rem; margin: 0 0 1rem; display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: center; }
.filters fieldset { border: 0; margin: 0; padding: 0; display: flex; gap: .35rem; align-items: center; }
.filters legend { float: left; font-weight: 600; margin-right: .35rem; }
.filters button { font: inherit; font-size: .85rem; padding: .15rem .6rem; border-radius: 999px; cursor: pointer;
  border: 1px solid var(--rule); background: var(--paper); color: var(--ink); }
.filters button[aria-pressed="true"] { background: var(--ink); color: #fff; border-color: var(--ink); }
.filters select { font: inherit; font-size: .85rem; }
.filters output { margin-left: auto; color: var(--muted); font-size: .88rem; }
article.measure { border-top: 1px solid var(--rule); padding-top: 1.25rem; margin-top: 2rem; }
blockquote.quote { margin: .25rem 0 .75rem; padding: .5rem .9rem; border-left: 4px solid var(--rule);
  background: var(--tint); white-space: pre-line; font-family: Georgia, "Times New Roman", "Liberation Serif", serif; }
blockquote.quote .num { font-weight: 700; }
section.finding { border: 1px solid var(--rule); border-left-width: 6px; border-radius: 4px; padding: .85rem 1rem;
  margin: 1rem 0; break-inside: avoid-page; }
section.finding.o-violation { border-left-color: var(--violation); }
section.finding.o-compliant { border-left-color: var(--compliant); }
section.finding.o-undetermined { border-left-color: var(--undetermined); }
section.finding.o-contested { border-left-color: var(--contested); }
table.readings td { vertical-align: top; }
section.finding.o-not_applicable { border-left-color: var(--na); }
section.finding h4 .badge { margin-right: .4rem; vertical-align: .1em; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: .25rem 0 .5rem; font-size: .93rem; }
.facts dt { font-weight: 600; color: var(--muted); }
.facts dd { margin: 0; }
.side { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; }
.side figure { margin: 0; }
.side figcaption { font-size: .85rem; font-weight: 600; color: var(--muted); }
ol.trace { margin: 0; padding-left: 1.4rem; font-size: .92rem; }
ol.trace li { margin: .1rem 0; }
ol.trace .d1 { margin-left: 1.25rem; } ol.trace .d2 { margin-left: 2.5rem; } ol.trace .d3 { margin-left: 3.75rem; }
ol.trace .d4 { margin-left: 5rem; }
ol.trace ul { margin: 0; padding-left: 1.1rem; color: var(--muted); list-style: square; }
.v-true { color: var(--compliant); font-weight: 600; } .v-false { color: var(--violation); font-weight: 600; }
.v-unknown { color: var(--undetermined); font-weight: 600; }
.missing { background: var(--undetermined-bg); border: 1px solid var(--undetermined); border-radius: 4px; padding: .3rem .6rem; margin: .3rem 0; font-size: .92rem; }
dl.glossary dt { font-weight: 600; margin-top: .4rem; } dl.glossary dd { margin: 0 0 0 1.5rem; }
.where { color: var(--muted); font-size: .82rem; }
.verdict { margin: .15rem 0; font-weight: 600; }
.basis { margin: .15rem 0 .4rem; font-size: .9rem; color: var(--muted); }
.basis .badge { vertical-align: .05em; }
ul.reasons { margin: .3rem 0 .5rem; padding-left: 1.2rem; }
ul.reasons li { margin: .15rem 0; }
ul.reasons .d1 { margin-left: 1.25rem; list-style: circle; } ul.reasons .d2 { margin-left: 2.5rem; list-style: circle; }
ul.reasons .d3, ul.reasons .d4 { margin-left: 3.75rem; list-style: circle; }
details.trace { margin: .4rem 0 0; font-size: .92rem; }
details.trace > summary { cursor: pointer; color: var(--accent); }
.missing ul { margin: .2rem 0; }
.see { font-size: .9rem; margin: .3rem 0; }
#executive article.regime { border-top: 1px solid var(--rule); padding-top: .5rem; margin-top: .75rem; break-inside: avoid; }
#executive h3 { font-size: 1.05rem; }
ul.attention { margin: .2rem 0 .5rem; padding-left: 1.2rem; }
.badge.sev { color: var(--muted); background: var(--paper); font-weight: 600; min-width: 4.5rem; text-align: center; }
.badge.sev-critical, .badge.sev-high { color: var(--violation); }
article.provision { border-top: 1px solid var(--rule); padding-top: .6rem; margin-top: 1rem; break-inside: avoid; }
article.provision h3 { font-size: 1rem; }
footer { margin-top: 3rem; color: var(--muted); font-size: .85rem; border-top: 1px solid var(--rule); padding-top: .75rem; }
@media (max-width: 760px) { .side { grid-template-columns: 1fr; } .page { padding: 1rem; } }
@media print {
  @page { size: A4; margin: 16mm 14mm 18mm; }
  html { font-size: 10pt; }
  body { -webkit-print-color-adjust: exact; print-color-adjust: exact; line-height: 1.35; }
  .page { max-width: none; padding: 0; }
  .filters, .no-print { display: none !important; }
  details.provenance > * { display: block; }
  a { color: inherit; text-decoration: none; }
  h2 { break-before: auto; }
  #findings { break-before: page; }
  .figure { overflow: visible; border: 0; padding: 0; }
  nav.toc ol ol { columns: 2; }
  section.finding, table, figure, blockquote { break-inside: avoid; }
  article.measure > header { break-after: avoid; }
  table.findings-index { display: none; }
  section.finding { margin: .5rem 0; padding: .1rem 0 .1rem .6rem; border-width: 0 0 0 3px;
    border-radius: 0; }
  section.finding h4 { margin: 0 0 .15rem; }
  .basis { margin: 0 0 .2rem; }
  ul.reasons { margin: .15rem 0 .25rem; }
  ul.reasons li { margin: .05rem 0; }
  .missing, .see { margin: .15rem 0; padding: .1rem .4rem; }
  article.measure { margin-top: 1rem; }
  #provisions { break-before: page; }
}
)css";

// Filters hide finding rows and sections; a measure with nothing left shown hides too.
const std::string_view kHtmlScript = R"js(
(function () {
  'use strict';
  var bar = document.getElementById('filters');
  if (!bar) return;
  bar.hidden = false;
  var outcomeButtons = Array.prototype.slice.call(bar.querySelectorAll('button[data-outcome]'));
  var selects = Array.prototype.slice.call(bar.querySelectorAll('select[data-filter]'));
  var status = bar.querySelector('output');
  var items = Array.prototype.slice.call(document.querySelectorAll('[data-finding]'));
  var total = document.querySelectorAll('section.finding').length;

  function shown(el) {
    var on = outcomeButtons.some(function (b) {
      return b.getAttribute('aria-pressed') === 'true' && b.dataset.outcome === el.dataset.outcome;
    });
    return on && selects.every(function (s) {
      return s.value === '' || el.dataset[s.dataset.filter] === s.value;
    });
  }

  function apply() {
    var visible = 0;
    items.forEach(function (el) {
      var v = shown(el);
      el.hidden = !v;
      if (v && el.tagName === 'SECTION') visible += 1;
    });
    document.querySelectorAll('article.measure').forEach(function (m) {
      var any = m.querySelector('section.finding:not([hidden])') !== null;
      m.hidden = !any;
      var entry = document.querySelector('nav.toc [data-measure="' + m.id + '"]');
      if (entry) entry.hidden = !any;
    });
    status.textContent = 'Showing ' + visible + ' of ' + total + ' findings';
  }

  outcomeButtons.forEach(function (b) {
    b.addEventListener('click', function () {
      b.setAttribute('aria-pressed', b.getAttribute('aria-pressed') === 'true' ? 'false' : 'true');
      apply();
    });
  });
  selects.forEach(function (s) { s.addEventListener('change', apply); });
  bar.querySelector('button[data-reset]').addEventListener('click', function () {
    outcomeButtons.forEach(function (b) { b.setAttribute('aria-pressed', 'true'); });
    selects.forEach(function (s) { s.value = ''; });
    apply();
  });
  apply();
})();
)js";

}  // namespace lexcheck::reports::detail
