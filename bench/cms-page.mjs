// The CMS-like page of the benchmark (issue 20, point 7): a hospital page as a theme and an editor would make it.
// A typical theme's stylesheet (bench/pages/cms-theme.css) with the hostile rules of test/e2e/hostile-theme.css
// after it, a header with a menu, breadcrumbs, a sidebar and a footer of links; the four widgets pasted as the
// snippet renderer writes them (`immuno-widgets snippet <widget>`: pre-rendered light DOM and the snippet's
// pre-upgrade <style>); and the bundle's <script type="module"> at the end of the body, without
// blocking="render", so the page paints before the widgets upgrade.
import { execFileSync } from 'node:child_process';
import { tsImport } from 'tsx/esm/api';

const widgets = (await tsImport('../src/widgets.ts', import.meta.url)).widgets.map((w) => w.name);

/** Pre-rendered light DOM for one widget, from the command-line snippet renderer (dist/cli.js) of the checkout `root`. */
function snippet(widget, attrs = [], root = '.') {
  return execFileSync(process.execPath, ['bin/immuno-widgets.mjs', 'snippet', widget, ...attrs.flatMap((a) => ['--attr', a])], {
    encoding: 'utf8',
    cwd: root,
  });
}

const menu = (items) => `<ul>${items.map((i) => `<li><a href="#">${i}</a></li>`).join('')}</ul>`;

/**
 * The page's HTML; `bundle` is the URL of dist/immuno-widgets.js as the page's server has it; `root` the checkout
 * (with dist/ built) whose snippet renderer writes the widgets, so a build is measured with its own snippets.
 */
export function cmsPage(bundle = '/dist/immuno-widgets.js', root = '.') {
  const sections = {
    'therapy-explorer': ['Types of immunotherapy', 'Find the treatment named on your plan, or look up a medicine by its name.'],
    'how-it-works': ['How immunotherapy works', ''],
    'side-effect-checklist': ['Check your symptoms', 'Side effects can start weeks or months after a dose. Use this checklist whenever something feels different.'],
    faq: ['Questions people often ask', ''],
  };
  const attrs = { 'side-effect-checklist': ['care-team-phone=+1 555 0100', 'emergency-number=911'], faq: ['heading-level=3'] };
  const body = widgets
    .map((w) => `<h2 id="${w}">${sections[w][0]}</h2>${sections[w][1] ? `<p>${sections[w][1]}</p>` : ''}\n${snippet(w, attrs[w], root)}`)
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Immunotherapy | Oncology | Example Regional Hospital</title>
<meta name="description" content="What immunotherapy is, how it works, the side effects to watch for and answers to common questions, from the Example Regional Hospital oncology team.">
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/bench/pages/cms-theme.css">
<link rel="stylesheet" href="/test/e2e/hostile-theme.css">
</head>
<body class="page-template-default page wp-custom-logo">
<a class="screen-reader-text" href="#content">Skip to content</a>
<header class="site-header"><div class="inner">
<p class="site-title"><a href="#">Example Regional Hospital</a></p>
<nav class="main-navigation" aria-label="Main">${menu(['Patients and visitors', 'Services', 'Find a doctor', 'Locations', 'About us', 'Contact'])}</nav>
<form class="search-form" role="search"><label class="screen-reader-text" for="s">Search the site</label><input type="search" id="s" name="s"><button type="submit">Search</button></form>
</div></header>
<div class="site-main" id="content">
<main class="entry-content">
<nav class="breadcrumbs" aria-label="Breadcrumbs"><ol><li><a href="#">Home</a></li><li><a href="#">Services</a></li><li><a href="#">Oncology</a></li><li>Immunotherapy</li></ol></nav>
<h1>Immunotherapy</h1>
<p class="entry-meta">Oncology day unit · Updated 1 November 2026</p>
<p>Your care team has talked with you about immunotherapy. This page explains what it is, how it works and what to look out for while you have it.</p>
<div class="wp-block-group"><p><strong>Feeling very unwell?</strong> Call the oncology helpline on <a href="tel:+15550199">555 0199</a>, day or night.</p></div>
${body}
<h2>Your appointments</h2>
<figure class="wp-block-table"><table><thead><tr><th>Visit</th><th>Where</th><th>How long</th></tr></thead><tbody>
<tr><td>First appointment</td><td>Outpatients, level 1</td><td>1 hour</td></tr><tr><td>Treatment</td><td>Day unit, level 3</td><td>2 to 4 hours</td></tr><tr><td>Review</td><td>Outpatients, level 1</td><td>30 minutes</td></tr>
</tbody></table></figure>
<div class="card-grid">${['Parking', 'Eating and drinking', 'Bringing someone', 'Interpreters'].map((t) => `<div class="card"><h3>${t}</h3><p>What to know about ${t.toLowerCase()} on the day of your treatment.</p><a href="#">Read more<span class="screen-reader-text"> about ${t.toLowerCase()}</span></a></div>`).join('')}</div>
</main>
<aside class="widget-area" aria-label="Sidebar">
<section class="widget"><h2 class="widget-title">Contact the day unit</h2><p>Monday to Friday, 8 am to 6 pm: <a href="tel:+15550100">555 0100</a></p></section>
<section class="widget"><h2 class="widget-title">In this section</h2>${menu(['Chemotherapy', 'Immunotherapy', 'Radiotherapy', 'Clinical trials', 'Support services'])}</section>
</aside>
</div>
<footer class="site-footer"><div class="inner">
${['Patients', 'Visitors', 'Staff', 'About'].map((h) => `<section><h2>${h}</h2>${menu(['Guides', 'Maps', 'Policies', 'Feedback'].map((x) => `${h} ${x.toLowerCase()}`))}</section>`).join('')}
</div></footer>
<script type="module" src="${bundle}"></script>
</body>
</html>
`;
}
