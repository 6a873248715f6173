// The page for candidates: a form for the profile, the report from /api/assess (HTML rendered by the
// server's templates), and what-if through /api/what-if. No library, nothing fetched from elsewhere.
'use strict';

const SECTIONS = [
  {key: 'education', title: 'Education', noun: 'degree', fields: [
    {name: 'degree', label: 'Degree', codes: 'education', required: true},
    {name: 'field', label: 'Field of study'},
    {name: 'status', label: 'Status', statuses: 'education'},
    {name: 'completed', label: 'Completed', type: 'month'},
    {name: 'expected', label: 'Expected (if in progress)', type: 'month'},
    {name: 'healthcareFocus', label: 'Healthcare focus', type: 'checkbox'},
    {name: 'institution', label: 'Institution'}]},
  {key: 'licenses', title: 'Licenses', noun: 'license', fields: [
    {name: 'type', label: 'License type', codes: 'licenses', required: true},
    {name: 'jurisdiction', label: 'State'},
    {name: 'status', label: 'Status', statuses: 'licenses'},
    {name: 'expires', label: 'Expires', type: 'date'},
    {name: 'restricted', label: 'Restricted', type: 'checkbox'}]},
  {key: 'exams', title: 'Exams', noun: 'exam', fields: [
    {name: 'name', label: 'Exam', codes: 'exams', required: true},
    {name: 'passed', label: 'Passed', type: 'month'}]},
  {key: 'certifications', title: 'Certifications', noun: 'certification', fields: [
    {name: 'code', label: 'Certification', codes: 'certifications', required: true},
    {name: 'earned', label: 'Earned', type: 'month'},
    {name: 'expires', label: 'Expires', type: 'date'}]},
  {key: 'boardCertifications', title: 'Board certifications', noun: 'board certification', fields: [
    {name: 'specialty', label: 'Specialty', required: true},
    {name: 'status', label: 'Status', statuses: 'boardCertifications'},
    {name: 'expires', label: 'Expires', type: 'date'}]},
  {key: 'training', title: 'Training (residency, fellowship)', noun: 'training', fields: [
    {name: 'type', label: 'Type', codes: 'training', required: true},
    {name: 'specialty', label: 'Specialty'},
    {name: 'status', label: 'Status', statuses: 'training'},
    {name: 'completed', label: 'Completed', type: 'month'},
    {name: 'expected', label: 'Expected (if in progress)', type: 'month'}]},
  {key: 'experience', title: 'Experience', noun: 'job', fields: [
    {name: 'title', label: 'Job title', required: true},
    {name: 'kind', label: 'Kind of work', kinds: true},
    {name: 'organization', label: 'Organization'},
    {name: 'start', label: 'Start', type: 'month'},
    {name: 'end', label: 'End (empty: current job)', type: 'month'},
    {name: 'directReports', label: 'Direct reports', type: 'number'},
    {name: 'position', label: 'Ladder position (a rung id; empty: from the title)'}]}
];

let vocabulary = null;
let counter = 0;
let extra = {};          // profile fields the form has no place for (waivers, substitutions, a typo): kept as imported
let extraRoles = [];     // imported target roles no checkbox offers (a typo): kept, so the server names them
let importedAsOf = null; // the imported asOf: the month picker holds no day, and a day decides what has lapsed
let lastProfile = null;  // the profile of the report shown, for what-if
let lastReport = null;   // its JSON report
let lastReportText = '';  // the same, byte for byte as the API sent it
let plan = [];           // planned changes: {change, text}

const $ = (id) => document.getElementById(id);

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  Object.entries(attrs || {}).forEach(([k, v]) => {
    if (v === undefined || v === null || v === false) return;
    if (k === 'class') node.className = v; else if (k === 'text') node.textContent = v; else node.setAttribute(k, v === true ? '' : v);
  });
  children.forEach(c => node.append(c));
  return node;
}

