"""Browser tests of `pactgraph atlas`: the page in headless Chromium against the command's own answers.

Every expectation comes from another pactgraph subcommand run on the same data and date (snapshot, ties,
centrality, cascade), so the page is checked against the library, never against numbers written here.
Timings are measured and reported (PACTGRAPH_ATLAS_REPORT), never asserted.

Environment: PACTGRAPH_CLI (the command), PACTGRAPH_DATA_DIR (ATOP 5.1 and COW; the ATOP tests fail
without it), PACTGRAPH_ATLAS_REPORT (where to write the timings and screenshots; default: a temporary folder).
"""
import datetime
import json
import os
import re
import tempfile
import time
import unittest

from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

import atlas_browser as ab

FOUR_MB = 4 * 1024 * 1024
SEED_DATES = ["2007-05-30", "2005-11-13", "2005-11-14", "1999-04-02", "1995-06-30"]
ATOP_DATES = ["1816-01-01", "1914-06-28", "1939-09-01", "1962-10-16", "2007-05-30", "2018-12-31"]

workdir = None
report_dir = None
seed_atlas = None
atop_atlas = None
driver = None
timings = {}


def data_dir():
    folder = os.environ.get("PACTGRAPH_DATA_DIR", "")
    if not folder or not os.path.isdir(os.path.join(folder, "atop_v5.1")):
        raise AssertionError("PACTGRAPH_DATA_DIR must name the data folder with atop_v5.1 (docs/data.md)")
    return folder


def setUpModule():
    global workdir, report_dir, seed_atlas, atop_atlas, driver
    workdir = tempfile.TemporaryDirectory(prefix="pactgraph-atlas-")
    report_dir = os.environ.get("PACTGRAPH_ATLAS_REPORT") or workdir.name
    os.makedirs(report_dir, exist_ok=True)
    seed_atlas = os.path.join(workdir.name, "seed.html")
    timings["seed write (s)"] = ab.write_atlas(seed_atlas)
    driver = ab.start_browser()


def tearDownModule():
    lines = [f"{name}: {value:.3f}" for name, value in timings.items()]
    if atop_atlas and os.path.exists(atop_atlas):
        lines.append(f"full ATOP atlas size (bytes): {os.path.getsize(atop_atlas)}")
    text = "pactgraph atlas, measured in the browser tests\n" + "\n".join(lines) + "\n"
    with open(os.path.join(report_dir, "atlas_report.txt"), "w") as out:
        out.write(text)
    print("\n" + text)
    if driver:
        driver.quit()
    workdir.cleanup()


def the_atop_atlas():
    """The full ATOP atlas (1816–2018), written once, its write time recorded."""
    global atop_atlas
    if atop_atlas is None:
        path = os.path.join(workdir.name, "atop.html")
        timings["full ATOP write (s)"] = ab.write_atlas(path, data_dir=data_dir())
        atop_atlas = path
    return atop_atlas


def cli_json(*args, data_dir=None):
    done = ab.run_cli(*args, "--format", "json", data_dir=data_dir)
    if done.returncode != 0:
        raise AssertionError(f"pactgraph {' '.join(args)} failed: {done.stderr}")
    return json.loads(done.stdout)


def expected_snapshot(date, *options, data_dir=None):
    """States and ties of `pactgraph snapshot` on the date: ({abbrev}, {(frozenset(ends), kinds)})."""
    args = ["snapshot", "--at", date, *options]
    s = cli_json(*args, data_dir=data_dir)
    nodes = {n["abbrev"] for n in s["nodes"]}
    ties = {(frozenset((t["source_abbrev"], t["target_abbrev"])), t["kinds"]) for t in s["ties"]}
    return nodes, ties


