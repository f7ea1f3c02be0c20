"""Build ``digest/core/quotes/first_names.txt``, the first-name → gender table the quote actors read (run at
development time only; digest reads the table it writes and downloads nothing).

Source: the 1990 US Census first-name frequency lists (``dist.male.first``, ``dist.female.first``; US
government data, public domain), as packaged in the PyPI package ``names`` 0.3.0 (MIT). Fetch it with its
ordinary client, then run from the project root::

    pip download --no-deps names==0.3.0 -d /tmp/namesdl
    python benchmarks/first_names.py /tmp/namesdl/names-0.3.0.tar.gz

The table also lists the lists' other first names of that share, as of unknown gender (a word among them is a
person's first name even when it does not prove the person's sex), with the sex they lean to, if any.

Each list gives a name's share (percent) of the men, or of the women, counted. A name is kept only when it is
clearly one-sided: common enough to be read (``MIN_SHARE`` percent of its own sex) and ``RATIO`` times more
frequent in one list than in the other (a name missing from a list counts 0 there). Everything else (Jordan,
Taylor, Kelly, Lee, Jean, Kim ...) stays unknown. ``LEFT_OUT`` drops a few one-sided US names that name the
other sex in other languages (Andrea, Michele, Simone are men's names in Italy), that are often a surname
written first (Ma, Sun), or that are calendar words glued to a name ('May', 'June').
"""

from __future__ import annotations

import argparse
import re
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "digest" / "core" / "quotes" / "first_names.txt"
MIN_SHARE = 0.005
"""Percent of one sex's people the name must reach in its own list (rarer entries are noisy)."""
RATIO = 10.0
"""How many times more frequent in one list than in the other a kept name must be."""
LEAN = 3.0
"""A first name of unknown gender this many times more frequent in one list 'leans' to that sex ('Kelly' to
women, 'Terry' to men): no proof of it, but a pronoun of the other sex is not looked for there."""
CALENDAR = frozenset(
    re.findall(
        r"\w+",
        """january february march april may june july august september october november december monday tuesday
        wednesday thursday friday saturday sunday""",
    )
)
OTHER_USE = frozenset(re.findall(r"\w+", "andrea michele simone toni sasha nikita ma sun"))
"""One-sided in the US lists but of the other sex in other languages (Andrea, Michele, Simone, Toni, Sasha and
Nikita are men's names in Italy or Russia) or a surname often written first (Ma, Sun). Only names that pass the
rules above are listed: the others never reach the table anyway."""
LEFT_OUT = CALENDAR | OTHER_USE
WIDTH = 110


def read_list(archive: tarfile.TarFile, suffix: str) -> dict[str, float]:
    """Name (lower case) → share in percent, from one census list inside the sdist."""
    member = next(m for m in archive.getmembers() if m.name.endswith(suffix))
    handle = archive.extractfile(member)
    if handle is None:
        raise SystemExit(f"{suffix}: not a file in the archive")
    shares: dict[str, float] = {}
    for line in handle.read().decode("ascii").splitlines():
        fields = line.split()
        if len(fields) == 4:
            shares[fields[0].lower()] = float(fields[1])
    return shares


def one_sided(own: dict[str, float], other: dict[str, float]) -> list[str]:
    """The names of ``own`` clearly of that sex by the rules above, sorted."""
    return sorted(
        name
        for name, share in own.items()
        if share >= MIN_SHARE and share >= RATIO * other.get(name, 0.0) and name not in LEFT_OUT
    )


def wrapped(tag: str, names: list[str]) -> list[str]:
    """Lines of at most ``WIDTH`` characters, each opening with the gender tag."""
    lines: list[str] = []
    line = tag
    for name in names:
        if len(line) + 1 + len(name) > WIDTH:
            lines.append(line)
            line = tag
        line += " " + name
    return [*lines, line]


def main() -> int:
    """Read the sdist given on the command line and write the table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sdist", type=Path, help="names-0.3.0.tar.gz from PyPI")
    args = parser.parse_args()
    with tarfile.open(args.sdist) as archive:
        male = read_list(archive, "dist.male.first")
        female = read_list(archive, "dist.female.first")
    men, women = one_sided(male, female), one_sided(female, male)
    common = {n for n in set(male) | set(female) if max(male.get(n, 0.0), female.get(n, 0.0)) >= MIN_SHARE}
    either = common - set(men) - set(women) - CALENDAR
    leaning = either - OTHER_USE  # names of the other sex elsewhere lean to neither: they are plain unknown
    lean_m = sorted(n for n in leaning if male.get(n, 0.0) >= LEAN * female.get(n, 0.0))
    lean_f = sorted(n for n in leaning if female.get(n, 0.0) >= LEAN * male.get(n, 0.0))
    plain = sorted(either - set(lean_m) - set(lean_f))
    header = [
        "# First names clearly of one sex: 'm <names>' and 'f <names>' lines, lower case.",
        "# Built by benchmarks/first_names.py from the 1990 US Census first-name frequency lists",
        "# (dist.male.first, dist.female.first; public domain), as packaged in PyPI 'names' 0.3.0 (MIT).",
        f"# Kept: share >= {MIN_SHARE}% of its own sex and >= {RATIO:g}x its share in the other list;",
        f"# Left out: calendar words and {len(OTHER_USE)} names (other languages' use, surnames written first).",
        f"# {len(men)} male and {len(women)} female names. The lists' other first names of that share are of",
        f"# unknown gender: 'M'/'F' lines ({len(lean_m)}/{len(lean_f)}) lean >= {LEAN:g}x to one sex (Terry, Kelly),",
        f"# 'u' lines ({len(plain)}) do not (Pat). Any other word is no known first name.",
    ]
    tables = [("m", men), ("f", women), ("M", lean_m), ("F", lean_f), ("u", plain)]
    lines = header + [line for tag, names in tables for line in wrapped(tag, names)]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{OUT}: " + ", ".join(f"{len(names)} {tag}" for tag, names in tables) + f"; {OUT.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
