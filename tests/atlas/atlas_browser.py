"""Drives an atlas page in headless Chromium: shared by the browser tests and the screenshot script."""
import os
import subprocess
import time

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.support.ui import WebDriverWait

CHROMIUM = os.environ.get("PACTGRAPH_CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("PACTGRAPH_CHROMEDRIVER", "/usr/bin/chromedriver")
DESKTOP = (1280, 800)


def pactgraph():
    """The pactgraph command under test (ctest passes its path)."""
    path = os.environ.get("PACTGRAPH_CLI")
    if not path or not os.access(path, os.X_OK):
        raise RuntimeError("PACTGRAPH_CLI must name the pactgraph executable")
    return path


def run_cli(*args, data_dir=None):
    """Runs pactgraph and returns the completed process (stdout and stderr as text)."""
    command = [pactgraph()] + (["--data-dir", data_dir] if data_dir else []) + list(args)
    return subprocess.run(command, capture_output=True, text=True, timeout=120)


def write_atlas(path, *args, data_dir=None):
    """Writes an atlas and returns the seconds it took; raises with pactgraph's message when it fails."""
    start = time.perf_counter()
    done = run_cli("atlas", "-o", str(path), *args, data_dir=data_dir)
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        raise RuntimeError("pactgraph atlas failed: " + done.stderr)
    return seconds


def start_browser(width=DESKTOP[0], height=DESKTOP[1]):
    """Headless Chromium as a container runs it, with the console kept for the tests to read."""
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--hide-scrollbars", f"--window-size={width},{height}"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)


def open_page(driver, path, fragment=""):
    """Loads the page and waits until it has drawn its first date; returns that date."""
    driver.get("about:blank")
    driver.get("file://" + os.path.abspath(str(path)) + fragment)
    return wait_for_date(driver, None)


def wait_for_date(driver, date, timeout=10):
    """Waits until the page reports it has finished drawing `date` (any date when None)."""
    def drawn(d):
        shown = d.execute_script("return document.body.dataset.date || null")
        return shown if shown and (date is None or shown == date) else False
    return WebDriverWait(driver, timeout).until(drawn)


def screenshot(driver, atlas, date, actor, path):
    """A 1280×800 picture of the atlas on a date with an actor selected, as a PNG at `path`."""
    driver.set_window_size(*DESKTOP)
    open_page(driver, atlas, f"#date={date}&actor={actor}")
    driver.save_screenshot(str(path))