def shown(driver):
    """What the page displays: ({data-actor}, {(frozenset(data-a, data-b), data-kinds)})."""
    found = driver.execute_script("""
        const on = e => e.getClientRects().length > 0 && getComputedStyle(e).display !== 'none';
        return {
          actors: Array.from(document.querySelectorAll('[data-actor]')).filter(on).map(e => e.dataset.actor),
          ties: Array.from(document.querySelectorAll('[data-a]')).filter(on)
                  .map(e => [e.dataset.a, e.dataset.b, e.dataset.kinds])
        };""")
    return set(found["actors"]), {(frozenset((a, b)), k) for a, b, k in found["ties"]}


def move_to(driver, date):
    """Types a date into the date box and fires its change event, as a user's edit does."""
    driver.execute_script("""
        const box = document.getElementById('date');
        box.value = arguments[0];
        box.dispatchEvent(new Event('change', {bubbles: true}));""", date)
    return ab.wait_for_date(driver, date)


def console_errors(driver):
    return [entry for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]


def select(driver, abbrev):
    """Clicks the state's node on the map, as a reader does."""
    node = driver.find_element(By.CSS_SELECTOR, f'[data-actor="{abbrev}"]')
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", node)
    node.click()
    return driver.find_element(By.ID, "details")


def listed_partners(driver):
    return {e.get_attribute("data-partner") for e in driver.find_elements(By.CSS_SELECTOR, "#details [data-partner]")}


def expected_partners(actor, date, nodes, data_dir=None):
    """`pactgraph ties` with the alliance kinds, partners inside the state system on the day."""
    rows = cli_json("ties", actor, "--at", date, "--kinds", "alliance", data_dir=data_dir)["ties"]
    return {r["abbrev"] for r in rows if r["abbrev"] in nodes}


class PageChecks(unittest.TestCase):
    """Shared steps; each test ends by checking the console stayed clean."""

    def tearDown(self):
        self.assertEqual(console_errors(driver), [])

    def check_dates(self, atlas, dates, data_dir=None):
        ab.open_page(driver, atlas)
        distinct = set()
        for date in dates:
            with self.subTest(date=date):
                move_to(driver, date)
                expected = expected_snapshot(date, data_dir=data_dir)
                self.assertEqual(shown(driver), expected)
                self.assertGreater(len(expected[0]), 0)
                distinct.add(frozenset(expected[1]))
        # The dates were chosen so the pictures differ: a page stuck on one date would fail.
        self.assertGreater(len(distinct), 1)

    def check_partners(self, atlas, cases, data_dir=None):
        for actor, date in cases:
            with self.subTest(actor=actor, date=date):
                ab.open_page(driver, atlas, f"#date={date}")
                nodes, _ = expected_snapshot(date, data_dir=data_dir)
                select(driver, actor)
                expected = expected_partners(actor, date, nodes, data_dir)
                self.assertEqual(listed_partners(driver), expected)
                self.assertGreater(len(expected), 0)
                self.assertIn(f"actor={actor}", driver.execute_script("return location.hash"))

    def check_centralities(self, atlas, cases, data_dir=None):
        for actor, date in cases:
            with self.subTest(actor=actor, date=date):
                ab.open_page(driver, atlas, f"#date={date}&actor={actor}")
                rows = cli_json("centrality", "--at", date, "--metrics", "degree,betweenness", data_dir=data_dir)
                row = next(r for r in rows["nodes"] if r["abbrev"] == actor)
                for measure, name in (("Degree centrality", "degree"), ("Betweenness", "betweenness")):
                    cell = driver.find_element(By.CSS_SELECTOR, f'#details [data-measure="{measure}"]')
                    self.assertAlmostEqual(float(cell.get_attribute("data-value")), float(row[name]), places=9)

    def check_cascades(self, atlas, cases, data_dir=None):
        for actor, date in cases:
            with self.subTest(actor=actor, date=date):
                ab.open_page(driver, atlas, f"#date={date}&actor={actor}")
                button = driver.find_element(By.ID, "cascade")
                driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", button)
                button.click()
                ab.wait_for_date(driver, date)
                shown_hops = {(e.get_attribute("data-cascade"), int(e.get_attribute("data-hop")))
                              for e in driver.find_elements(By.CSS_SELECTOR, "#details [data-cascade]")}
                rows = cli_json("cascade", actor, "--at", date, data_dir=data_dir)["drawn_in"]
                expected = {(r["abbrev"], int(r["hop"])) for r in rows}
                self.assertEqual(shown_hops, expected)
                self.assertGreater(len(expected), 0)
                # The map marks each state drawn in with its hop number, so colour is not the only cue.
                for abbrev, hop in expected:
                    label = driver.execute_script(
                        "return document.querySelector(`[data-actor='${arguments[0]}'] .hop`).textContent", abbrev)
                    self.assertEqual(label, str(hop))


