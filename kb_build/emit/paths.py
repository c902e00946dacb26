"""Where each emitted page lives in the site, and the relative links between pages.

Paths are docs-relative POSIX paths (``2024/2024-kh-duk-ninh-binh.md``); every link is relative,
so a course bundle opens from the file system.
"""

from __future__ import annotations

from kb_build.model import Plan


def page_url(path: str, anchor: str | None = None) -> str:
    """The site URL (from the site root) of an emitted page path, with an optional anchor."""
    url = path.removesuffix(".md") + ".html"
    return f"{url}#{anchor}" if anchor else url


def relative(target: str, from_page: str) -> str:
    """A link from one emitted page to another, relative (bundles open from the file system).

    Both are docs-relative POSIX paths, so this is string work (``posixpath.relpath`` consults
    the working directory, and pages hold hundreds of thousands of links).
    """
    here = from_page.split("/")[:-1]
    there = target.split("/")
    common = 0
    while common < len(here) and common < len(there) - 1 and here[common] == there[common]:
        common += 1
    return "/".join([".."] * (len(here) - common) + there[common:])


def plan_page_path(plan: Plan) -> str:
    """Where a plan's page lives in the site, relative to the docs root."""
    return f"{plan.year}/{plan.id}.md"


def year_page_path(year: int) -> str:
    return f"{year}/index.md"


def year_part_path(year: int, part: int) -> str:
    """``2024/index.md``, then ``2024/index-2.md`` … for the parts of a large year."""
    return year_page_path(year) if part == 1 else part_path(str(year), "index", part)


def directive_page_path(slug: str) -> str:
    return f"dan-chieu/{slug}.md"


def policy_page_path(policy_id: str) -> str:
    return f"chu-giai/{policy_id}.md"


def anniversary_page_path(year: int) -> str:
    return f"ky-niem/{year}.md"


def topic_page_path(topic_id: str) -> str:
    return f"chu-de/{topic_id}.md"


def part_path(folder: str, name: int | str, part: int) -> str:
    """``<folder>/<name>.md``, ``<folder>/<name>-2.md`` …: the parts of a page that would be too
    large whole (a year of a topic, a type of the register; see ``paging``)."""
    return f"{folder}/{name}.md" if part == 1 else f"{folder}/{name}-{part}.md"


def topic_year_page_path(topic_id: str, year: int, part: int = 1) -> str:
    """A topic's passages of one year (``part`` 2, 3 … when the year is cut in parts)."""
    return part_path(f"chu-de/{topic_id}", year, part)


def topic_changes_page_path(topic_id: str, year: int, part: int = 1) -> str:
    """What the issuers of a topic's year page (or part) changed since they last spoke on it."""
    return part_path(f"chu-de/{topic_id}", f"{year}-thay-doi", part)


def directive_year_page_path(slug: str, year: int, part: int = 1) -> str:
    """The mentions of a cited document by the plans of one year."""
    return part_path(f"dan-chieu/{slug}", year, part)


def anniversary_mentions_page_path(year: int, event_id: str, part: int = 1) -> str:
    """The plans of one year that mention an event, when they are too many for the year's table."""
    return part_path(f"ky-niem/{year}", event_id, part)


def policy_year_page_path(policy_id: str, year: int, part: int = 1) -> str:
    """The mentions of a policy or set phrase by the plans of one year."""
    return part_path(f"chu-giai/{policy_id}", year, part)


YEARS_INDEX = "nam.md"
CATALOG = "van-ban.md"
TOPICS_INDEX = "chu-de.md"
GLOSSARY_INDEX = "chinh-sach-cum-tu.md"
ANNIVERSARIES_INDEX = "ngay-ky-niem.md"
DIRECTIVES_INDEX = "van-ban-dan-chieu.md"
DIRECTIVES_MATRIX = "van-ban-dan-chieu-theo-nam.md"
# A page per type of document (in parts when a type has many): its list, and its table by year.
DIRECTIVES_BY_TYPE = "van-ban-dan-chieu"
DIRECTIVES_MATRIX_BY_TYPE = "van-ban-dan-chieu-theo-nam"