function fieldInput(section, index, field, value) {
  const id = 'f-' + section.key + '-' + (++counter) + '-' + field.name;
  const path = section.key + '[' + index + '].' + field.name;
  let input;
  if (field.codes || field.statuses || field.kinds) {
    const options = field.codes ? (vocabulary.codes[field.codes] || []) : field.statuses ? vocabulary.statuses[field.statuses] : vocabulary.experienceKinds;
    input = el('select', {id, name: field.name, 'data-path': path});
    input.append(el('option', {value: '', text: '(choose)'}));
    options.forEach(o => input.append(el('option', {value: o, text: o})));
    if (value && !options.includes(value)) input.append(el('option', {value, text: value + ' (not known to the rules)'}));
    input.value = value || '';
  } else if (field.type === 'checkbox') {
    input = el('input', {id, type: 'checkbox', name: field.name, 'data-path': path});
    input.checked = value === true;
    return el('label', {class: 'field check', for: id}, input, field.label);
  } else {
    input = el('input', {id, type: field.type || 'text', name: field.name, 'data-path': path});
    if (value !== undefined && value !== null) {
      input.value = toInput(field.type, String(value));
      // a picker empties itself on a value it cannot hold ("2020-13", "many"): keep it as typed, so the server names it here
      if (input.value === '' && String(value) !== '') {
        input.type = 'text';
        input.value = String(value);
      }
    }
  }
  if (field.required) input.setAttribute('aria-required', 'true');
  return el('label', {class: 'field', for: id}, field.label, input);
}

/** A contract date into what a month or date picker takes: a month's span ends on its last day. */
function toInput(type, value) {
  if (type === 'month') return value.substring(0, 7);
  if (type === 'date' && /^\d{4}-\d{2}$/.test(value)) {
    const [y, m] = value.split('-').map(Number);
    return value + '-' + String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0');
  }
  return value;
}

function addEntry(section, entry) {
  const list = $('list-' + section.key);
  const box = el('div', {class: 'entry'});
  // fields the form has no input for (a typo too) go back as imported, so the server judges them as assess does
  box.extra = {};
  if (entry && typeof entry === 'object') {
    Object.keys(entry).filter(k => !section.fields.some(f => f.name === k)).forEach(k => box.extra[k] = entry[k]);
  }
  const index = list.children.length;
  section.fields.forEach(f => box.append(fieldInput(section, index, f, entry ? entry[f.name] : undefined)));
  const remove = el('button', {type: 'button', class: 'secondary small remove', text: 'Remove this ' + section.noun});
  remove.addEventListener('click', () => { box.remove(); renumber(section); });
  box.append(remove);
  list.append(box);
  return box;
}

function renumber(section) {
  [...$('list-' + section.key).children].forEach((box, i) =>
    box.querySelectorAll('[data-path]').forEach(input => input.dataset.path = input.dataset.path.replace(/\[\d+\]/, '[' + i + ']')));
}

function buildSections() {
  const root = $('sections');
  SECTIONS.forEach(section => {
    const list = el('div', {id: 'list-' + section.key});
    const add = el('button', {type: 'button', class: 'secondary small', id: 'add-' + section.key, text: 'Add ' + (/^[aeiou]/.test(section.noun) ? 'an ' : 'a ') + section.noun});
    add.addEventListener('click', () => addEntry(section).querySelector('input,select').focus());
    root.append(el('fieldset', {id: 'section-' + section.key}, el('legend', {text: section.title}), list, add));
  });
  const skills = el('div', {class: 'skills', id: 'skills', role: 'group', 'aria-label': 'Skills the rules look for'});
  vocabulary.skills.forEach((s, i) => {
    const input = el('input', {type: 'checkbox', id: 'skill-' + i, value: s, 'data-path': 'skills'});
    skills.append(el('label', {class: 'field check', for: 'skill-' + i}, input, s));
  });
  const other = el('input', {id: 'f-other-skills', 'data-path': 'skills'});
  root.append(el('fieldset', {id: 'section-skills'}, el('legend', {text: 'Skills'}), skills,
    el('label', {class: 'field', for: 'f-other-skills'}, 'Other skills (comma-separated)', other)));
}