class SeedAtlas(PageChecks):
    def test_states_and_ties_equal_the_snapshot_on_each_date(self):
        self.check_dates(seed_atlas, SEED_DATES)

    def test_a_pact_appears_on_the_day_it_begins(self):
        # The Russia–Uzbekistan treaty of 2005-11-14 ties the two on that day, not the day before.
        ab.open_page(driver, seed_atlas)
        before = dict((k, v) for k, v in shown_after(driver, "2005-11-13")[1])
        after = dict((k, v) for k, v in shown_after(driver, "2005-11-14")[1])
        pair = frozenset(("RUS", "UZB"))
        self.assertEqual(before.get(pair), dict(expected_snapshot("2005-11-13")[1]).get(pair))
        self.assertEqual(after.get(pair), dict(expected_snapshot("2005-11-14")[1]).get(pair))
        self.assertNotEqual(before.get(pair), after.get(pair))

    def test_kind_toggles_show_what_the_snapshot_of_those_kinds_has(self):
        # Each case: the toggles clicked, and the snapshot options that should then be on the map.
        cases = ((["memberships"], ["--kinds", "alliance,membership"]),
                 (["cooperation"], ["--kinds", "alliance,cooperation"]),
                 (["hostile ties"], ["--kinds", "alliance,hostile"]),
                 (["hostile ties", "organisations"], ["--kinds", "alliance,hostile", "--actors", "any"]),
                 (["alliances", "hostile ties", "organisations"], ["--kinds", "hostile", "--actors", "any"]))
        pictures = set()
        for clicks, options in cases:
            with self.subTest(clicks=clicks):
                ab.open_page(driver, seed_atlas, "#date=2007-05-30")
                for group in clicks:
                    driver.find_element(By.CSS_SELECTOR, f'#kinds input[data-group="{group}"]').click()
                ab.wait_for_date(driver, "2007-05-30")
                expected = expected_snapshot("2007-05-30", *options)
                self.assertEqual(shown(driver), expected)
                pictures.add((frozenset(expected[0]), frozenset(expected[1])))
        # Five different pictures: no toggle can pass by doing nothing.
        self.assertEqual(len(pictures), len(cases))

    def test_ties_are_styled_as_in_the_diagrams(self):
        # With every toggle on, a pair joined by one tie is drawn in the colour and dash of that tie's
        # edge in `pactgraph export --to dot` (the diagrams' styles).
        ab.open_page(driver, seed_atlas, "#date=2007-05-30")
        for group in ("memberships", "cooperation", "hostile ties"):
            driver.find_element(By.CSS_SELECTOR, f'#kinds input[data-group="{group}"]').click()
        done = ab.run_cli("export", "--to", "dot", "--at", "2007-05-30", "--kinds", "any")
        self.assertEqual(done.returncode, 0, done.stderr)
        edges = {}
        for a, b, attributes in re.findall(r"\t(\S+) -- (\S+)\t\[(.*?)\];", done.stdout, re.S):
            colour = re.search(r'color="(#[0-9a-f]{6})"', attributes).group(1)
            style = re.search(r"\bstyle=(\w+)", attributes)
            edges.setdefault(frozenset((a, b)), []).append((colour, style.group(1) if style else "solid"))
        dashes = {"solid": None, "dashed": "7 4", "dotted": "2 3"}
        drawn = driver.execute_script("""
            return Array.from(document.querySelectorAll('[data-a]')).filter(e => e.style.display !== 'none')
              .map(e => [e.dataset.a, e.dataset.b, e.getAttribute('stroke'), e.getAttribute('stroke-dasharray')]);""")
        checked = set()
        for a, b, stroke, dash in drawn:
            styles = edges[frozenset((a, b))]
            if len(styles) == 1:
                self.assertEqual((stroke, dash), (styles[0][0], dashes[styles[0][1]]), (a, b))
                checked.add(styles[0])
        # Hostile (red, dashed), membership (dotted) and defence (solid) were all among them.
        self.assertTrue({("#d62728", "dashed"), ("#7f7f7f", "dotted")} <= checked, checked)
        self.assertIn("solid", {style for _, style in checked})

    def test_clicking_a_state_lists_exactly_its_partners(self):
        self.check_partners(seed_atlas, [("UZB", "2007-05-30"), ("KYR", "2007-05-30"), ("RUS", "1995-06-30")])

    def test_centralities_equal_the_centrality_command(self):
        self.check_centralities(seed_atlas, [("RUS", "2007-05-30"), ("KZK", "2007-05-30"), ("GRG", "2007-05-30")])

    def test_cascade_equals_the_cascade_command(self):
        self.check_cascades(seed_atlas, [("UZB", "2007-05-30"), ("TAJ", "1999-04-02")])

    def test_date_box_moves_the_page(self):
        ab.open_page(driver, seed_atlas)
        move_to(driver, "2001-06-15")
        self.assertEqual(driver.find_element(By.ID, "slider").get_attribute("value"), str(day_number("2001-06-15")))
        self.assertEqual(driver.execute_script("return location.hash"), "#date=2001-06-15")
        # A date outside the span is refused, and the page stays where it was.
        driver.execute_script("""
            const box = document.getElementById('date');
            box.value = '1900-01-01';
            box.dispatchEvent(new Event('change', {bubbles: true}));""")
        self.assertEqual(driver.execute_script("return document.body.dataset.date"), "2001-06-15")

    def test_slider_moves_the_page(self):
        ab.open_page(driver, seed_atlas)
        driver.execute_script("""
            const s = document.getElementById('slider');
            s.value = arguments[0];
            s.dispatchEvent(new Event('input', {bubbles: true}));""", day_number("1999-04-02"))
        ab.wait_for_date(driver, "1999-04-02")
        self.assertEqual(driver.find_element(By.ID, "date").get_attribute("value"), "1999-04-02")
        self.assertEqual(shown(driver), expected_snapshot("1999-04-02"))

    def test_arrow_keys_step_a_year(self):
        ab.open_page(driver, seed_atlas, "#date=2000-02-29")
        slider = driver.find_element(By.ID, "slider")
        slider.send_keys(Keys.ARROW_LEFT)
        ab.wait_for_date(driver, "1999-02-28")
        slider.send_keys(Keys.ARROW_RIGHT)
        ab.wait_for_date(driver, "2000-02-28")
        driver.find_element(By.TAG_NAME, "body").send_keys(Keys.ARROW_RIGHT)
        ab.wait_for_date(driver, "2001-02-28")
        self.assertEqual(shown(driver), expected_snapshot("2001-02-28"))

    def test_hash_is_restored_on_load_and_followed(self):
        ab.open_page(driver, seed_atlas, "#date=1999-04-02&actor=UZB")
        self.assertEqual(driver.execute_script("return document.body.dataset.date"), "1999-04-02")
        self.assertEqual(driver.find_element(By.CSS_SELECTOR, "#details h2").text, "Uzbekistan")
        driver.execute_script("location.hash = '#date=2003-03-03&actor=KZK'")
        ab.wait_for_date(driver, "2003-03-03")
        self.assertEqual(driver.find_element(By.CSS_SELECTOR, "#details h2").text, "Kazakhstan")

    def test_search_finds_by_name_abbreviation_and_code(self):
        ab.open_page(driver, seed_atlas)
        for query, name in (("704", "Uzbekistan"), ("kzk", "Kazakhstan"), ("Tajik", "Tajikistan")):
            with self.subTest(query=query):
                box = driver.find_element(By.ID, "search")
                box.clear()
                box.send_keys(query, Keys.ENTER)
                self.assertEqual(driver.find_element(By.CSS_SELECTOR, "#details h2").text, name)

    def test_play_moves_through_the_years_and_pauses(self):
        ab.open_page(driver, seed_atlas, "#date=1995-06-30")
        play = driver.find_element(By.ID, "play")
        play.click()
        ab.wait_for_date(driver, "1996-06-30")
        play.click()
        self.assertEqual(play.get_attribute("aria-pressed"), "false")
        stopped = driver.execute_script("return document.body.dataset.date")
        time.sleep(1.2)
        self.assertEqual(driver.execute_script("return document.body.dataset.date"), stopped)

    def test_clicking_a_chart_moves_the_date_to_that_year(self):
        ab.open_page(driver, seed_atlas, "#date=2007-05-30")
        chart = driver.find_element(By.CSS_SELECTOR, "#charts svg")
        # The line's points are the years' last days from 1992 on; a click on the ninth (2000) moves the
        # date to 2000, keeping the day of the year.
        driver.execute_script("""
            const svg = arguments[0];
            const [x, y] = svg.querySelector('path').getAttribute('d').match(/[ML][^ML]+/g)[8].slice(1).split(' ').map(Number);
            const at = new DOMPoint(x, y).matrixTransform(svg.getScreenCTM());
            svg.dispatchEvent(new MouseEvent('click', {clientX: at.x, clientY: at.y, bubbles: true}));""",
                              chart)
        ab.wait_for_date(driver, "2000-05-30")

    def test_phone_width_keeps_the_controls_and_map_on_screen(self):
        try:
            driver.set_window_size(390, 844)
            ab.open_page(driver, seed_atlas)
            for control in ("date", "slider", "play", "search", "map"):
                self.assertTrue(driver.find_element(By.ID, control).is_displayed(), control)
            width = driver.execute_script("return [document.documentElement.scrollWidth, window.innerWidth]")
            self.assertLessEqual(width[0], width[1])
        finally:
            driver.set_window_size(*ab.DESKTOP)

    def test_title_is_shown_as_written(self):
        # Markup in a title (and so in the page's data) stays text: it neither ends the data's script
        # element nor becomes an element.
        title = 'Alliances </script><b>bold</b> & "quotes"'
        path = os.path.join(workdir.name, "titled.html")
        ab.write_atlas(path, "--title", title)
        ab.open_page(driver, path)
        self.assertEqual(driver.title, title)
        self.assertEqual(driver.find_element(By.TAG_NAME, "h1").text, title)
        self.assertEqual(driver.find_elements(By.CSS_SELECTOR, "h1 b"), [])

    def test_page_is_self_contained(self):
        with open(seed_atlas, encoding="utf-8") as f:
            page = f.read()
        self.assertIsNone(re.search(r"<(script|img|iframe)[^>]*\ssrc=|<link[^>]*stylesheet|@import|url\(\s*['\"]?https?:", page))


