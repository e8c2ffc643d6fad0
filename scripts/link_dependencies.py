"""Give a fresh venv exactly a wheel's declared dependencies, linked from the running interpreter's environment
(scripts/check_wheel.sh, run with .venv's python): its Requires-Dist, followed through each dependency's own
requirements, extras and markers evaluated as pip does. Nothing else is linked, so an import the wheel does not
declare still fails in the fresh venv. Exits non-zero (the requirement named) where this environment cannot
satisfy one; the caller then installs from the package index.

    python scripts/link_dependencies.py WHEEL SITE_PACKAGES_OF_THE_FRESH_VENV
"""

import os
import sys
import zipfile
from importlib.metadata import distributions
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

wheel, site = sys.argv[1], Path(sys.argv[2])
with zipfile.ZipFile(wheel) as z:
    meta = next(n for n in z.namelist() if n.endswith(".dist-info/METADATA"))
    requires = [line.split(":", 1)[1].strip() for line in z.read(meta).decode().splitlines()
                if line.startswith("Requires-Dist:")]
installed = {}
for d in distributions():  # in sys.path order: the first of a name is the one imported
    installed.setdefault(canonicalize_name(d.metadata["Name"]), d)
wanted: dict[str, set[str]] = {}  # distribution → the extras asked of it
queue = [r for r in map(Requirement, requires) if r.marker is None or r.marker.evaluate({"extra": ""})]
while queue:
    req = queue.pop()
    name = canonicalize_name(req.name)
    dist = installed.get(name)
    if dist is None or not req.specifier.contains(dist.version, prereleases=True):
        sys.exit(f"{req}：.venv 中为 {dist.version if dist else '无'}")
    extras = set(req.extras)
    if name in wanted and extras <= wanted[name]:
        continue
    wanted[name] = wanted.get(name, set()) | extras
    for line in dist.requires or []:
        r = Requirement(line)
        if r.marker is None or any(r.marker.evaluate({"extra": e}) for e in {"", *wanted[name]}):
            queue.append(r)
owners: dict[str, set[str]] = {}  # a top-level entry of site-packages → the distributions with files in it
for name, dist in installed.items():
    for f in dist.files or []:
        if f.parts and f.parts[0] != "..":
            owners.setdefault(f.parts[0], set()).add(name)
for name in sorted(wanted):
    dist = installed[name]
    base = Path(dist.locate_file(""))
    for f in dist.files or []:
        parts = f.parts
        if not parts or parts[0] in ("..", "__pycache__") or parts[-1].endswith(".pyc"):
            continue
        # an entry of its own is linked whole; one shared with other distributions (a namespace package) is
        # made here and only this distribution's entries in it are linked
        depth = 1 if len(parts) == 1 or owners[parts[0]] == {name} else 2
        target = site.joinpath(*parts[:depth])
        if depth == 2:
            target.parent.mkdir(exist_ok=True)
        if not target.is_symlink() and not target.exists():
            os.symlink(base.joinpath(*parts[:depth]), target)
print(f"linked {len(wanted)} distributions")