function isNumber(text) {
  return /^\s*-?\d+(\.\d+)?\s*$/.test(text);
}

/** The form as a profile (the contract's JSON). */
function readForm() {
  const profile = {id: $('f-id').value.trim()};
  if ($('f-name').value.trim()) profile.name = $('f-name').value.trim();
  const month = $('f-asOf').value;
  if (month) profile.asOf = importedAsOf && importedAsOf.startsWith(month) ? importedAsOf : month;
  const roles = [...document.querySelectorAll('input[name=targetRoles]:checked')].map(i => i.value).concat(extraRoles);
  if (roles.length) profile.targetRoles = roles;
  SECTIONS.forEach(section => {
    const entries = [...$('list-' + section.key).children].map(box => {
      const entry = Object.assign({}, box.extra);
      section.fields.forEach(f => {
        const input = box.querySelector('[name="' + f.name + '"]');
        if (f.type === 'checkbox') { if (input.checked) entry[f.name] = true; }
        // a number field kept as typed ("many") is text until it holds a number again
        else if (input.value !== '') entry[f.name] = f.type === 'number' && isNumber(input.value) ? Number(input.value) : input.value;
      });
      return entry;
    });
    if (entries.length) profile[section.key] = entries;
  });
  const skills = [...document.querySelectorAll('#skills input:checked')].map(i => i.value)
    .concat($('f-other-skills').value.split(',').map(s => s.trim()).filter(Boolean));
  if (skills.length) profile.skills = skills;
  return Object.assign(profile, extra);
}

function fillForm(profile) {
  clearForm();
  $('f-id').value = profile.id || '';
  $('f-name').value = profile.name || '';
  $('f-asOf').value = profile.asOf ? profile.asOf.substring(0, 7) : '';
  importedAsOf = typeof profile.asOf === 'string' ? profile.asOf : null;
  document.querySelectorAll('input[name=targetRoles]').forEach(i => i.checked = (profile.targetRoles || []).includes(i.value));
  SECTIONS.forEach(section => (profile[section.key] || []).forEach(entry => addEntry(section, entry)));
  const known = new Set(vocabulary.skills);
  const other = [];
  (profile.skills || []).forEach(s => {
    const box = [...document.querySelectorAll('#skills input')].find(i => i.value === String(s).toLowerCase());
    if (box && known.has(box.value)) box.checked = true; else other.push(s);
  });
  $('f-other-skills').value = other.join(', ');
  const shown = new Set(['id', 'name', 'asOf', 'targetRoles', 'skills', ...SECTIONS.map(section => section.key)]);
  extra = {};
  Object.keys(profile).filter(k => !shown.has(k)).forEach(k => extra[k] = profile[k]);
  const boxes = new Set([...document.querySelectorAll('input[name=targetRoles]')].map(i => i.value));
  extraRoles = Array.isArray(profile.targetRoles) ? profile.targetRoles.filter(r => !boxes.has(r)) : [];
}

function clearForm() {
  SECTIONS.forEach(section => $('list-' + section.key).replaceChildren());
  document.querySelectorAll('#profile-form input[type=checkbox]').forEach(i => i.checked = false);
  ['f-id', 'f-name', 'f-asOf', 'f-other-skills'].forEach(id => $(id).value = '');
  importedAsOf = null;
  extra = {};
  extraRoles = [];
  clearErrors();
}

function clearErrors() {
  document.querySelectorAll('.field-error').forEach(e => e.remove());
  document.querySelectorAll('.invalid').forEach(e => { e.classList.remove('invalid'); e.removeAttribute('aria-invalid'); e.removeAttribute('aria-describedby'); });
  $('errors').style.display = 'none';
  $('errors').replaceChildren();
}