class FullAtopAtlas(PageChecks):
    @classmethod
    def setUpClass(cls):
        cls.atlas = the_atop_atlas()

    def test_size_is_at_most_four_megabytes(self):
        self.assertLessEqual(os.path.getsize(self.atlas), FOUR_MB)

    def test_states_and_ties_equal_the_snapshot_on_each_date(self):
        self.check_dates(self.atlas, ATOP_DATES, data_dir())

    def test_clicking_a_state_lists_exactly_its_partners(self):
        self.check_partners(self.atlas, [("RUS", "1914-06-28"), ("FRN", "1914-06-28"), ("USA", "2007-05-30")], data_dir())

    def test_centralities_equal_the_centrality_command(self):
        self.check_centralities(self.atlas, [("RUS", "1914-06-28"), ("GMY", "1939-09-01")], data_dir())

    def test_cascade_equals_the_cascade_command(self):
        self.check_cascades(self.atlas, [("FRN", "1914-06-28"), ("RUS", "1914-06-28"), ("POL", "1939-09-01")],
                            data_dir())

    def test_timings_and_screenshots(self):
        """Measured, not asserted: first picture after load, one year's step; and the docs' pictures."""
        ab.open_page(driver, self.atlas, "#date=1914-06-28")
        timings["first picture after navigation start (ms)"] = driver.execute_script(
            "return performance.getEntriesByName('atlas-drawn')[0].startTime")
        steps = driver.execute_script("""
            const out = [];
            for (let i = 0; i < 20; ++i) {
              const t = performance.now();
              document.dispatchEvent(new KeyboardEvent('keydown', {key: 'ArrowRight', bubbles: true}));
              out.push(performance.now() - t);
            }
            return out;""")
        self.assertEqual(driver.execute_script("return document.body.dataset.date"), "1934-06-28")
        timings["one-year step, mean of 20 (ms)"] = sum(steps) / len(steps)
        timings["one-year step, slowest of 20 (ms)"] = max(steps)
        for date, actor in (("1914-06-28", "RUS"), ("2007-05-30", "RUS")):
            path = os.path.join(report_dir, f"atlas_{date}.png")
            ab.screenshot(driver, self.atlas, date, actor, path)
            with open(path, "rb") as f:
                self.assertEqual(f.read(8), b"\x89PNG\r\n\x1a\n")


