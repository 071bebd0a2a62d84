#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fills a Qt .ts catalogue from JSON files of translations.

Each JSON file is an array of {context, source, comment, numerus, de, en}: "de"/"en" is a
string, or for numerus entries a list [singular, plural]. Only unfinished entries are filled.

usage: apply-translations.py LANG TS_FILE JSON...
"""
import json
import sys
import xml.etree.ElementTree as ET


def main():
    lang, ts_file, *json_files = sys.argv[1:]
    wanted = {}
    for name in json_files:
        for item in json.load(open(name, encoding='utf-8')):
            value = item.get(lang)
            if value is not None:
                wanted[(item['context'], item['source'], item.get('comment'))] = value
    tree = ET.parse(ts_file)
    filled = 0
    for context in tree.getroot().iter('context'):
        context_name = context.find('name').text
        for message in context.iter('message'):
            translation = message.find('translation')
            if translation is None or translation.get('type') != 'unfinished':
                continue
            comment = message.find('comment')
            key = (context_name, message.find('source').text, comment.text if comment is not None else None)
            if key not in wanted:
                continue
            value = wanted[key]
            for child in list(translation):
                translation.remove(child)
            if message.get('numerus') == 'yes':
                forms = value if isinstance(value, list) else [value, value]
                translation.text = None
                for form in forms:
                    ET.SubElement(translation, 'numerusform').text = form
            else:
                translation.text = value if isinstance(value, str) else value[-1]
            del translation.attrib['type']
            filled += 1
    with open(ts_file, 'w', encoding='utf-8') as out:
        out.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        out.write(ET.tostring(tree.getroot(), encoding='unicode'))
        out.write('\n')
    print(f'{ts_file}: filled {filled} entries')


if __name__ == '__main__':
    main()