/** Each message beside the field its JSON path names ("profile: experience[0].start: ..."); the rest above the buttons. */
function showErrors(messages) {
  clearErrors();
  const unplaced = [];
  messages.forEach((message, i) => {
    const m = /^profile: ([A-Za-z]+(?:\[\d+\])?(?:\.[A-Za-z]+)?): (.*)$/.exec(message);
    const input = m && document.querySelector('[data-path="' + m[1] + '"]');
    if (input) {
      const note = el('span', {class: 'field-error', id: 'error-' + i, text: m[2]});
      input.classList.add('invalid');
      input.setAttribute('aria-invalid', 'true');
      input.setAttribute('aria-describedby', note.id);
      const label = input.closest('label');
      if (label && label.classList.contains('field') && !label.classList.contains('check')) label.append(note); else (label || input).after(note);
    } else {
      unplaced.push(message);
    }
  });
  if (unplaced.length) {
    $('errors').append(el('b', {text: 'The profile cannot be assessed yet:'}), el('ul', {}, ...unplaced.map(t => el('li', {text: t}))));
    $('errors').style.display = 'block';
  }
  const first = document.querySelector('.invalid');
  if (first) first.focus();
}

async function post(path, body) {
  const response = await fetch(path, {method: 'POST', headers: {'Content-Type': 'application/json'}, body: JSON.stringify(body)});
  const text = await response.text();
  if (!response.ok) {
    let problem;
    try { problem = JSON.parse(text); } catch (e) { problem = {errors: ['the server answered ' + response.status]}; }
    throw problem;
  }
  return text;
}

/** The report section of an HTML answer, put in place. */
function insertHtml(target, html) {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  target.replaceChildren(...[...doc.querySelector('main').children].map(n => document.importNode(n, true)));
}

async function assess(event) {
  if (event) event.preventDefault();
  const profile = readForm();
  $('status').textContent = 'Assessing…';
  try {
    const [html, json] = await Promise.all([post('/api/assess?format=html', profile), post('/api/assess', profile)]);
    clearErrors();
    lastProfile = profile;
    lastReport = JSON.parse(json);
    lastReportText = json;
    plan = [];
    renderPlan();
    insertHtml($('report'), html);
    $('report').querySelector('h1')?.remove();
    addPlanButtons($('report'));
    $('downloads').hidden = false;
    $('status').textContent = 'Assessed ' + lastReport.roles.length + ' role(s) as of ' + lastReport.asOf + ' with rules ' + lastReport.ruleSet.version + '.';
  } catch (problem) {
    // the report shown was for another profile: it goes, with its downloads and what-if
    clearReport();
    showErrors(problem.errors || ['the report could not be made']);
    $('status').textContent = 'The profile has problems: see the messages beside the fields.';
  }
}

/** No report on screen: the one shown no longer matches the form. */
function clearReport() {
  lastProfile = null;
  plan = [];
  renderPlan();
  $('whatif-result').replaceChildren();
  $('report').replaceChildren();
  $('downloads').hidden = true;
}

function addMonths(date, months) {
  const d = new Date(date + 'T00:00:00Z');
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().substring(0, 7);
}

function wholeWord(text) {
  return new RegExp('(^|[^\\w-])' + text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + '($|[^\\w-])', 'i');
}

