#!/usr/bin/env python3
# One application id everywhere: the Flatpak manifest, the desktop file,
# the metainfo, the icons, the GSettings schema and meson's app_id must
# agree, or the installed app loses its icon, its settings or its store
# page. Also checks what the manifest may ask for (the smallest sandbox
# that works) and that every screenshot the metainfo names is committed.
#
#   check-app-id.py SRCDIR APP_ID
import json
import os
import re
import sys
import xml.etree.ElementTree as ET

srcdir, app_id = sys.argv[1], sys.argv[2]
data = os.path.join(srcdir, 'data')
problems = []


def check(condition, message):
    if not condition:
        problems.append(message)


# The Flatpak manifest
manifest_path = os.path.join(srcdir, 'flatpak', app_id + '.json')
check(os.path.isfile(manifest_path), f'{manifest_path} is missing')
with open(manifest_path, encoding='utf-8') as f:
    manifest = json.load(f)
check(manifest.get('id', manifest.get('app-id')) == app_id,
      f'the manifest builds {manifest.get("id")!r}, not {app_id!r}')
check(manifest.get('command') == 'dateline', 'the manifest does not run "dateline"')
check(manifest.get('runtime') == 'org.gnome.Platform' and manifest.get('sdk') == 'org.gnome.Sdk',
      'the manifest is not built on the GNOME runtime')
check(re.fullmatch(r'\d+', str(manifest.get('runtime-version', ''))) is not None,
      'the runtime-version is not a stable GNOME branch (e.g. "50")')
finish_args = manifest.get('finish-args', [])
for needed in ('--share=ipc', '--socket=wayland', '--socket=fallback-x11', '--device=dri'):
    check(needed in finish_args, f'the manifest lacks {needed}')
for arg in finish_args:
    # Files come through the portals; nothing is fetched from the network.
    check(not arg.startswith('--filesystem'), f'the manifest asks for {arg}: use the file chooser portal')
    check(arg != '--share=network', 'the manifest asks for the network, which Dateline never uses')
    check(not arg.startswith('--socket=x11'), f'{arg}: use --socket=fallback-x11')
    check(not arg.startswith('--talk-name=org.freedesktop.Flatpak'), f'{arg} escapes the sandbox')
modules = manifest.get('modules', [])
check(any(isinstance(m, dict) and m.get('name') == 'dateline' and m.get('buildsystem') == 'meson'
          and m.get('run-tests') for m in modules),
      'the manifest does not build dateline with meson and run its tests')

# The desktop file
desktop_path = os.path.join(data, app_id + '.desktop.in')
check(os.path.isfile(desktop_path), f'{desktop_path} is missing')
with open(desktop_path, encoding='utf-8') as f:
    desktop = dict(line.rstrip('\n').split('=', 1) for line in f if '=' in line and not line.startswith('#'))
check(desktop.get('Icon') == app_id, f'the desktop file shows icon {desktop.get("Icon")!r}')
check(desktop.get('Exec', '').split()[0] == 'dateline', 'the desktop file does not run dateline')
check(desktop.get('Keywords', '').endswith(';') and desktop.get('Keywords', '').count(';') >= 3,
      'the desktop file needs search keywords')

# The metainfo
metainfo_path = os.path.join(data, app_id + '.metainfo.xml.in')
metainfo = ET.parse(metainfo_path).getroot()
check(metainfo.findtext('id') == app_id, f'the metainfo describes {metainfo.findtext("id")!r}')
check(metainfo.findtext('launchable') == app_id + '.desktop', 'the metainfo launches another desktop file')
check(metainfo.find('content_rating') is not None, 'the metainfo has no content rating')
check(len(metainfo.findall('branding/color')) >= 2, 'the metainfo has no branding colours')
check(metainfo.find('releases/release/description') is not None, 'the metainfo has no release notes')
screenshots = metainfo.findall('screenshots/screenshot/image')
check(len(screenshots) >= 3, 'the metainfo shows fewer than three screenshots')
for image in screenshots:
    name = image.text.strip().rsplit('/', 1)[-1]
    path = os.path.join(data, 'screenshots', name)
    if not os.path.isfile(path):
        problems.append(f'screenshot {name} is not in data/screenshots')
        continue
    with open(path, 'rb') as f:
        header = f.read(24)
    check(header[:8] == b'\x89PNG\r\n\x1a\n', f'screenshot {name} is not a PNG')
    width, height = int.from_bytes(header[16:20], 'big'), int.from_bytes(header[20:24], 'big')
    if image.get('width') is not None:
        check((int(image.get('width')), int(image.get('height'))) == (width, height),
              f'screenshot {name} is {width}×{height}, the metainfo says '
              f'{image.get("width")}×{image.get("height")}')

# The icons
for path in (os.path.join(data, 'icons', 'hicolor', 'scalable', 'apps', app_id + '.svg'),
             os.path.join(data, 'icons', 'hicolor', 'symbolic', 'apps', app_id + '-symbolic.svg')):
    check(os.path.isfile(path), f'{path} is missing')

# The settings schema
schema_path = os.path.join(data, app_id + '.gschema.xml')
schema = ET.parse(schema_path).getroot().find('schema')
check(schema is not None and schema.get('id') == app_id, 'the schema id is not the app id')
check(schema is not None and schema.get('path') == '/' + app_id.replace('.', '/') + '/',
      'the schema path does not follow the app id')

for problem in problems:
    print(problem)
if problems:
    sys.exit(1)
print(f'{app_id}: manifest, desktop file, metainfo, icons and schema agree')
