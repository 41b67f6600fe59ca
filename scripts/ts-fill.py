#!/usr/bin/env python3
"""Batch-translate a Qt .ts file without Qt Linguist.

  scripts/ts-fill.py export translations/dltutor_es.ts > todo.json
      every unfinished message as {"context", "source", "comment", "numerus"}
  scripts/ts-fill.py apply translations/dltutor_es.ts done.json [--reuse]
      done.json: a list of {"context", "source", ["comment"], "translation"} or, for a numerus
      message, {"context", "source", "forms": [...]}. Matching messages get the translation and
      lose type="unfinished". --reuse also fills an unfinished message whose source text (in any
      context) already has a finished translation in the file.

Run scripts/update-translations.sh afterwards: lupdate rewrites the file in its canonical form.
"""
import json
import sys
import xml.etree.ElementTree as ET


def load(path):
    return ET.parse(path)


def messages(tree):
    for ctx in tree.getroot().iter('context'):
        name = ctx.findtext('name') or ''
        for m in ctx.iter('message'):
            yield name, m


def key(context, m):
    return (context, m.findtext('source') or '', m.findtext('comment') or '')


def save(tree, path):
    root = tree.getroot()
    ET.indent(tree, space='    ')
    body = ET.tostring(root, encoding='unicode')
    with open(path, 'w', encoding='utf-8') as f:
        f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        f.write(body)
        f.write('\n')


def export(path):
    out = []
    for context, m in messages(load(path)):
        t = m.find('translation')
        if t is not None and t.get('type') == 'unfinished':
            out.append({'context': context, 'source': m.findtext('source') or '',
                        'comment': m.findtext('comment') or '', 'numerus': m.get('numerus') == 'yes'})
    json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
    print()


def set_translation(m, entry):
    t = m.find('translation')
    for child in list(t):
        t.remove(child)
    t.text = None
    if m.get('numerus') == 'yes':
        forms = entry.get('forms') or [entry['translation']]
        for f in forms:
            ET.SubElement(t, 'numerusform').text = f
    else:
        t.text = entry['translation']
    if 'type' in t.attrib:
        del t.attrib['type']


def apply(path, done_path, reuse):
    tree = load(path)
    done = {}
    for e in json.load(open(done_path, encoding='utf-8')):
        done[(e['context'], e['source'], e.get('comment', '') or '')] = e
    finished_by_source = {}
    for context, m in messages(tree):
        t = m.find('translation')
        if t is not None and t.get('type') != 'unfinished' and m.get('numerus') != 'yes' and t.text:
            finished_by_source.setdefault(m.findtext('source') or '', t.text)
    filled = 0
    left = 0
    for context, m in messages(tree):
        t = m.find('translation')
        if t is None or t.get('type') != 'unfinished':
            continue
        e = done.get(key(context, m))
        if e is None and reuse and m.get('numerus') != 'yes':
            src = m.findtext('source') or ''
            if src in finished_by_source:
                e = {'translation': finished_by_source[src]}
        if e is None:
            left += 1
            continue
        set_translation(m, e)
        filled += 1
    save(tree, path)
    print(f'{path}: filled {filled}, still unfinished {left}', file=sys.stderr)


if __name__ == '__main__':
    if len(sys.argv) >= 3 and sys.argv[1] == 'export':
        export(sys.argv[2])
    elif len(sys.argv) >= 4 and sys.argv[1] == 'apply':
        apply(sys.argv[2], sys.argv[3], '--reuse' in sys.argv[4:])
    else:
        sys.exit(__doc__)