/** A next step as a planned change, with the credential the rules would count for it (from /api/vocabulary). */
function changeFor(step) {
  const p = lastProfile;
  const months = Number(step.dataset.months);
  const done = addMonths(lastReport.asOf, Math.max(months, 1));
  const inProfile = /profile: ((?:education|training)\[\d+\])/.exec(step.dataset.source || '');
  if (inProfile) return {complete: inProfile[1], date: done};
  const action = step.dataset.action || '';
  // reinstating a lapsed license and recertifying are a renewal too: the credential active again, to a later date
  if (step.dataset.kind === 'renewal' || ['renew', 'reinstate-license', 'recertify'].includes(step.dataset.actionId)) {
    // The step names its credential ("APRN license (APRN, OH, active, expires 2027-02-28)"): its code as a whole word,
    // case aside ("RN" is inside "APRN"; MEDICAL is a "medical license"), and its expiry when two share a code.
    for (const [section, field] of [['licenses', 'type'], ['certifications', 'code'], ['boardCertifications', 'specialty']]) {
      const named = (p[section] || []).map((e, i) => [e, i]).filter(([e]) => e[field] && wholeWord(String(e[field])).test(action));
      const hit = named.find(([e]) => e.expires && action.includes('expires ' + e.expires)) || named[0];
      if (hit) return {renew: section + '[' + hit[1] + ']', expires: addMonths(lastReport.asOf, 36)};
    }
    return null;
  }
  if (step.dataset.actionId === 'gain-experience' || step.dataset.actionId === 'post-residency-practice') {
    const jobs = p.experience || [];
    if (!jobs.length) return null;
    const current = jobs.findIndex(j => !j.end);
    return {extend: 'experience[' + (current >= 0 ? current : jobs.length - 1) + ']', months: Math.max(months, 1)};
  }
  const credential = vocabulary.actions[step.dataset.actionId];
  if (!credential) return null;
  const entry = {};
  entry[credential.field] = credential.code || (p.training || []).map(t => t.specialty).find(Boolean) || 'internal medicine';
  switch (credential.section) {
    case 'education': Object.assign(entry, {field: 'healthcare administration', status: 'completed', completed: done}); break;
    case 'licenses': Object.assign(entry, {jurisdiction: (p.licenses || []).map(l => l.jurisdiction).find(Boolean), status: 'active', expires: addMonths(lastReport.asOf, 36)}); break;
    case 'exams': entry.passed = done; break;
    case 'certifications': entry.earned = done; break;
    case 'boardCertifications': entry.status = 'active'; break;
    case 'training': Object.assign(entry, {status: 'completed', completed: done}); break;
  }
  return {add: credential.section, entry};
}

function addPlanButtons(root) {
  root.querySelectorAll('.timeline .step').forEach(step => {
    if (!lastProfile || !changeFor(step)) return;
    const button = el('button', {type: 'button', class: 'small plan', text: 'What if I do this?',
      'aria-label': 'What if I do step ' + step.dataset.order + ': ' + step.dataset.action});
    button.addEventListener('click', () => {
      // the same step shows in several roles' cards: a second change to one entry replaces the first (the API takes one)
      const change = changeFor(step);
      const target = change.complete || change.extend || change.renew;
      const same = plan.findIndex(item => target && [item.change.complete, item.change.extend, item.change.renew].includes(target));
      if (same >= 0) {
        const planned = plan[same];
        // more months in the same job cover fewer: a shorter step from another card must not shrink the plan
        if (change.extend && planned.change.extend && planned.change.months >= change.months) {
          $('status').textContent = 'Already planned: ' + planned.text + ' (' + planned.change.months + ' months) covers this step.';
          return;
        }
        plan.splice(same, 1);
      }
      plan.push({change, text: step.dataset.action});
      renderPlan();
      runWhatIf();
    });
    step.querySelector('.label').append(el('div', {}, button));
  });
}

function renderPlan() {
  $('whatif').style.display = plan.length ? 'block' : 'none';
  $('planned').replaceChildren(...plan.map((item, i) => {
    const remove = el('button', {type: 'button', class: 'secondary small', text: 'Remove', 'aria-label': 'Remove planned change ' + (i + 1)});
    remove.addEventListener('click', () => { plan.splice(i, 1); renderPlan(); if (plan.length) runWhatIf(); else $('whatif-result').replaceChildren(); });
    return el('li', {}, item.text + ' ', el('code', {text: JSON.stringify(item.change)}), ' ', remove);
  }));
}