class BadInput(unittest.TestCase):
    """A clear error and no file, not even a temporary, for each bad request."""

    def check_refused(self, args, message, data_dir=None, target="atlas.html"):
        with tempfile.TemporaryDirectory() as folder:
            out = os.path.join(folder, target)
            done = ab.run_cli("atlas", "-o", out, *args, data_dir=data_dir)
            self.assertNotEqual(done.returncode, 0)
            self.assertRegex(done.stderr, message)
            self.assertEqual(os.listdir(folder), [])

    def test_empty_span(self):
        self.check_refused(["--from", "2005-01-01", "--to", "2004-12-31"], r"span 2005-01-01 to 2004-12-31 is empty")
        self.check_refused(["--years", "2000:1990"], r"--years: 1990 is before 2000")

    def test_span_outside_the_data(self):
        self.check_refused(["--years", "1700:1750"], r"outside the data \(1992-05-15 to 2007-05-30\)")
        self.check_refused(["--years", "2030:2040"], r"outside the data", data_dir=data_dir())

    def test_unwritable_output(self):
        self.check_refused([], r"missing/atlas.html: error: cannot write", target="missing/atlas.html")
        # A folder where the file should go: the rename fails, and the written temporary is removed.
        with tempfile.TemporaryDirectory() as folder:
            os.mkdir(os.path.join(folder, "atlas.html"))
            done = ab.run_cli("atlas", "-o", os.path.join(folder, "atlas.html"))
            self.assertEqual(done.returncode, 2)
            self.assertIn("atlas.html: error: cannot write", done.stderr)
            self.assertEqual(os.listdir(folder), ["atlas.html"])
            self.assertEqual(os.listdir(os.path.join(folder, "atlas.html")), [])


def shown_after(driver, date):
    move_to(driver, date)
    return shown(driver)


def day_number(iso):
    """Days since 1970-01-01, as the page's slider counts them."""
    return (datetime.date.fromisoformat(iso) - datetime.date(1970, 1, 1)).days


if __name__ == "__main__":
    unittest.main()