async function runWhatIf() {
  $('status').textContent = 'Working out the what-if…';
  try {
    const html = await post('/api/what-if?format=html', {profile: lastProfile, changes: plan.map(p => p.change)});
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const result = doc.querySelector('.whatif-result');
    result.querySelector('h1').remove();
    $('whatif-result').replaceChildren(...[...result.children].map(n => document.importNode(n, true)));
    $('status').textContent = 'What-if with ' + plan.length + ' planned change(s).';
  } catch (problem) {
    $('whatif-result').replaceChildren(el('div', {class: 'banner', role: 'alert'}, ...(problem.errors || []).map(t => el('div', {text: t}))));
  }
}

function download(name, type, text) {
  const link = el('a', {href: URL.createObjectURL(new Blob([text], {type})), download: name});
  document.body.append(link);
  link.click();
  link.remove();
}

/** The server's reader names a JSON syntax error as assess does (profile:LINE:COL: malformed JSON: ...), the browser in its own words. */
async function syntaxError(text, fallback) {
  try {
    const answer = await fetch('/api/assess', {method: 'POST', headers: {'Content-Type': 'application/json'}, body: text});
    const problem = await answer.json();
    return problem.errors ? problem.errors.join('; ') : fallback;
  } catch (e) {
    return fallback;
  }
}

async function importProfile(text) {
  let profile;
  try {
    profile = JSON.parse(text);
  } catch (e) {
    $('import-status').textContent = 'Not a JSON profile: ' + await syntaxError(text, e.message);
    return;
  }
  try {
    if (typeof profile !== 'object' || profile === null || Array.isArray(profile)) throw new Error('expected a JSON object {...}');
    fillForm(profile);
    $('import-status').textContent = 'Loaded ' + (profile.name || profile.id || 'the profile') + ' into the form.';
    await assess();
  } catch (e) {
    $('import-status').textContent = 'Not a JSON profile: ' + e.message;
  }
}

/** The rule set can change while the page is open (serve --watch): keep the version and the reload error current. */
async function watchRules() {
  try {
    const rules = await (await fetch('/api/rules')).json();
    $('rules-version').textContent = rules.version || 'not loaded';
    let banner = $('reload-error');
    if (!rules.lastReloadError) { if (banner) banner.remove(); return; }
    if (!banner) {
      banner = el('div', {class: 'banner', role: 'alert', id: 'reload-error'});
      $('main').prepend(banner);
    }
    banner.replaceChildren(el('b', {text: 'The last change to the rules was not loaded'}),
      ' (' + rules.lastReloadError.at + '): the service keeps using the rule set ' + rules.version + '. Fix the file and save it again.',
      el('pre', {text: rules.lastReloadError.problems.join('\n')}));
  } catch (e) {
    // the server is restarting or gone: the next poll tries again
  }
}

async function start() {
  vocabulary = await (await fetch('/api/vocabulary')).json();
  buildSections();
  $('profile-form').addEventListener('submit', assess);
  $('export-json').addEventListener('click', () => download(($('f-id').value || 'profile') + '.json', 'application/json', JSON.stringify(readForm(), null, 2) + '\n'));
  $('clear').addEventListener('click', () => { clearForm(); clearReport(); $('status').textContent = ''; });
  $('import-load').addEventListener('click', () => importProfile($('import-text').value));
  $('import-file').addEventListener('change', async e => { if (e.target.files[0]) importProfile(await e.target.files[0].text()); });
  $('download-md').addEventListener('click', async () => download((lastProfile.id || 'report') + '.md', 'text/markdown', await post('/api/assess?format=md', lastProfile)));
  $('download-json').addEventListener('click', () => download((lastProfile.id || 'report') + '-report.json', 'application/json', lastReportText));
  $('print').addEventListener('click', () => window.print());
  setInterval(watchRules, 10000);
  $('whatif-clear').addEventListener('click', () => { plan = []; renderPlan(); $('whatif-result').replaceChildren(); });
}

start();
